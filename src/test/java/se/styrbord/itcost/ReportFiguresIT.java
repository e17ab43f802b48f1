package se.styrbord.itcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrbord.demo.DemoGroup;
import se.styrbord.shared.Money;
import se.styrbord.test.IntegrationTest;

/**
 * The report's published figures (domain.md "Report figures to reproduce", report 3.1 and 3.2) come
 * out of the demo group's generated ledgers through the real pipeline: SIE import, classification,
 * totals, key figures.
 */
@IntegrationTest
class ReportFiguresIT {

    @Autowired
    ItcostFigures figures;

    @Test
    void centralItIsOnePointEightTwoPercentOfTurnoverIn2019AndOnePointSevenOneIn2021() {
        assertThat(figures.year(DemoGroup.CODE, 2019)
                        .municipality()
                        .figures()
                        .centralShareOfTurnover()
                        .percent(2))
                .isEqualByComparingTo("1.82");
        assertThat(figures.year(DemoGroup.CODE, 2021)
                        .municipality()
                        .figures()
                        .centralShareOfTurnover()
                        .percent(2))
                .isEqualByComparingTo("1.71");
    }

    @Test
    void totalItCostIsTwiceTheCentralItBudgetEveryYear() {
        for (int year = 2019; year <= 2021; year++) {
            KeyFigures group = figures.year(DemoGroup.CODE, year).group();
            assertThat(group.totalToCentral().setScale(1, RoundingMode.HALF_UP))
                    .as("total / central %d", year)
                    .isEqualByComparingTo("2.0");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2019, 214080000.00", "2020, 212740000.00", "2021, 211500000.00"})
    void theDemoTotalsAreTheOnesItsReadmeStates(int year, String total) {
        assertThat(figures.year(DemoGroup.CODE, year).group().amounts().total()).isEqualTo(Money.of(total));
    }

    @Test
    void digitalisationIs22PercentOfTotalItCostWithInvestmentFundsAnd11Without() {
        KeyFigures group = figures.year(DemoGroup.CODE, 2021).group();
        assertThat(group.digitalisationShare().percent(0)).isEqualByComparingTo("22");
        assertThat(group.digitalisationOperatingShare().percent(0)).isEqualByComparingTo("11");
    }

    @Test
    void internalPurchasesFromTheItServiceCentreAreEliminatedAndReportedOnTheirOwn() {
        YearFigures y = figures.year(DemoGroup.CODE, 2021);
        assertThat(y.group().amounts().internal()).isEqualTo(Money.of("104744713.96"));
        assertThat(y.group().amounts().total()).isEqualTo(Money.of("211500000.00"));
        assertThat(y.units().stream()
                        .filter(u -> u.code().equals("BOU"))
                        .findFirst()
                        .orElseThrow()
                        .figures()
                        .amounts()
                        .internal()
                        .isZero())
                .isFalse();
    }

    @Test
    void elderlyCareIsFlaggedFarBelowTheGroupAndTheSchoolIsNot() {
        Spread spread = figures.year(DemoGroup.CODE, 2021).equality();
        assertThat(spread.flagged()).contains("VOO").doesNotContain("BOU");
    }
}
