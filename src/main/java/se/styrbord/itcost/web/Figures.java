package se.styrbord.itcost.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.styrbord.shared.Money;
import se.styrbord.shared.Share;

/**
 * Figures as pages show them, in the page's language: {@code ${@figures.money(x)}}. A missing
 * figure is written "saknas" (missing), never 0.
 */
@Component("costFigures")
public class Figures {

    private final MessageSource messages;

    Figures(MessageSource messages) {
        this.messages = messages;
    }

    public String money(@Nullable Money money) {
        return money == null ? missing() : format(money.amount(), 2);
    }

    /** Whole kronor, for amounts in tables of millions. */
    public String kronor(@Nullable Money money) {
        return money == null ? missing() : format(money.amount().setScale(0, RoundingMode.HALF_UP), 0);
    }

    public String percent(@Nullable Share share, int decimals) {
        return share == null ? missing() : format(share.percent(decimals), decimals) + " %";
    }

    public String perMille(@Nullable Share share, int decimals) {
        return share == null ? missing() : format(share.perMille(decimals), decimals) + " ‰";
    }

    public String multiple(@Nullable BigDecimal value) {
        return value == null ? missing() : format(value.setScale(2, RoundingMode.HALF_UP), 2) + " ×";
    }

    public String number(@Nullable BigDecimal value, int decimals) {
        return value == null ? missing() : format(value.setScale(decimals, RoundingMode.HALF_UP), decimals);
    }

    public String integer(@Nullable Integer value) {
        return value == null ? missing() : format(BigDecimal.valueOf(value), 0);
    }

    /** A signed change in percent, e.g. "+4,2 %". */
    public String change(@Nullable Share share) {
        if (share == null) {
            return missing();
        }
        BigDecimal p = share.percent(1);
        return (p.signum() > 0 ? "+" : p.signum() < 0 ? "−" : "") + format(p.abs(), 1) + " %";
    }

    /** A plain number for charts and data attributes: point, no grouping. */
    public static String plain(@Nullable Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }

    private String missing() {
        return messages.getMessage("itcost.missing", null, "saknas", LocaleContextHolder.getLocale());
    }

    private static String format(BigDecimal value, int decimals) {
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (locale.getLanguage().equals("sv")) {
            symbols.setGroupingSeparator('\u00A0');
            symbols.setDecimalSeparator(',');
            symbols.setMinusSign('−');
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
