package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolatilityWatchTest {

    static final VolatilityWatch YEARLY = VolatilityWatch.yearly(VolatilityThresholds.DEFAULT);
    static final VolatilityWatch MONTHLY = VolatilityWatch.monthly(VolatilityThresholds.DEFAULT);

    @Test
    void signalsAReviewWhenAStableServiceStartsToFluctuateAndWhenItSettles() {
        DemandSeries mail = Series.of("MAIL", 48, t -> t >= 24 && t < 36 ? Series.seasonal(t, 30) : 100 + t);

        assertThat(YEARLY.reviews(mail))
                .extracting(ReviewSignal::windowEnd, ReviewSignal::from, ReviewSignal::to)
                .containsExactly(
                        tuple(YearMonth.of(2022, 12), DemandClass.STABLE, DemandClass.FLUCTUATING),
                        tuple(YearMonth.of(2023, 12), DemandClass.FLUCTUATING, DemandClass.STABLE));
    }

    @Test
    void aMonthlyWatchSeesALevelShiftThatYearlyWindowsMiss() {
        DemandSeries gis = Series.of("GIS", 48, t -> t < 24 ? 100 : 160);

        assertThat(YEARLY.reviews(gis)).isEmpty();
        assertThat(MONTHLY.reviews(gis))
                .extracting(ReviewSignal::windowEnd, ReviewSignal::to)
                .containsExactly(
                        tuple(YearMonth.of(2022, 1), DemandClass.FLUCTUATING),
                        tuple(YearMonth.of(2022, 12), DemandClass.STABLE));
    }

    @Test
    void aYearWithoutDemandNeitherSignalsNorResets() {
        DemandSeries fax = Series.of("FAX", 36, t -> t < 12 ? 100 : t < 24 ? 0 : 100 - t % 2);

        List<WindowReading> readings = YEARLY.readings(fax);

        assertThat(readings)
                .extracting(WindowReading::demandClass)
                .map(c -> c.orElse(null))
                .containsExactly(DemandClass.STABLE, null, DemandClass.STABLE);
        assertThat(readings.get(1).volatility()).isEmpty();
        assertThat(YEARLY.reviews(fax)).isEmpty();
    }

    @Test
    void monthsThatDoNotFillAWindowWait() {
        assertThat(YEARLY.readings(Series.of("NEW", 23, t -> 100))).hasSize(1);
        assertThat(MONTHLY.readings(Series.of("NEW", 11, t -> 100))).isEmpty();
        assertThat(MONTHLY.readings(Series.of("NEW", 14, t -> 100))).hasSize(3);
    }
}
