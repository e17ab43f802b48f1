package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * A run as reported: the proposed model's result beside the current model's (chargeback, when the
 * catalogue has a price list for the year), with the inputs each figure came from. {@code runId}
 * is null for a run calculated but not stored. {@code assetLifetimes} are the group's economic
 * lifetimes when reported, shown beside the markup's renewal period; they are no input of the run.
 */
public record AllocationReport(
        @Nullable Long runId,
        RunModel model,
        RunInputs inputs,
        Money remainder,
        long invoices,
        @Nullable Money currentRemainder,
        @Nullable Long currentInvoices,
        List<ReportUnit> units,
        @Nullable BigDecimal markup,
        List<AssetLifetime> assetLifetimes) {

    public AllocationReport {
        units = List.copyOf(units);
        assetLifetimes = List.copyOf(assetLifetimes);
    }

    public int year() {
        return inputs.year();
    }

    public Money pool() {
        return inputs.pool();
    }

    /** The decision that set a fixed-share run's shares; missing for every other model. */
    public Optional<String> decision() {
        return Optional.ofNullable(inputs.shares()).map(FixedShares::decision);
    }

    public boolean hasCurrent() {
        return currentInvoices != null;
    }

    /** Units that pay less under the proposed model, largest saving first; then those that pay more, largest increase last. */
    public List<ReportUnit> byDifference() {
        return units.stream()
                .sorted(Comparator.comparing((ReportUnit u) -> u.difference().orElse(Money.ZERO))
                        .thenComparing(ReportUnit::code))
                .toList();
    }

    public List<ReportUnit> winners() {
        return byDifference().stream()
                .filter(u -> u.difference().map(Money::isNegative).orElse(false))
                .toList();
    }

    public List<ReportUnit> losers() {
        return byDifference().reversed().stream()
                .filter(u -> u.difference().map(d -> d.amount().signum() > 0).orElse(false))
                .toList();
    }

    /** Proposed − current internal invoices in the year; missing without a current model. */
    public Optional<Long> invoiceChange() {
        return currentInvoices == null ? Optional.empty() : Optional.of(invoices - currentInvoices);
    }

    public Money allocated() {
        return pool().minus(remainder);
    }

    public Optional<MarkupRenewal> renewal() {
        return Optional.ofNullable(markup).map(MarkupRenewal::new);
    }

    public List<MarkupRenewal.Lifetime> lifetimes() {
        return renewal().map(r -> r.against(assetLifetimes)).orElse(List.of());
    }

    /** What the project hours' indirect cost takes from operating funds at the report's 150 SEK/h; missing without hours. */
    public Optional<Money> gapLow() {
        return Optional.ofNullable(inputs.projectHours())
                .map(h -> new InvestmentFinancingGap(h, InvestmentFinancingGap.REPORT_LOW).fromOperatingFunds());
    }

    /** The same at the report's 200 SEK/h. */
    public Optional<Money> gapHigh() {
        return Optional.ofNullable(inputs.projectHours())
                .map(h -> new InvestmentFinancingGap(h, InvestmentFinancingGap.REPORT_HIGH).fromOperatingFunds());
    }

    public Optional<ReportUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
