package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.styrbord.allocation.ChargebackTest.MAIL;
import static se.styrbord.allocation.ChargebackTest.use;
import static se.styrbord.allocation.ChargebackTest.year;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

class HybridTest {

    static final PricedService GIS = new PricedService("GIS", "Map service", "user", Money.of("5000.00"));

    /** A: 10 mailboxes all year, 100 employees; B: 5 mailboxes and 3 map users, 300; C: nothing, 0. */
    @ParameterizedTest(name = "pool {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100000.00 | A:32500.00, B:67500.00, C:0.00
            18000.00  | A:12000.00, B:6000.00, C:0.00
            17000.00  | A:11750.00, B:5250.00, C:0.00
            18000.01  | A:12000.00, B:6000.01, C:0.00
            """)
    void chargesStableServicesAndPoolsTheRestByHeadcount(String pool, String expected) {
        List<Consumption> uses = new ArrayList<>(use("A", "MAIL", 10, 1, 12));
        uses.addAll(use("B", "MAIL", 5, 1, 12));
        uses.addAll(use("B", "GIS", 3, 4, 6));

        AllocationResult result =
                new Hybrid(List.of(MAIL, GIS), Set.of("MAIL"), Driver.EMPLOYEES).allocate(year(Money.of(pool), uses));

        assertThat(Units.amounts(result)).isEqualTo(expected);
        assertThat(result.remainder()).isEqualTo(Money.ZERO);
        assertThat(result.internalInvoices()).isEqualTo(24);
    }

    @Test
    void refusesAStableServiceWithoutAPrice() {
        assertThatThrownBy(() -> new Hybrid(List.of(MAIL), Set.of("MAIL", "GIS"), Driver.EMPLOYEES))
                .isInstanceOf(AllocationException.class)
                .hasMessage("Stable service GIS is not in the price list");
    }
}
