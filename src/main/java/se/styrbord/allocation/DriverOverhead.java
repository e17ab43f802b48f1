package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import se.styrbord.shared.Money;

/**
 * Overhead by a driver: unit amount = pool × driver(unit) / Σ driver (domain.md "Headcount
 * overhead"; report 4.3 rec. 1a recommends headcount). Rounded by largest remainder, so nothing is
 * left over. A unit whose driver is zero gets nothing; a missing driver stops the run.
 */
public record DriverOverhead(Driver driver) implements AllocationModel {

    public static DriverOverhead byEmployees() {
        return new DriverOverhead(Driver.EMPLOYEES);
    }

    @Override
    public AllocationResult allocate(AllocationYear year) {
        return new AllocationResult(year.pool(), split(year.pool(), year.units()), Money.ZERO, 0);
    }

    List<UnitAmount> split(Money pool, List<UnitFacts> units) {
        List<BigDecimal> weights = units.stream().map(driver::weightOf).toList();
        if (weights.stream().allMatch(weight -> weight.signum() == 0)) {
            throw new AllocationException("No unit has any " + driver + " to allocate " + pool + " by");
        }
        long[] ore = LargestRemainder.split(
                pool.ore(),
                IntStream.range(0, units.size())
                        .mapToObj(i -> new LargestRemainder.Claim(units.get(i).code(), weights.get(i)))
                        .toList());
        return IntStream.range(0, units.size())
                .mapToObj(i -> new UnitAmount(
                        units.get(i).code(), units.get(i).name(), Driver.shown(weights.get(i)), Money.ofOre(ore[i])))
                .toList();
    }
}
