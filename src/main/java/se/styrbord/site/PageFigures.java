package se.styrbord.site;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.styrbord.shared.Figures;
import se.styrbord.shared.Money;

/** {@link Figures} for the templates, as {@code ${@figures.money(x)}}; a missing figure is an empty string. */
@Component("figures")
public class PageFigures {

    public String money(@Nullable Money amount) {
        return Figures.sek(amount);
    }

    public String number(@Nullable BigDecimal value, int decimals) {
        return Figures.decimal(value, decimals);
    }

    public String quantity(@Nullable BigDecimal value) {
        return Figures.quantity(value);
    }

    public String count(long value) {
        return Figures.whole(value);
    }

    public String pct(@Nullable BigDecimal percent) {
        return Figures.percent(percent);
    }

    public String fraction(@Nullable BigDecimal fraction) {
        return Figures.fractionAsPercent(fraction);
    }
}
