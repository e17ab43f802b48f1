package se.styrbord.catalogue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * A service's price for one year, per unit of measure and year: self-cost with the markup (report
 * 3.3: self-cost plus 2 % in Sundsvall), or a price set by decision, which then wins.
 *
 * @param markup a fraction: 0.02 is 2 %
 */
public record ServicePrice(
        String serviceCode,
        int year,
        Money selfCost,
        BigDecimal markup,
        @Nullable Money setPrice) {

    public ServicePrice {
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(selfCost, "selfCost");
        requireNonNull(markup, "markup");
    }

    /** price = self-cost × (1 + markup), rounded to the öre, unless a price was set. */
    public Money price() {
        return setPrice != null ? setPrice : selfCost.times(BigDecimal.ONE.add(markup));
    }

    public boolean isDerived() {
        return setPrice == null;
    }
}
