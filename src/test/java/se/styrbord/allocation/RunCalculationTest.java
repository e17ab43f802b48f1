package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

/**
 * A run calculated from its inputs, by every model, against amounts worked out by hand: A (30
 * employees, 28 FTE, 3 MSEK) and B (10, 9, 1 MSEK) all year, C (12, 12, 0.5 MSEK) from July; PC
 * at 1 200 kr + 2 % (stable), printing at 100 kr + 2 % (not); pool 100 000 kr.
 */
class RunCalculationTest {

    static RunInputs inputs(Money pool) {
        List<UnitFacts> units = List.of(
                new UnitFacts("A", "Unit A", 30, new BigDecimal("28"), Money.of(3_000_000), 12),
                new UnitFacts("B", "Unit B", 10, new BigDecimal("9"), Money.of(1_000_000), 12),
                new UnitFacts("C", "Unit C", 12, new BigDecimal("12"), Money.of(500_000), 6));
        List<RunService> services = List.of(
                new RunService("PC", "Workplace", "computer", Money.of(1200), Money.of(1224), true),
                new RunService("PR", "Printing", "1000 pages", Money.of(100), Money.of(102), false));
        List<Consumption> uses = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2021, m);
            uses.add(new Consumption("A", "PC", month, 10));
            uses.add(new Consumption("B", "PC", month, 5));
            uses.add(new Consumption("B", "PR", month, 20));
            if (m >= 7) {
                uses.add(new Consumption("C", "PC", month, 2));
            }
        }
        return new RunInputs(
                2021,
                pool,
                RunInputs.PoolSource.INPUT,
                units,
                services,
                YearUse.of(java.time.Year.of(2021), uses),
                null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // model,     A,        B,        C,        remainder, invoices, driver of C
        "CHARGEBACK, 12240.00, 8160.00,  1224.00,  78376.00,  30,       ",
        "HEADCOUNT,  65217.39, 21739.13, 13043.48, 0.00,      0,        6.00",
        "FTE,        65116.28, 20930.23, 13953.49, 0.00,      0,        6.00",
        "TURNOVER,   66666.67, 22222.22, 11111.11, 0.00,      0,        500000.00",
        "HYBRID,     64685.22, 23601.74, 11713.04, 0.00,      30,       6.00",
    })
    void everyModelAllocatesThePoolAsWorkedOutByHand(
            RunModel model, String a, String b, String c, String remainder, long invoices, String driverOfC) {
        AllocationReport report = RunCalculation.calculate(inputs(Money.of(100_000)), model, null);
        assertThat(report.units()).extracting(u -> u.amount().toString()).containsExactly(a, b, c);
        assertThat(report.remainder()).isEqualTo(Money.of(remainder));
        assertThat(report.invoices()).isEqualTo(invoices);
        assertThat(report.unit("C").orElseThrow().driver())
                .isEqualTo(driverOfC == null ? null : new BigDecimal(driverOfC));
        Money allocated = report.units().stream().map(ReportUnit::amount).reduce(Money.ZERO, Money::plus);
        assertThat(allocated.plus(report.remainder())).isEqualTo(Money.of(100_000));
    }

    @Test
    void chargebackIsTheCurrentModelBesideAnyOther() {
        AllocationReport report = RunCalculation.calculate(inputs(Money.of(100_000)), RunModel.HEADCOUNT, null);
        assertThat(report.units())
                .extracting(u -> u.current().toString())
                .containsExactly("12240.00", "8160.00", "1224.00");
        assertThat(report.unit("A").orElseThrow().difference()).hasValue(Money.of("52977.39"));
        assertThat(report.unit("A").orElseThrow().percent()).hasValue(new BigDecimal("432.8"));
        assertThat(report.currentInvoices()).isEqualTo(30);
        assertThat(report.invoiceChange()).hasValue(-30L);
        assertThat(report.winners()).isEmpty();
        assertThat(report.losers()).extracting(ReportUnit::code).containsExactly("A", "B", "C");
        assertThat(report.markup()).isEqualTo(new BigDecimal("0.0200"));
        assertThat(report.renewal().orElseThrow().renewalYears()).hasValue(new BigDecimal("50.0"));
    }

    @Test
    void chargebackHasNoCurrentModelBesideItself() {
        AllocationReport report = RunCalculation.calculate(inputs(Money.of(100_000)), RunModel.CHARGEBACK, null);
        assertThat(report.hasCurrent()).isFalse();
        assertThat(report.units())
                .allMatch(u -> u.current() == null && u.difference().isEmpty());
    }

    @Test
    void theDefaultPoolIsTheSelfCostOfTheUseAndTheMarkupIsWhatChargebackOverRecovers() {
        RunInputs inputs = inputs(Money.ZERO);
        Money selfCost = RunInputs.selfCostOf(inputs.services(), inputs.uses());
        assertThat(selfCost).isEqualTo(Money.of(21_200));
        AllocationReport report = RunCalculation.calculate(inputs(selfCost), RunModel.CHARGEBACK, null);
        assertThat(report.remainder()).isEqualTo(Money.of(-424));
    }

    @Test
    void aReportIsTheSameWhenCalculatedAgainFromTheSameInputs() {
        AllocationReport first = RunCalculation.calculate(inputs(Money.of("99999.99")), RunModel.HYBRID, 7L);
        AllocationReport again = RunCalculation.calculate(inputs(Money.of("99999.99")), RunModel.HYBRID, 7L);
        assertThat(RunCalculation.sameFigures(first, again)).isTrue();
        AllocationReport other = RunCalculation.calculate(inputs(Money.of("99999.98")), RunModel.HYBRID, 7L);
        assertThat(RunCalculation.sameFigures(first, other)).isFalse();
    }
}
