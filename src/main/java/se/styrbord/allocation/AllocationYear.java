package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.styrbord.shared.Money;

/**
 * One financial year to allocate: the pool of central IT cost, the units that share it, and their
 * use of services over the year.
 */
public record AllocationYear(Year year, Money pool, List<UnitFacts> units, List<YearUse> uses) {

    public AllocationYear {
        requireNonNull(year, "year");
        requireNonNull(pool, "pool");
        units = List.copyOf(units);
        uses = List.copyOf(uses);
        if (units.isEmpty()) {
            throw new AllocationException("There is no unit to allocate " + year + " to");
        }
        Set<String> codes = new HashSet<>();
        for (UnitFacts unit : units) {
            if (!codes.add(unit.code())) {
                throw new AllocationException("Unit " + unit.code() + " appears twice in " + year);
            }
        }
        for (YearUse use : uses) {
            if (!codes.contains(use.unitCode())) {
                throw new AllocationException(
                        "Unit " + use.unitCode() + " used " + use.serviceCode() + " but is not a unit of " + year);
            }
        }
    }

    /** A year whose use is given month by month. */
    public static AllocationYear monthly(Year year, Money pool, List<UnitFacts> units, List<Consumption> consumption) {
        return new AllocationYear(year, pool, units, YearUse.of(year, consumption));
    }

    /** A year allocated by drivers or shares alone, with no use of services. */
    public static AllocationYear withoutConsumption(Year year, Money pool, List<UnitFacts> units) {
        return new AllocationYear(year, pool, units, List.of());
    }
}
