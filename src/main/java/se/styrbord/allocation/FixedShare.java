package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.styrbord.shared.Money;

/**
 * Shares agreed by decision: unit amount = pool × share(unit), rounded by largest remainder. The
 * shares must sum to exactly 1, so that the decision itself allocates the whole pool; a unit of the
 * year without a share gets nothing.
 */
public record FixedShare(Map<String, BigDecimal> shares) implements AllocationModel {

    public FixedShare {
        shares = Map.copyOf(shares);
        shares.forEach((unit, share) -> {
            if (share.signum() < 0) {
                throw new AllocationException("Unit " + unit + " has a negative share " + share.toPlainString());
            }
        });
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new AllocationException("The fixed shares sum to " + sum.toPlainString() + ", not exactly 1");
        }
    }

    @Override
    public AllocationResult allocate(AllocationYear year) {
        Set<String> units = year.units().stream().map(UnitFacts::code).collect(Collectors.toSet());
        shares.keySet().stream()
                .filter(unit -> !units.contains(unit))
                .sorted()
                .findFirst()
                .ifPresent(unit -> {
                    throw new AllocationException("Unit " + unit + " has a share but is not a unit of " + year.year());
                });
        List<UnitFacts> facts = year.units();
        List<BigDecimal> weights = facts.stream()
                .map(unit -> shares.getOrDefault(unit.code(), BigDecimal.ZERO))
                .toList();
        long[] ore = LargestRemainder.split(
                year.pool().ore(),
                IntStream.range(0, facts.size())
                        .mapToObj(i -> new LargestRemainder.Claim(facts.get(i).code(), weights.get(i)))
                        .toList());
        List<UnitAmount> amounts = IntStream.range(0, facts.size())
                .mapToObj(i ->
                        new UnitAmount(facts.get(i).code(), facts.get(i).name(), weights.get(i), Money.ofOre(ore[i])))
                .toList();
        return new AllocationResult(year.pool(), amounts, Money.ZERO, 0);
    }
}
