package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

class FixedShareTest {

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100.00  | A:0.3333, B:0.3333, C:0.3334 | A:33.33, B:33.33, C:33.34
            0.01    | A:0.5, B:0.5                 | A:0.01, B:0.00, C:0.00
            1000.00 | A:0.25, B:0.75               | A:250.00, B:750.00, C:0.00
            999.99  | A:0.1, B:0.2, C:0.7          | A:100.00, B:200.00, C:699.99
            """)
    void sharesThePoolAsDecided(String pool, String shares, String expected) {
        AllocationResult result = new FixedShare(parse(shares)).allocate(year(pool));

        assertThat(Units.amounts(result)).isEqualTo(expected);
        assertThat(result.remainder()).isEqualTo(Money.ZERO);
        assertThat(result.get("A").driver()).isEqualByComparingTo(parse(shares).get("A"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A:0.5, B:0.4         | The fixed shares sum to 0.9, not exactly 1
            A:0.5, B:0.5000001   | The fixed shares sum to 1.0000001, not exactly 1
            A:0.3333, B:0.3333, C:0.3333 | The fixed shares sum to 0.9999, not exactly 1
            A:1.5, B:-0.5        | Unit B has a negative share -0.5
            """)
    void refusesSharesThatDoNotSumToOne(String shares, String message) {
        assertThatThrownBy(() -> new FixedShare(parse(shares)))
                .isInstanceOf(AllocationException.class)
                .hasMessage(message);
    }

    @Test
    void refusesAShareForAUnitNotInTheYear() {
        FixedShare decision = new FixedShare(parse("A:0.5, X:0.5"));

        assertThatThrownBy(() -> decision.allocate(year("100.00")))
                .isInstanceOf(AllocationException.class)
                .hasMessage("Unit X has a share but is not a unit of 2021");
    }

    static AllocationYear year(String pool) {
        return AllocationYear.withoutConsumption(
                Year.of(2021), Money.of(pool), Units.by(Driver.EMPLOYEES, "A:-, B:-, C:-"));
    }

    static Map<String, BigDecimal> parse(String shares) {
        return Arrays.stream(shares.split(","))
                .map(String::strip)
                .collect(Collectors.toMap(s -> s.split(":")[0], s -> new BigDecimal(s.split(":")[1])));
    }
}
