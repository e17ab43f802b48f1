package se.styrbord.allocation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Calculates a run from its inputs: the proposed model, and chargeback beside it as the current
 * model whenever the inputs hold a price list and the proposed model is another. The same
 * calculation serves a new run and the reproduction of a stored one.
 */
public final class RunCalculation {

    private RunCalculation() {}

    /** A report with the usual asset lifetimes beside the markup. */
    public static AllocationReport calculate(RunInputs inputs, RunModel model, @Nullable Long runId) {
        return calculate(inputs, model, runId, AssetLifetime.DEFAULTS);
    }

    public static AllocationReport calculate(
            RunInputs inputs, RunModel model, @Nullable Long runId, List<AssetLifetime> lifetimes) {
        AllocationYear year = inputs.allocationYear();
        AllocationResult proposed = model.of(inputs).allocate(year);
        AllocationResult current = !inputs.services().isEmpty() && model != RunModel.CHARGEBACK
                ? new Chargeback(inputs.priceList()).allocate(year)
                : null;
        AllocationResult charged = model == RunModel.CHARGEBACK ? proposed : current;
        List<ReportUnit> units = inputs.units().stream()
                .map(u -> {
                    UnitAmount amount = proposed.get(u.code());
                    return new ReportUnit(
                            u.code(),
                            u.name(),
                            u.monthsActive(),
                            u.employees(),
                            u.fte(),
                            u.turnover(),
                            model.reported(amount.driver()),
                            amount.amount(),
                            current == null ? null : current.get(u.code()).amount());
                })
                .toList();
        return new AllocationReport(
                runId,
                model,
                inputs,
                proposed.remainder(),
                proposed.internalInvoices(),
                current == null ? null : current.remainder(),
                current == null ? null : current.internalInvoices(),
                units,
                charged == null ? null : inputs.effectiveMarkup(charged.allocated()),
                lifetimes);
    }

    /** True when two reports allocate the same amounts, remainders and invoices: a reproduction. */
    public static boolean sameFigures(AllocationReport a, AllocationReport b) {
        return a.remainder().equals(b.remainder())
                && a.invoices() == b.invoices()
                && java.util.Objects.equals(a.currentRemainder(), b.currentRemainder())
                && java.util.Objects.equals(a.currentInvoices(), b.currentInvoices())
                && a.units().equals(b.units())
                && java.util.Objects.equals(a.markup(), b.markup())
                && a.pool().equals(b.pool());
    }
}
