package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolatilityThresholdsTest {

    @ParameterizedTest(name = "CV {0} after {1} → {2}")
    @CsvSource(nullValues = "none", textBlock = """
            0.00,  none,        STABLE
            0.05,  FLUCTUATING, STABLE
            0.10,  STABLE,      FLUCTUATING
            0.30,  none,        FLUCTUATING
            0.07,  FLUCTUATING, FLUCTUATING
            0.09,  STABLE,      STABLE
            0.07,  none,        STABLE
            0.075, none,        STABLE
            0.08,  none,        FLUCTUATING
            """)
    void classifiesWithAHysteresisBand(double cv, DemandClass previous, DemandClass expected) {
        assertThat(VolatilityThresholds.DEFAULT.classify(new Volatility(cv), Optional.ofNullable(previous)))
                .isEqualTo(expected);
    }

    @Test
    void equalThresholdsCutOnce() {
        VolatilityThresholds cut = new VolatilityThresholds(0.1, 0.1);

        assertThat(cut.classify(new Volatility(0.1), Optional.of(DemandClass.FLUCTUATING)))
                .isEqualTo(DemandClass.STABLE);
        assertThat(cut.classify(new Volatility(0.1000001), Optional.of(DemandClass.STABLE)))
                .isEqualTo(DemandClass.FLUCTUATING);
    }

    @Test
    void refusesThresholdsInTheWrongOrder() {
        assertThatThrownBy(() -> new VolatilityThresholds(0.2, 0.1)).hasMessageContaining("0.2 and 0.1");
    }
}
