package se.styrbord.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * What an overhead pool is shared by. Headcount is the report's recommendation (4.3, rec. 1a:
 * "overheadbaserad allokering av kostnader på basis av antal medarbetare").
 *
 * <p>Mid-year units: employees and FTE are stocks, counted at a moment, so a unit that existed only
 * part of the year weighs them by months active / 12. The pool is a whole year of cost, and a
 * department started in October used central IT for a quarter of it, not for a year. Turnover is a
 * flow, already summed over the months the unit existed, so it is not prorated a second time.
 */
public enum Driver {
    EMPLOYEES("employees", true),
    FTE("FTE", true),
    TURNOVER("turnover", false);

    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);

    private final String label;
    private final boolean prorated;

    Driver(String label, boolean prorated) {
        this.label = label;
        this.prorated = prorated;
    }

    /**
     * The unit's weight in driver-months: value × months active for stocks, value × 12 for turnover.
     * The common divisor 12 is left out so that weights stay exact.
     */
    BigDecimal weightOf(UnitFacts unit) {
        BigDecimal value = valueOf(unit);
        if (value == null) {
            throw new AllocationException("Unit " + unit.label() + " has no " + this + " figure: allocation stopped");
        }
        return value.multiply(BigDecimal.valueOf(prorated ? unit.monthsActive() : 12));
    }

    /** The driver value as shown: the weight back in units of the driver per year, two decimals. */
    static BigDecimal shown(BigDecimal weight) {
        return weight.divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    private @Nullable BigDecimal valueOf(UnitFacts unit) {
        return switch (this) {
            case EMPLOYEES -> unit.employees() == null ? null : BigDecimal.valueOf(unit.employees());
            case FTE -> unit.fte();
            case TURNOVER -> unit.turnover() == null ? null : unit.turnover().amount();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
