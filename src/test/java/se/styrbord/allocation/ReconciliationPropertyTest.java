package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.styrbord.shared.Money;

/** Over many random years, every model's amounts plus its remainder sum to the pool exactly. */
class ReconciliationPropertyTest {

    static final List<PricedService> PRICES = List.of(
            new PricedService("S0", "Stable", "unit", Money.of("1234.56")),
            new PricedService("S1", "Fluctuating", "unit", Money.of("99.99")));

    @Test
    void everyModelReconcilesToTheOre() {
        for (long seed = 0; seed < 1_000; seed++) {
            reconciles(seed, randomYear(new Random(seed)));
        }
    }

    static void reconciles(long seed, AllocationYear year) {
        for (AllocationModel model : List.of(
                new Chargeback(PRICES),
                new DriverOverhead(Driver.EMPLOYEES),
                new FixedShare(randomShares(new Random(seed), year.units())),
                new Hybrid(PRICES, Set.of("S0"), Driver.FTE))) {
            AllocationResult result = model.allocate(year);
            long sum = result.units().stream().mapToLong(u -> u.amount().ore()).sum();

            long remainder = model instanceof Chargeback ? result.remainder().ore() : 0;

            assertThat(result.remainder().ore()).as("seed %d, %s", seed, model).isEqualTo(remainder);
            assertThat(sum + remainder)
                    .as("seed %d, %s", seed, model)
                    .isEqualTo(year.pool().ore());
        }
        AllocationResult overhead = DriverOverhead.byEmployees().allocate(year);
        BigDecimal employees = BigDecimal.valueOf(year.units().stream()
                .mapToLong(u -> (long) u.employees() * u.monthsActive())
                .sum());
        for (UnitFacts unit : year.units()) {
            BigDecimal exact = year.pool()
                    .amount()
                    .multiply(BigDecimal.valueOf((long) unit.employees() * unit.monthsActive()))
                    .divide(employees, 10, java.math.RoundingMode.HALF_UP);
            assertThat(overhead.get(unit.code())
                            .amount()
                            .amount()
                            .subtract(exact)
                            .abs())
                    .as("seed %d, unit %s within an öre of its exact share", seed, unit.code())
                    .isLessThan(new BigDecimal("0.01"));
        }
    }

    /** Shares in ten-thousandths, cut at random points so that they sum to exactly 1. */
    static Map<String, BigDecimal> randomShares(Random random, List<UnitFacts> units) {
        int[] cuts = IntStream.concat(IntStream.of(0, 10_000), random.ints(units.size() - 1, 0, 10_001))
                .sorted()
                .toArray();
        return IntStream.range(0, units.size())
                .boxed()
                .collect(java.util.stream.Collectors.toMap(
                        i -> units.get(i).code(), i -> BigDecimal.valueOf(cuts[i + 1] - cuts[i], 4)));
    }

    static AllocationYear randomYear(Random random) {
        int unitCount = 1 + random.nextInt(40);
        List<UnitFacts> units = IntStream.range(0, unitCount)
                .mapToObj(i -> new UnitFacts(
                        "U" + i,
                        "Unit " + i,
                        i == 0 ? 1 + random.nextInt(5000) : random.nextInt(5000),
                        BigDecimal.valueOf(1 + random.nextInt(400_000), 2),
                        Money.ofOre(random.nextLong(1_000_000_000_000L)),
                        1 + random.nextInt(12)))
                .toList();
        List<Consumption> uses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            uses.add(new Consumption(
                    "U" + random.nextInt(unitCount),
                    "S" + random.nextInt(2),
                    YearMonth.of(2021, 1 + random.nextInt(12)),
                    random.nextInt(100)));
        }
        Money pool = Money.ofOre(random.nextLong(-1_000_000L, 10_000_000_000L));
        return AllocationYear.monthly(Year.of(2021), pool, units, uses);
    }
}
