package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * One unit in a report: its inputs (months active, drivers as reported, missing as null), what the
 * model allocated it, the driver value it was weighed by, and its amount under the current model
 * when one is known.
 */
public record ReportUnit(
        String code,
        String name,
        int monthsActive,
        @Nullable Integer employees,
        @Nullable BigDecimal fte,
        @Nullable Money turnover,
        @Nullable BigDecimal driver,
        Money amount,
        @Nullable Money current) {

    /** Proposed − current; missing when no current model is known. */
    public Optional<Money> difference() {
        return current == null ? Optional.empty() : Optional.of(amount.minus(current));
    }

    /** The difference in percent of the current amount, one decimal; missing when the unit paid nothing. */
    public Optional<BigDecimal> percent() {
        return current == null ? Optional.empty() : new UnitChange(code, name, current, amount).percent();
    }

    UnitAmount proposed() {
        return new UnitAmount(code, name, driver, amount);
    }
}
