package se.styrbord.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.Violation;

class FactsFileTest {

    static final List<FactsFile.Line> LINES = List.of(
            new FactsFile.Line(
                    "BOU",
                    "Barn- och utbildning",
                    2021,
                    new YearlyFacts("BOU", 2021, Money.of("2463723948.05"), 3278, new BigDecimal("2926.5"))),
            new FactsFile.Line("MK", "Miljökontoret", 2021, new YearlyFacts("MK", 2021, null, 45, null)),
            new FactsFile.Line("NEW", "Ny enhet", 2021, null));

    @ParameterizedTest
    @EnumSource(FactsFile.Format.class)
    void roundTripsExactlyAndKeepsMissingAsMissing(FactsFile.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactsFile.write(LINES, format, out);
        List<YearlyFacts> read = FactsFile.read(new ByteArrayInputStream(out.toByteArray()), format);
        assertThat(read)
                .containsExactly(
                        new YearlyFacts("BOU", 2021, Money.of("2463723948.05"), 3278, new BigDecimal("2926.5")),
                        new YearlyFacts("MK", 2021, null, 45, null),
                        new YearlyFacts("NEW", 2021, null, null, null));
    }

    @Test
    void readsSwedishAndEnglishNumbersAndHeaders() throws IOException {
        String csv = "unit,year,turnover,employees,fte\nBOU,2021,1000.50,10,9.5\n";
        String swedish = "\uFEFFenhet;år;omslutning;medarbetare;årsarbetare\nBOU;2021;1 000,50;10;9,5\n";
        YearlyFacts expected = new YearlyFacts("BOU", 2021, Money.of("1000.50"), 10, new BigDecimal("9.5"));
        assertThat(read(csv)).containsExactly(expected);
        assertThat(read(swedish)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not a number|enhet;år;omslutning;medarbetare;årsarbetare\\nBOU;2021;tio;1;1|2|turnover|facts.number",
                "three decimals|enhet;år;omslutning;medarbetare;årsarbetare\\nBOU;2021;1,005;1;1|2|turnover|facts.decimals",
                "fractional headcount|enhet;år;omslutning;medarbetare;årsarbetare\\nBOU;2021;1;1,5;1|2|employees|facts.integer",
                "no unit|enhet;år;omslutning;medarbetare;årsarbetare\\n;2021;1;1;1|2|unit|facts.unit.required",
                "no year|enhet;år;omslutning;medarbetare;årsarbetare\\nBOU;;1;1;1|2|year|facts.year.required",
                "error on row 4|enhet;år;omslutning;medarbetare;årsarbetare\\nBOU;2021;1;1;1\\n\\nMK;2021;x;1;1|4|turnover|facts.number",
                "missing columns|enhet;namn;omslutning\\nBOU;x;1|1|header|facts.file.columns",
            })
    void namesTheRowAndColumnOfBadInput(String name, String content, int row, String field, String code) {
        assertThatThrownBy(() -> read(content.replace("\\n", "\n")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::row, Violation::field, Violation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(row, field, code)));
    }

    @Test
    void refusesAFileThatIsNotXlsx() {
        byte[] html = "<html><body>not a workbook</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FactsFile.read(new ByteArrayInputStream(html), FactsFile.Format.XLSX))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code)
                                .containsExactly("facts.file.unreadable"));
        assertThatThrownBy(() -> FactsFile.Format.ofFileName("facts.pdf")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInput.class);
    }

    private static List<YearlyFacts> read(String csv) throws IOException {
        return FactsFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), FactsFile.Format.CSV);
    }
}
