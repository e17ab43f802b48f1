package se.styrbord.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * Everything a run is calculated from, as stored with it: the year, the pool and where it came
 * from, the units with their drivers and months active, the price list, the year's use (per unit
 * and service, summed over the months: {@link YearUse}) and, for the fixed-share model, the year's
 * decided shares.
 */
public record RunInputs(
        int year,
        Money pool,
        PoolSource poolSource,
        List<UnitFacts> units,
        List<RunService> services,
        List<YearUse> uses,
        @Nullable BigDecimal projectHours,
        @Nullable FixedShares shares) {

    public enum PoolSource {
        /** Given with the run, e.g. SC-IT's cost to allocate from the ledger. */
        INPUT,
        /** The catalogue's self-cost of the year's use: Σ self-cost × quantity / 12. */
        CATALOGUE
    }

    public RunInputs {
        units = List.copyOf(units);
        services = List.copyOf(services);
        uses = List.copyOf(uses);
    }

    /** Inputs without fixed shares, for every model but the fixed-share one. */
    public RunInputs(
            int year,
            Money pool,
            PoolSource poolSource,
            List<UnitFacts> units,
            List<RunService> services,
            List<YearUse> uses,
            @Nullable BigDecimal projectHours) {
        this(year, pool, poolSource, units, services, uses, projectHours, null);
    }

    FixedShare fixedShare() {
        if (shares == null) {
            throw new AllocationException("There are no fixed shares for " + year);
        }
        return shares.model();
    }

    AllocationYear allocationYear() {
        return new AllocationYear(Year.of(year), pool, units, services.isEmpty() ? List.of() : uses);
    }

    List<PricedService> priceList() {
        return services.stream().map(RunService::priced).toList();
    }

    Set<String> stable() {
        return services.stream()
                .filter(RunService::stable)
                .map(RunService::code)
                .collect(Collectors.toSet());
    }

    /** The catalogue's self-cost of the use: Σ self-cost × quantity / 12, summed in twelfths of öre and rounded once. */
    public static Money selfCostOf(List<RunService> services, List<YearUse> uses) {
        Map<String, Long> selfCost = new HashMap<>();
        services.forEach(s -> selfCost.put(s.code(), s.selfCost().ore()));
        long twelfths = 0;
        for (YearUse use : uses) {
            twelfths = Math.addExact(
                    twelfths, Math.multiplyExact(selfCost.getOrDefault(use.serviceCode(), 0L), use.quantity()));
        }
        return Money.ofOre((twelfths + 6) / 12);
    }

    /**
     * The markup the price list actually charged on the year's use: recovered / self-cost − 1, four
     * decimals; missing without use or self-cost.
     */
    @Nullable
    BigDecimal effectiveMarkup(Money recovered) {
        Money selfCost = selfCostOf(services, uses);
        if (services.isEmpty() || selfCost.isZero()) {
            return null;
        }
        return recovered
                .amount()
                .divide(selfCost.amount(), 4, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE);
    }
}
