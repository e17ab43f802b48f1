package se.styrbord.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Figures written the Swedish way for pages, PDF and the command line: a no-break space between
 * thousands (a number never wraps in a table cell), a decimal comma and a plain hyphen for minus
 * (so that every PDF font has the glyph). A missing figure gives an empty string, for the reader
 * to say "saknas" ({@code site.PageFigures} does on pages).
 */
public final class Figures {

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    /** One format per number of decimals and thread: a DecimalFormat is costly to make and not thread-safe. */
    @SuppressWarnings("unchecked")
    private static final ThreadLocal<DecimalFormat>[] FORMATS =
            new ThreadLocal[] {format(0), format(1), format(2), format(3), format(4)};

    public static String sek(@Nullable Money amount) {
        return amount == null ? "" : decimal(amount.amount(), 2);
    }

    public static String decimal(@Nullable BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        if (decimals < 0 || decimals >= FORMATS.length) {
            throw new IllegalArgumentException("0 to " + (FORMATS.length - 1) + " decimals, not " + decimals);
        }
        return FORMATS[decimals].get().format(value);
    }

    /** A quantity with as many decimals as it has, up to four (12 → "12", 2.50 → "2,5"). */
    public static String quantity(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return decimal(value, Math.clamp(plain.scale(), 0, FORMATS.length - 1));
    }

    public static String whole(long value) {
        return decimal(BigDecimal.valueOf(value), 0);
    }

    /** The percent form of a percentage already in percent (12.3 → "12,3 %"). */
    public static String percent(@Nullable BigDecimal percent) {
        return percent == null ? "" : decimal(percent, 1) + " %";
    }

    /** The percent form of a fraction (0.02 → "2,0 %"). */
    public static String fractionAsPercent(@Nullable BigDecimal fraction) {
        return fraction == null ? "" : percent(fraction.movePointRight(2));
    }

    /**
     * A number as people type it and as these pages write it: spaces (also no-break and narrow
     * no-break) between thousands, a decimal comma or point, a hyphen or minus sign. Null when the
     * text is not such a number; no rounding, no range check (the caller's rules say what is allowed).
     */
    public static @Nullable BigDecimal parse(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\u00A0', '\u202F' -> {
                    // a thousands separator
                }
                case ',' -> normal.append('.');
                case '\u2212' -> normal.append('-');
                default -> normal.append(c);
            }
        }
        String number = normal.toString();
        return NUMBER.matcher(number).matches() ? new BigDecimal(number) : null;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private Figures() {}

    private static ThreadLocal<DecimalFormat> format(int decimals) {
        return ThreadLocal.withInitial(() -> {
            DecimalFormat format =
                    new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        });
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('\u00A0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return symbols;
    }
}
