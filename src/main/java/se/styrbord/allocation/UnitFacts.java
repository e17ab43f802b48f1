package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * What a unit brings to one year's allocation: its drivers and the months of the year it existed. A
 * driver that was not reported is null, and stops any allocation that needs it.
 */
public record UnitFacts(
        String code,
        String name,
        @Nullable Integer employees,
        @Nullable BigDecimal fte,
        @Nullable Money turnover,
        int monthsActive) {

    public UnitFacts {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        if (monthsActive < 1 || monthsActive > 12) {
            throw new AllocationException(
                    "Unit " + code + " must be active 1 to 12 months of the year, not " + monthsActive);
        }
        if ((employees != null && employees < 0)
                || (fte != null && fte.signum() < 0)
                || (turnover != null && turnover.isNegative())) {
            throw new AllocationException("Unit " + code + " (" + name + ") has a negative driver value");
        }
    }

    public static UnitFacts withEmployees(String code, String name, @Nullable Integer employees) {
        return new UnitFacts(code, name, employees, null, null, 12);
    }

    /** The same unit, having existed only {@code months} of the year (started or closed mid-year). */
    public UnitFacts activeFor(int months) {
        return new UnitFacts(code, name, employees, fte, turnover, months);
    }

    public String label() {
        return code + " (" + name + ")";
    }
}
