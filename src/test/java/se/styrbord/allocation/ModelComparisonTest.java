package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

class ModelComparisonTest {

    @ParameterizedTest(name = "{0} → {1}: {2} SEK, {3} %")
    @CsvSource({"1000.00, 750.00, -250.00, -25.0", "300.00, 400.00, 100.00, 33.3", "3.00, 3.00, 0.00, 0.0"})
    void showsTheDifferenceInKronorAndPercent(String current, String proposed, String difference, String percent) {
        UnitChange change = new UnitChange("A", "Unit A", Money.of(current), Money.of(proposed));

        assertThat(change.difference()).isEqualTo(Money.of(difference));
        assertThat(change.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(percent));
    }

    @Test
    void percentIsMissingNotZeroWhenTheUnitPaidNothing() {
        UnitChange change = new UnitChange("C", "Unit C", Money.ZERO, Money.of("10.00"));

        assertThat(change.percent()).isEmpty();
    }

    @Test
    void sortsWinnersAndLosersAndCountsTheInvoicesSaved() {
        AllocationResult current = result(36, "A:1000.00", "B:300.00", "C:0.00", "D:50.00");
        AllocationResult proposed = result(0, "A:600.00", "B:550.00", "C:200.00", "D:50.00", "E:0.00");

        ModelComparison comparison = ModelComparison.between(current, proposed);

        assertThat(comparison.winners()).extracting(UnitChange::code).containsExactly("A");
        assertThat(comparison.losers()).extracting(UnitChange::code).containsExactly("B", "C");
        assertThat(comparison.changes()).extracting(UnitChange::code).containsExactly("A", "D", "E", "C", "B");
        assertThat(comparison.invoiceChange()).isEqualTo(-36);
    }

    static AllocationResult result(long invoices, String... amounts) {
        List<UnitAmount> units = java.util.Arrays.stream(amounts)
                .map(a -> new UnitAmount(a.split(":")[0], "Unit " + a.split(":")[0], null, Money.of(a.split(":")[1])))
                .toList();
        return AllocationResult.reconciled(Money.of(1350), units, invoices);
    }
}
