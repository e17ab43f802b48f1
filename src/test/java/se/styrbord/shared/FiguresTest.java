package se.styrbord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers written for pages read back as they were written, and as people type them. */
class FiguresTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 250,50|1250.50",
                "1\u00A0250,50|1250.50",
                "1\u202F250,50|1250.50",
                "1250.50|1250.50",
                "−12,5|-12.5",
                "-12,5|-12.5",
                "0|0",
                "007|7",
            })
    void readsNumbersAsTypedOrAsWritten(String text, String expected) {
        assertThat(Figures.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource(
            delimiter = '|',
            value = {"''", "abc", "1,2,3", "1e5", "12 %", "+5", "1.", ",5", "--1"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(Figures.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"1234567.891", "-12771.00", "0.5", "999999999.99"})
    void whatIsWrittenReadsBackTheSame(String value) {
        BigDecimal number = new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP);
        String written = Figures.decimal(number, 2);
        assertThat(written).doesNotContain(" ").doesNotContain(".");
        assertThat(Figures.parse(written)).isEqualByComparingTo(number);
    }
}
