package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

/**
 * A fixed-share run from its inputs, against amounts worked out by hand: öre = pool × share, each
 * rounded down, the öre left over one each to the largest remainders (ties to the larger share,
 * then the earlier code). A share is decided for the year, so C, active only from July, is not
 * prorated.
 */
class FixedShareRunTest {

    @ParameterizedTest(name = "{0} kr by {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100.00     | A:33.3333, B:33.3333, C:33.3334 | A:33.33, B:33.33, C:33.34
            100000.00  | A:33.3333, B:33.3333, C:33.3334 | A:33333.30, B:33333.30, C:33333.40
            0.01       | A:33.3333, B:33.3333, C:33.3334 | A:0.00, B:0.00, C:0.01
            0.02       | A:33.3333, B:33.3334, C:33.3333 | A:0.01, B:0.01, C:0.00
            0.05       | A:50, B:30, C:20                | A:0.03, B:0.01, C:0.01
            1000.01    | A:12.3456, B:45.6789, C:41.9755 | A:123.46, B:456.79, C:419.76
            999999.99  | A:0.0001, B:0, C:99.9999        | A:1.00, B:0.00, C:999998.99
            0.00       | A:25, B:25, C:50                | A:0.00, B:0.00, C:0.00
            """)
    void sharesThePoolAsDecidedToTheOre(String pool, String shares, String expected) {
        AllocationReport report =
                RunCalculation.calculate(inputs(pool, shares, List.of(), List.of()), RunModel.FIXED, null);

        assertThat(report.units().stream().map(u -> u.code() + ":" + u.amount()).collect(Collectors.joining(", ")))
                .isEqualTo(expected);
        assertThat(report.remainder()).isEqualTo(Money.ZERO);
        assertThat(report.allocated()).isEqualTo(Money.of(pool));
        assertThat(report.units())
                .extracting(ReportUnit::driver)
                .as("each unit's share in percent, four decimals")
                .containsExactlyElementsOf(
                        parse(shares).stream().map(s -> s.percent().setScale(4)).toList());
        assertThat(report.invoices()).isZero();
        assertThat(report.decision()).hasValue("KF 2021-03-15 § 42");
    }

    @Test
    void chargebackIsTheCurrentModelBesideTheShares() {
        List<RunService> services =
                List.of(new RunService("PC", "Arbetsplats", "dator", Money.of(1200), Money.of(1224), true));
        List<Consumption> uses = List.of(
                new Consumption("A", "PC", java.time.YearMonth.of(2021, 1), 12),
                new Consumption("B", "PC", java.time.YearMonth.of(2021, 1), 24));
        AllocationReport report =
                RunCalculation.calculate(inputs("6000.00", "A:50, B:25, C:25", services, uses), RunModel.FIXED, null);

        assertThat(report.units())
                .extracting(u -> u.amount().toString())
                .containsExactly("3000.00", "1500.00", "1500.00");
        assertThat(report.units())
                .extracting(u -> u.current().toString())
                .containsExactly("1224.00", "2448.00", "0.00");
        assertThat(report.unit("B").orElseThrow().difference()).hasValue(Money.of("-948.00"));
        assertThat(report.currentInvoices()).isEqualTo(2);
        assertThat(report.markup()).isEqualByComparingTo("0.02");
    }

    static RunInputs inputs(String pool, String shares, List<RunService> services, List<Consumption> uses) {
        List<UnitFacts> units = List.of(
                UnitFacts.withEmployees("A", "Unit A", null),
                UnitFacts.withEmployees("B", "Unit B", null),
                UnitFacts.withEmployees("C", "Unit C", null).activeFor(6));
        return new RunInputs(
                2021,
                Money.of(pool),
                RunInputs.PoolSource.INPUT,
                units,
                services,
                YearUse.of(java.time.Year.of(2021), uses),
                null,
                new FixedShares(2021, "KF 2021-03-15 § 42", parse(shares)));
    }

    static List<FixedShares.UnitShare> parse(String shares) {
        return Arrays.stream(shares.split(","))
                .map(String::strip)
                .map(s -> new FixedShares.UnitShare(s.split(":")[0], new BigDecimal(s.split(":")[1])))
                .toList();
    }
}
