package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.Optional;
import se.styrbord.shared.Money;

/** How one unit's amount moves from the current model to the proposed one. */
public record UnitChange(String code, String name, Money current, Money proposed) {

    /** Proposed − current: negative for a unit that pays less (a winner). */
    public Money difference() {
        return proposed.minus(current);
    }

    /** The difference in percent of the current amount, one decimal; missing when the unit paid nothing. */
    public Optional<BigDecimal> percent() {
        return difference().shareOf(current).map(share -> share.percent(1));
    }
}
