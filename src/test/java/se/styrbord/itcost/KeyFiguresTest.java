package se.styrbord.itcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

/** The key figures (domain.md) and the equality spread, as tables. */
class KeyFiguresTest {

    static Amounts amounts(
            String central,
            String external,
            String staff,
            String shadow,
            String digiOp,
            String digiInv,
            String internal) {
        return new Amounts(
                Money.of(central),
                Money.of(external),
                Money.of(staff),
                Money.of(shadow),
                Money.of(digiOp),
                Money.of(digiInv),
                Money.of(internal));
    }

    @Test
    void theReportsRatiosComeOutOfTheirParts() {
        Amounts a = amounts("103836000", "70000000", "30000000", "7664000", "23265000", "24100000", "90000000");
        Drivers d = new Drivers(Money.of("6072216000"), 7000, new BigDecimal("6566.50"));
        KeyFigures k = KeyFigures.of(a, d, null, null, null);
        assertThat(a.total()).isEqualTo(Money.of("211500000"));
        assertThat(k.centralShareOfTurnover().percent(2)).isEqualByComparingTo("1.71");
        assertThat(k.totalToCentral().setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("2.0");
        assertThat(k.digitalisationShare().percent(0)).isEqualByComparingTo("22");
        assertThat(k.digitalisationOperatingShare().percent(0)).isEqualByComparingTo("11");
        assertThat(k.perEmployee()).isEqualTo(Money.of("30214.29"));
        assertThat(k.perFte()).isEqualTo(Money.of("32208.94"));
        assertThat(k.resourcesPerEmployee()).isEqualTo(Money.of("43071.43"));
        assertThat(k.digitalisationShareOfTurnover().perMille(1)).isEqualByComparingTo("7.8");
    }

    @ParameterizedTest(name = "turnover {0}, employees {1}, fte {2}")
    @CsvSource(
            nullValues = "-",
            value = {"-, 10, 5", "0, 10, 5", "1000, -, 5", "1000, 0, 0", "1000, 10, -"})
    void aMissingOrZeroDenominatorGivesAMissingFigureNeverZero(String turnover, Integer employees, BigDecimal fte) {
        Amounts a = amounts("100", "0", "0", "0", "0", "0", "0");
        KeyFigures k = KeyFigures.of(
                a, new Drivers(turnover == null ? null : Money.of(turnover), employees, fte), null, null, null);
        if (turnover == null || turnover.equals("0")) {
            assertThat(k.itShareOfTurnover()).isNull();
        }
        if (employees == null || employees == 0) {
            assertThat(k.perEmployee()).isNull();
        }
        if (fte == null || fte.signum() == 0) {
            assertThat(k.perFte()).isNull();
        }
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {"100, 110, 0.1", "200, 100, -0.5", "0, 100, -"})
    void changeIsRelativeToTheYearBefore(String before, String now, BigDecimal expected) {
        KeyFigures k = KeyFigures.of(
                amounts(now, "0", "0", "0", "0", "0", "0"),
                Drivers.NONE,
                amounts(before, "0", "0", "0", "0", "0", "0"),
                amounts(before, "0", "0", "0", "0", "0", "0"),
                2019);
        if (expected == null) {
            assertThat(k.changeFromPreviousYear()).isNull();
        } else {
            assertThat(k.changeFromPreviousYear().value()).isEqualByComparingTo(expected);
            assertThat(k.changeOverAllYears().value()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void withoutCentralItTheMultipleIsMissing() {
        assertThat(KeyFigures.of(amounts("0", "5", "0", "0", "0", "0", "0"), Drivers.NONE, null, null, null)
                        .totalToCentral())
                .isNull();
    }

    @Test
    void driversWithAMissingPartSumToMissing() {
        Drivers sum = new Drivers(Money.of(1), 1, BigDecimal.ONE).plus(new Drivers(null, 2, BigDecimal.TWO));
        assertThat(sum.turnover()).isNull();
        assertThat(sum.employees()).isEqualTo(3);
    }

    @Test
    void theSpreadFlagsUnitsBelowHalfTheMedianAndKeepsMissingApart() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("BOU", new BigDecimal("24000"));
        values.put("VOO", new BigDecimal("9000"));
        values.put("IAF", new BigDecimal("20000"));
        values.put("KFF", new BigDecimal("22000"));
        values.put("MK", null);
        Spread s = Spread.of(values, new BigDecimal("0.5"));
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.min()).isEqualByComparingTo("9000");
        assertThat(s.median()).isEqualByComparingTo("21000");
        assertThat(s.max()).isEqualByComparingTo("24000");
        assertThat(s.flagged()).containsExactly("VOO");
        assertThat(s.missing()).containsExactly("MK");
        // mean 18750, population sd sqrt((5250² + 9750² + 1250² + 3250²) / 4) = 5804.09
        assertThat(s.coefficientOfVariation().setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.3096");
    }

    @ParameterizedTest(name = "threshold {0}")
    @CsvSource({"0.5, 0", "0.8, 1", "1.0, 2"})
    void theThresholdIsConfigurable(BigDecimal threshold, int flagged) {
        Map<String, BigDecimal> values = Map.of(
                "A",
                new BigDecimal("10"),
                "B",
                new BigDecimal("7"),
                "C",
                new BigDecimal("12"),
                "D",
                new BigDecimal("9"));
        assertThat(Spread.of(values, threshold).flagged()).hasSize(flagged);
    }

    @Test
    void oneOrNoValueHasNoVariation() {
        assertThat(Spread.of(Map.of("A", BigDecimal.TEN), BigDecimal.ONE).coefficientOfVariation())
                .isNull();
        assertThat(Spread.of(Map.of(), BigDecimal.ONE).median()).isNull();
    }
}
