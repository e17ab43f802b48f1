package se.styrbord.itcost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;
import se.styrbord.shared.Share;

/**
 * The key figures of a unit, an entity or the group for a year (domain.md "IT cost", report 3.1 and
 * 3.2, rec. 5a). A figure whose input is missing, or whose denominator is zero, is null (ADR 0004).
 *
 * @param itShareOfTurnover total IT cost / turnover
 * @param centralShareOfTurnover central IT / turnover (report 3.1: 1.82 % in 2019, 1.71 % in 2021)
 * @param digitalisationShareOfTurnover digitalisation incl. investment funds / turnover (report 3.1:
 *     2.7 ‰ → 7.8 ‰)
 * @param perEmployee total IT cost per employee (headcount)
 * @param perFte total IT cost per FTE
 * @param resourcesPerEmployee total IT cost plus internal IT purchases per employee: what a unit has
 *     for IT including what it buys from the IT service centre, the measure of equality between
 *     units (defined here)
 * @param totalToCentral total IT cost / central IT (report 3.2: "2X")
 * @param digitalisationShare digitalisation incl. investment funds / total IT cost (report 3.2: 22 %)
 * @param digitalisationOperatingShare digitalisation without investment funds / total IT cost (11 %)
 * @param changeFromPreviousYear change of total IT cost from the year before
 * @param changeOverAllYears change of total IT cost from {@code firstYear}, the first year loaded
 */
public record KeyFigures(
        Amounts amounts,
        Drivers drivers,
        @Nullable Share itShareOfTurnover,
        @Nullable Share centralShareOfTurnover,
        @Nullable Share digitalisationShareOfTurnover,
        @Nullable Money perEmployee,
        @Nullable Money perFte,
        @Nullable Money resourcesPerEmployee,
        @Nullable BigDecimal totalToCentral,
        @Nullable Share digitalisationShare,
        @Nullable Share digitalisationOperatingShare,
        @Nullable Share changeFromPreviousYear,
        @Nullable Share changeOverAllYears,
        @Nullable Integer firstYear) {

    private static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_EVEN);

    /**
     * The figures of {@code amounts} against {@code drivers}; {@code previous} is the year before
     * (null when not loaded) and {@code first} the first year loaded, {@code firstYear}.
     */
    public static KeyFigures of(
            Amounts amounts,
            Drivers drivers,
            @Nullable Amounts previous,
            @Nullable Amounts first,
            @Nullable Integer firstYear) {
        Money total = amounts.total();
        Money turnover = drivers.turnover();
        return new KeyFigures(
                amounts,
                drivers,
                share(total, turnover),
                share(amounts.central(), turnover),
                share(amounts.digitalisation(), turnover),
                per(total, drivers.employees() == null ? null : BigDecimal.valueOf(drivers.employees())),
                per(total, drivers.fte()),
                per(
                        amounts.withInternal(),
                        drivers.employees() == null ? null : BigDecimal.valueOf(drivers.employees())),
                amounts.central().isZero()
                        ? null
                        : total.amount().divide(amounts.central().amount(), PRECISION),
                share(amounts.digitalisation(), total),
                share(amounts.digitalisationOperating(), total),
                previous == null ? null : change(previous.total(), total),
                first == null ? null : change(first.total(), total),
                first == null ? null : firstYear);
    }

    /** {@code part / whole}, or null when the whole is missing or zero. */
    static @Nullable Share share(Money part, @Nullable Money whole) {
        return whole == null || whole.isZero() ? null : Share.of(part.amount(), whole.amount());
    }

    /** {@code amount / count} to the öre, or null when the count is missing or zero. */
    static @Nullable Money per(Money amount, @Nullable BigDecimal count) {
        return count == null || count.signum() == 0
                ? null
                : new Money(amount.amount().divide(count, Money.SCALE, Money.ROUNDING));
    }

    /** {@code (now - before) / before}, or null when before is zero. */
    static @Nullable Share change(Money before, Money now) {
        return before.isZero() ? null : Share.of(now.minus(before).amount(), before.amount());
    }
}
