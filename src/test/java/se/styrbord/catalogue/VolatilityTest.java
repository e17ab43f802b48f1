package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VolatilityTest {

    static Stream<Arguments> constructedSeries() {
        return Stream.of(
                Arguments.of("flat", (IntToDoubleFunction) t -> 100, 0.0, DemandClass.STABLE),
                Arguments.of("trend only", (IntToDoubleFunction) t -> 100 + 5 * t, 0.0, DemandClass.STABLE),
                Arguments.of("decline only", (IntToDoubleFunction) t -> 500 - 7.5 * t, 0.0, DemandClass.STABLE),
                Arguments.of(
                        "alternating ±10",
                        (IntToDoubleFunction) t -> t % 2 == 0 ? 90 : 110,
                        0.10417,
                        DemandClass.FLUCTUATING),
                Arguments.of(
                        "seasonal ±30 %",
                        (IntToDoubleFunction) t -> Series.seasonal(t, 30), 0.20483, DemandClass.FLUCTUATING),
                Arguments.of(
                        "seasonal ±30 % on a trend",
                        (IntToDoubleFunction) t -> Series.seasonal(t, 30) + 5 * t, 0.13005, DemandClass.FLUCTUATING),
                Arguments.of(
                        "level shift 100 → 160",
                        (IntToDoubleFunction) t -> t < 12 ? 100 : 160,
                        0.12020,
                        DemandClass.FLUCTUATING),
                Arguments.of(
                        "seasonal ±5 %",
                        (IntToDoubleFunction) t -> Series.seasonal(t, 5), 0.03414, DemandClass.STABLE));
    }

    @ParameterizedTest(name = "{0}: CV {2} → {3}")
    @MethodSource("constructedSeries")
    void measuresTheDetrendedCoefficientOfVariation(
            String name, IntToDoubleFunction demand, double expectedCv, DemandClass expectedClass) {
        Volatility volatility = Volatility.of(Series.months(24, demand)).orElseThrow();

        assertThat(volatility.coefficientOfVariation()).isCloseTo(expectedCv, within(1e-5));
        assertThat(VolatilityThresholds.DEFAULT.classify(volatility, Optional.empty()))
                .isEqualTo(expectedClass);
    }

    @Test
    void usesTheSampleDeviationOfTheResidualsWithTwoDegreesOfFreedomForTheLine() {
        List<Double> demand = Series.months(12, t -> t % 2 == 0 ? 90 : 110);
        double slope = 60.0 / 143; // Σ(t − 5.5)(y − 100) = 60, Σ(t − 5.5)² = 143
        double squares = 0;
        for (int t = 0; t < 12; t++) {
            double residual = demand.get(t) - 100 - slope * (t - 5.5);
            squares += residual * residual;
        }

        assertThat(Volatility.of(demand).orElseThrow().coefficientOfVariation())
                .isCloseTo(Math.sqrt(squares / 10) / 100, within(1e-12));
    }

    @Test
    void isMissingForTooShortASeriesOrNoDemand() {
        assertThat(Volatility.of(Series.months(11, t -> 100 + t * t))).isEmpty();
        assertThat(Volatility.of(Series.months(24, t -> 0))).isEmpty();
        assertThat(Volatility.of(Series.months(12, t -> 100))).isPresent();
    }

    @Test
    void roundsForDisplay() {
        assertThat(new Volatility(0.20483199).rounded()).isEqualByComparingTo("0.205");
    }
}
