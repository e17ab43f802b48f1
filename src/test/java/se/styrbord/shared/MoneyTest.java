package se.styrbord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1.005, 1.01", "1.004, 1.00", "-1.005, -1.01", "2, 2.00", "0.1, 0.10"})
    void roundsHalfUpToTheOre(String raw, String expected) {
        assertThat(Money.of(raw).toString()).isEqualTo(expected);
    }

    @Test
    void sumsExactly() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10"));
        }
        assertThat(sum).isEqualTo(Money.of(1));
        assertThat(sum.ore()).isEqualTo(100);
    }

    @Test
    void shareOfZeroIsMissingNotZero() {
        assertThat(Money.of(5).shareOf(Money.ZERO)).isEmpty();
        assertThat(Money.of(171).shareOf(Money.of(10000)).orElseThrow().percent(2))
                .isEqualByComparingTo(new BigDecimal("1.71"));
    }

    @ParameterizedTest
    @CsvSource({"2120002411, 212000-2411", "212000-2411, 212000-2411", "16212000-2411, 212000-2411"})
    void normalisesOrganisationNumbers(String raw, String expected) {
        assertThat(OrgNumber.parse(raw).value()).isEqualTo(expected);
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> OrgNumber.parse("212000-2412")).hasMessageContaining("check digit");
        assertThatThrownBy(() -> MunicipalityCode.of("228")).hasMessageContaining("four digits");
    }
}
