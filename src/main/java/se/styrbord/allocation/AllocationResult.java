package se.styrbord.allocation;

import java.util.List;
import se.styrbord.shared.Money;

/**
 * One allocation run: the pool, what each unit is allocated, and the remainder that is not, so that
 * nothing is lost (domain.md: "the parts sum to the pool to the öre, with the remainder shown").
 * For chargeback the remainder is the unrecovered cost, negative when the price list over-recovers.
 *
 * @param internalInvoices the internal invoices the model needs in the year: chargeback sends one
 *     per unit and month with anything to charge; the overhead models none, because a yearly
 *     allocation is settled by adjusting the units' budget frames, not by invoicing (rec. 1a:
 *     phase out internal invoicing).
 */
public record AllocationResult(Money pool, List<UnitAmount> units, Money remainder, long internalInvoices) {

    public AllocationResult {
        units = List.copyOf(units);
        Money allocated = units.stream().map(UnitAmount::amount).reduce(Money.ZERO, Money::plus);
        if (!allocated.plus(remainder).equals(pool)) {
            throw new IllegalStateException(
                    "Allocation does not reconcile: " + allocated + " + " + remainder + " ≠ " + pool);
        }
    }

    /** A result whose remainder is whatever of the pool the units were not allocated. */
    static AllocationResult reconciled(Money pool, List<UnitAmount> units, long internalInvoices) {
        Money allocated = units.stream().map(UnitAmount::amount).reduce(Money.ZERO, Money::plus);
        return new AllocationResult(pool, units, pool.minus(allocated), internalInvoices);
    }

    public Money allocated() {
        return pool.minus(remainder);
    }

    public UnitAmount get(String unitCode) {
        return units.stream()
                .filter(u -> u.code().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No unit " + unitCode + " in this allocation"));
    }
}
