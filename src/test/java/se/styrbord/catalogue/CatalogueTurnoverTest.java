package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTurnoverTest {

    /** Services: A 2019→, B 2019–2021-06, C 2021-03→, D 2021-02–2021-11, E 2022→. */
    static final List<ServiceLifespan> CATALOGUE = List.of(
            new ServiceLifespan("A", YearMonth.of(2019, 1), null),
            new ServiceLifespan("B", YearMonth.of(2019, 1), YearMonth.of(2021, 6)),
            new ServiceLifespan("C", YearMonth.of(2021, 3), null),
            new ServiceLifespan("D", YearMonth.of(2021, 2), YearMonth.of(2021, 11)),
            new ServiceLifespan("E", YearMonth.of(2022, 1), null));

    @ParameterizedTest(name = "{0}: +{1} −{2} of {3} active → {4}")
    @CsvSource({"2019, 2, 0, 2, 1.000", "2020, 0, 0, 2, 0.000", "2021, 2, 2, 4, 1.000", "2022, 1, 0, 3, 0.333"})
    void countsServicesAddedAndRetiredAgainstThoseActive(int year, int added, int retired, int active, String rate) {
        CatalogueTurnover turnover = CatalogueTurnover.of(Year.of(year), CATALOGUE);

        assertThat(turnover).isEqualTo(new CatalogueTurnover(Year.of(year), added, retired, active));
        assertThat(turnover.rate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(rate));
    }

    @Test
    void isMissingForAYearWithNoActiveService() {
        assertThat(CatalogueTurnover.of(Year.of(2018), CATALOGUE).rate()).isEmpty();
    }
}
