package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

class RenewalAndFinancingTest {

    @ParameterizedTest(name = "a markup of {0} renews every {1} years")
    @CsvSource({"0.02, 50.0", "0.05, 20.0", "0.03, 33.3", "0.2, 5.0", "1, 1.0"})
    void renewsEveryOneOverMarkupYears(String markup, String years) {
        assertThat(new MarkupRenewal(new BigDecimal(markup)).renewalYears())
                .hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo(years));
    }

    @ParameterizedTest
    @CsvSource({"0", "-0.01"})
    void aMarkupOfZeroOrLessNeverRenews(String markup) {
        assertThat(new MarkupRenewal(new BigDecimal(markup)).renewalYears()).isEmpty();
    }

    @Test
    void setsTheRenewalPeriodBesideTheLifetimeOfTheAssets() {
        List<MarkupRenewal.Lifetime> lifetimes = new MarkupRenewal(new BigDecimal("0.02"))
                .against(List.of(new AssetLifetime("Servers", 5), new AssetLifetime("Building", 50)));

        assertThat(lifetimes)
                .extracting(MarkupRenewal.Lifetime::renewsTooSlowly)
                .containsExactly(true, false);
        assertThat(lifetimes.getFirst().markupNeeded()).isEqualByComparingTo("0.2000");
        assertThat(lifetimes.getLast().markupNeeded()).isEqualByComparingTo("0.0200");
    }

    @ParameterizedTest(name = "{0} h × {1} SEK/h = {2} from operating funds")
    @CsvSource({"1000, 150, 150000.00", "1000, 200, 200000.00", "37.5, 175.50, 6581.25", "0, 200, 0.00"})
    void operatingFundsPayTheIndirectPartOfInvestmentHours(String hours, String perHour, String gap) {
        assertThat(new InvestmentFinancingGap(new BigDecimal(hours), Money.of(perHour)).fromOperatingFunds())
                .isEqualTo(Money.of(gap));
    }

    @Test
    void theReportsRangeIs150To200KronorAnHour() {
        assertThat(InvestmentFinancingGap.REPORT_LOW).isEqualTo(Money.of(150));
        assertThat(InvestmentFinancingGap.REPORT_HIGH).isEqualTo(Money.of(200));
    }
}
