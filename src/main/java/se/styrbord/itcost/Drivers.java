package se.styrbord.itcost;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * What IT cost is set against: turnover, employees and FTE of a unit, an entity or the group. A
 * figure missing for any part makes the sum missing: a sum over some units only would pass for the
 * whole (ADR 0004).
 */
public record Drivers(
        @Nullable Money turnover,
        @Nullable Integer employees,
        @Nullable BigDecimal fte) {

    /** The neutral start of a sum. */
    public static final Drivers NONE = new Drivers(Money.ZERO, 0, BigDecimal.ZERO);

    public Drivers plus(Drivers o) {
        return new Drivers(
                turnover == null || o.turnover == null ? null : turnover.plus(o.turnover),
                employees == null || o.employees == null ? null : employees + o.employees,
                fte == null || o.fte == null ? null : fte.add(o.fte));
    }
}
