package se.styrbord.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.styrbord.shared.Figures;
import se.styrbord.shared.Money;
import se.styrbord.shared.Share;

/**
 * Figures as every page shows them, {@code ${@figures.money(x)}}: written by {@link Figures} (a
 * no-break space between thousands, so that a number never wraps, and a decimal comma), and a
 * missing figure written as missing ("saknas"), never as 0 and never as an empty cell.
 */
@Component("figures")
public class PageFigures {

    private final MessageSource messages;

    PageFigures(MessageSource messages) {
        this.messages = messages;
    }

    public String money(@Nullable Money amount) {
        return amount == null ? missing() : Figures.sek(amount);
    }

    /** Whole kronor, for amounts in tables of millions. */
    public String kronor(@Nullable Money amount) {
        return amount == null ? missing() : Figures.decimal(amount.amount(), 0);
    }

    public String number(@Nullable BigDecimal value, int decimals) {
        return value == null ? missing() : Figures.decimal(value, decimals);
    }

    public String integer(@Nullable Integer value) {
        return value == null ? missing() : Figures.whole(value);
    }

    /** A quantity with as many decimals as it has, up to four. */
    public String quantity(@Nullable BigDecimal value) {
        return value == null ? missing() : Figures.quantity(value);
    }

    public String count(long value) {
        return Figures.whole(value);
    }

    /** A percentage already in percent, one decimal: 12.3 → "12,3 %". */
    public String pct(@Nullable BigDecimal percent) {
        return percent == null ? missing() : Figures.percent(percent);
    }

    /** A fraction as percent, one decimal: 0.02 → "2,0 %". */
    public String fraction(@Nullable BigDecimal fraction) {
        return fraction == null ? missing() : Figures.fractionAsPercent(fraction);
    }

    public String percent(@Nullable Share share, int decimals) {
        return share == null ? missing() : Figures.decimal(share.percent(decimals), decimals) + " %";
    }

    public String perMille(@Nullable Share share, int decimals) {
        return share == null ? missing() : Figures.decimal(share.perMille(decimals), decimals) + " ‰";
    }

    /** A ratio such as total over central IT cost: "2,04 ×". */
    public String multiple(@Nullable BigDecimal value) {
        return value == null ? missing() : Figures.decimal(value.setScale(2, RoundingMode.HALF_UP), 2) + " ×";
    }

    /** A signed change in percent, one decimal: "+4,2 %", "-1,0 %", "0,0 %". */
    public String change(@Nullable Share share) {
        if (share == null) {
            return missing();
        }
        BigDecimal p = share.percent(1);
        return (p.signum() > 0 ? "+" : "") + Figures.decimal(p, 1) + " %";
    }

    /** A plain number for charts and data attributes: a point, no grouping; empty when missing. */
    public String plain(@Nullable Money amount) {
        return amount == null ? "" : amount.amount().toPlainString();
    }

    /** The word for a missing figure in the page's language. */
    public String missing() {
        return messages.getMessage("missing", null, "saknas", LocaleContextHolder.getLocale());
    }
}
