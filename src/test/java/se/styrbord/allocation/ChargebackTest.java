package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

class ChargebackTest {

    static final PricedService MAIL = new PricedService("MAIL", "E-mail", "mailbox", Money.of("1200.00"));
    static final PricedService PC = PricedService.atSelfCostPlusMarkup(
            "PC", "Client computer", "device", Money.of("3000.00"), new BigDecimal("0.02"));

    @ParameterizedTest(name = "self-cost {0} plus {1} is {2}")
    @CsvSource({"3000.00, 0.02, 3060.00", "333.33, 0.02, 340.00", "1000.00, 0, 1000.00", "99.99, 0.125, 112.49"})
    void derivesThePriceFromSelfCostAndMarkup(String selfCost, String markup, String price) {
        PricedService service =
                PricedService.atSelfCostPlusMarkup("S", "Service", "unit", Money.of(selfCost), new BigDecimal(markup));

        assertThat(service.pricePerYear()).isEqualTo(Money.of(price));
    }

    @ParameterizedTest(name = "{1} × price {0} a year over {2} months is {3}")
    @CsvSource({
        "1200.00, 10, 12, 12000.00",
        "100.00, 1, 1, 8.33",
        "100.00, 1, 2, 16.67",
        "100.00, 1, 12, 100.00",
        "0.01, 1, 6, 0.01",
        "0.01, 1, 5, 0.00"
    })
    void chargesATwelfthOfTheYearlyPricePerMonthRoundedOncePerUnit(
            String price, long quantity, int months, String expected) {
        PricedService service = new PricedService("S", "Service", "unit", Money.of(price));

        AllocationResult result =
                new Chargeback(List.of(service)).allocate(year(Money.of(expected), use("A", "S", quantity, 1, months)));

        assertThat(result.get("A").amount()).isEqualTo(Money.of(expected));
        assertThat(result.remainder()).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest(name = "pool {0} leaves {1}")
    @CsvSource({"20000.00, 350.00", "19650.00, 0.00", "19000.00, -650.00"})
    void showsWhatThePriceListDidNotRecover(String pool, String remainder) {
        List<Consumption> uses = new ArrayList<>(use("A", "MAIL", 10, 1, 12));
        uses.addAll(use("B", "PC", 5, 1, 6));

        AllocationResult result = new Chargeback(List.of(MAIL, PC)).allocate(year(Money.of(pool), uses));

        assertThat(Units.amounts(result)).isEqualTo("A:12000.00, B:7650.00, C:0.00");
        assertThat(result.remainder()).isEqualTo(Money.of(remainder));
        assertThat(result.internalInvoices()).isEqualTo(12 + 6);
    }

    @Test
    void refusesUseOfAServiceOutsideThePriceList() {
        AllocationYear year = year(Money.of(100), use("B", "GIS", 1, 3, 1));

        assertThatThrownBy(() -> new Chargeback(List.of(MAIL)).allocate(year))
                .isInstanceOf(AllocationException.class)
                .hasMessage("Service GIS used by unit B is not in the price list");
    }

    static AllocationYear year(Money pool, List<Consumption> consumption) {
        return AllocationYear.monthly(
                Year.of(2021), pool, Units.by(Driver.EMPLOYEES, "A:100, B:300, C:0"), consumption);
    }

    static List<Consumption> use(String unit, String service, long quantity, int fromMonth, int months) {
        return java.util.stream.IntStream.range(fromMonth, fromMonth + months)
                .mapToObj(month -> new Consumption(unit, service, YearMonth.of(2021, month), quantity))
                .toList();
    }
}
