package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.styrbord.shared.Money;

/** The year's use summed per unit and service allocates exactly as the monthly use it comes from. */
class YearUseTest {

    @Test
    void monthsWithUseAreTheBitsOfTheirNumbersAndQuantitiesAddUp() {
        List<YearUse> uses = YearUse.of(
                Year.of(2021),
                List.of(
                        new Consumption("A", "PC", YearMonth.of(2021, 1), 3),
                        new Consumption("A", "PC", YearMonth.of(2021, 12), 4),
                        new Consumption("A", "PC", YearMonth.of(2021, 6), 0),
                        new Consumption("B", "PC", YearMonth.of(2021, 6), 0)));
        assertThat(uses).containsExactly(new YearUse("A", "PC", 7, (1 << 1) | (1 << 12)), new YearUse("B", "PC", 0, 0));
    }

    @Test
    void useOutsideTheYearOrInconsistentIsRefused() {
        assertThatThrownBy(() ->
                        YearUse.of(Year.of(2021), List.of(new Consumption("A", "PC", YearMonth.of(2020, 12), 1))))
                .isInstanceOf(AllocationException.class)
                .hasMessageContaining("2020-12 is outside 2021");
        assertThatThrownBy(() -> new YearUse("A", "PC", 5, 0))
                .isInstanceOf(AllocationException.class)
                .hasMessageContaining("in 0 months");
        assertThatThrownBy(() -> new YearUse("A", "PC", 5, 1)).hasMessageContaining("not months 1–12");
    }

    /**
     * Chargeback and the hybrid over random monthly use: the amounts and the number of invoices
     * worked out month by month here agree with the models run over the summed year.
     */
    @Test
    void chargesAndInvoicesAreThoseOfTheMonthlyUse() {
        Random random = new Random(7);
        List<UnitFacts> units = List.of(
                new UnitFacts("A", "A", 10, null, null, 12),
                new UnitFacts("B", "B", 20, null, null, 12),
                new UnitFacts("C", "C", 0, null, null, 12));
        List<PricedService> prices = List.of(
                new PricedService("S1", "S1", "st", Money.of("1234.57")),
                new PricedService("S2", "S2", "st", Money.of("99.99")),
                new PricedService("S3", "S3", "st", Money.ZERO));
        for (int round = 0; round < 50; round++) {
            List<Consumption> monthly = new ArrayList<>();
            long[] twelfths = new long[3];
            int[] invoiceMonths = new int[3];
            for (int u = 0; u < 3; u++) {
                for (PricedService s : prices) {
                    for (int m = 1; m <= 12; m++) {
                        if (random.nextInt(3) == 0) {
                            long q = random.nextInt(4);
                            monthly.add(new Consumption(units.get(u).code(), s.code(), YearMonth.of(2021, m), q));
                            long charge = s.pricePerYear().ore() * q;
                            twelfths[u] += charge;
                            if (charge > 0) {
                                invoiceMonths[u] |= 1 << m;
                            }
                        }
                    }
                }
            }
            AllocationResult result = new Chargeback(prices)
                    .allocate(AllocationYear.monthly(Year.of(2021), Money.of(1000), units, monthly));
            long invoices = 0;
            for (int u = 0; u < 3; u++) {
                assertThat(result.get(units.get(u).code()).amount()).isEqualTo(Money.ofOre((twelfths[u] + 6) / 12));
                invoices += Integer.bitCount(invoiceMonths[u]);
            }
            assertThat(result.internalInvoices()).isEqualTo(invoices);
        }
    }
}
