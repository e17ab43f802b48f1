package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.Money;

class DriverOverheadTest {

    @ParameterizedTest(name = "{1} shares {0} by {2} as {3}")
    @CsvSource(delimiter = '|', textBlock = """
            100.00        | EMPLOYEES | A:1, B:1, C:1                     | A:33.34, B:33.33, C:33.33
            100.00        | EMPLOYEES | C:1, B:1, A:1                     | C:33.33, B:33.33, A:33.34
            0.02          | EMPLOYEES | A:1, B:1, C:1                     | A:0.01, B:0.01, C:0.00
            0.02          | EMPLOYEES | A:1, B:3                          | A:0.00, B:0.02
            10.00         | EMPLOYEES | A:1, B:2                          | A:3.33, B:6.67
            100.00        | EMPLOYEES | A:1, B:2, C:0                     | A:33.33, B:66.67, C:0.00
            -100.00       | EMPLOYEES | A:1, B:1, C:1                     | A:-33.34, B:-33.33, C:-33.33
            0.00          | EMPLOYEES | A:4, B:5                          | A:0.00, B:0.00
            45000000.00   | EMPLOYEES | SOC:2400, SKOL:3100, KS:310, VB:95 | SOC:18289585.10, SKOL:23624047.42, KS:2362404.74, VB:723962.74
            120000.00     | EMPLOYEES | A:10, B:10@6                      | A:80000.00, B:40000.00
            1000.00       | EMPLOYEES | A:3, B:3@4, C:0@12                | A:750.00, B:250.00, C:0.00
            100.00        | FTE       | A:1.5, B:2.5                      | A:37.50, B:62.50
            100.00        | FTE       | A:0.5, B:0.25@6                   | A:80.00, B:20.00
            90.00         | TURNOVER  | A:1000000, B:500000@6             | A:60.00, B:30.00
            """)
    void sharesThePoolByTheDriverToTheOre(String pool, Driver driver, String units, String expected) {
        AllocationResult result = new DriverOverhead(driver)
                .allocate(AllocationYear.withoutConsumption(Year.of(2021), Money.of(pool), Units.by(driver, units)));

        assertThat(Units.amounts(result)).isEqualTo(expected);
        assertThat(result.remainder()).isEqualTo(Money.ZERO);
        assertThat(result.allocated()).isEqualTo(Money.of(pool));
        assertThat(result.internalInvoices()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EMPLOYEES | A:10, B:-, C:3 | Unit B (Unit B) has no employees figure
            FTE       | A:-, B:2       | Unit A (Unit A) has no FTE figure
            TURNOVER  | A:5, B:-@3     | Unit B (Unit B) has no turnover figure
            EMPLOYEES | A:0, B:0@6     | No unit has any employees to allocate 100.00 by
            """)
    void stopsOnAMissingDriverOrWhenNoUnitHasAny(Driver driver, String units, String message) {
        AllocationYear year = AllocationYear.withoutConsumption(Year.of(2021), Money.of(100), Units.by(driver, units));

        assertThatThrownBy(() -> new DriverOverhead(driver).allocate(year))
                .isInstanceOf(AllocationException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A:10@6 | 5.00
            A:7@5  | 2.92
            A:7    | 7.00
            """)
    void showsTheProratedDriver(String unit, String shown) {
        AllocationResult result = DriverOverhead.byEmployees()
                .allocate(AllocationYear.withoutConsumption(
                        Year.of(2021), Money.of(1), Units.by(Driver.EMPLOYEES, unit)));

        assertThat(result.get("A").driver()).isEqualByComparingTo(shown);
    }
}
