package se.styrbord.allocation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styrbord.shared.Money;

/**
 * The current allocation model against a proposed one, unit by unit, with the change in internal
 * invoices (report 4.3 rec. 1a: from buy/sell with internal invoicing to headcount overhead). A unit
 * found in only one of the runs counts as allocated nothing in the other.
 *
 * @param changes all units, winners (largest saving) first, losers (largest increase) last
 */
public record ModelComparison(List<UnitChange> changes, long currentInvoices, long proposedInvoices) {

    public ModelComparison {
        changes = List.copyOf(changes);
    }

    public static ModelComparison between(AllocationResult current, AllocationResult proposed) {
        Map<String, UnitChange> byUnit = new LinkedHashMap<>();
        for (UnitAmount unit : current.units()) {
            byUnit.put(unit.code(), new UnitChange(unit.code(), unit.name(), unit.amount(), Money.ZERO));
        }
        for (UnitAmount unit : proposed.units()) {
            Money before =
                    byUnit.containsKey(unit.code()) ? byUnit.get(unit.code()).current() : Money.ZERO;
            byUnit.put(unit.code(), new UnitChange(unit.code(), unit.name(), before, unit.amount()));
        }
        List<UnitChange> sorted = byUnit.values().stream()
                .sorted(Comparator.comparing(UnitChange::difference).thenComparing(UnitChange::code))
                .toList();
        return new ModelComparison(sorted, current.internalInvoices(), proposed.internalInvoices());
    }

    /** Units that pay less under the proposed model, largest saving first. */
    public List<UnitChange> winners() {
        return changes.stream().filter(c -> c.difference().isNegative()).toList();
    }

    /** Units that pay more under the proposed model, largest increase first. */
    public List<UnitChange> losers() {
        return changes.stream()
                .filter(c -> c.difference().amount().signum() > 0)
                .sorted(Comparator.comparing(UnitChange::difference).reversed().thenComparing(UnitChange::code))
                .toList();
    }

    public long invoiceChange() {
        return proposedInvoices - currentInvoices;
    }
}
