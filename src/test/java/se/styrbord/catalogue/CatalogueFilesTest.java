package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.Violation;

/** The catalogue and consumption files read as a person writes them, and refused with the row and column at fault. */
class CatalogueFilesTest {

    @Test
    void readsSwedishNumbersPercentagesAndEnglishHeaders() throws IOException {
        String csv = "\uFEFFservice,name,owner,unit_of_measure,year,self_cost,markup,price,added,retired\n"
                + "PC,Arbetsplats,Teamet,dator,2021,\"6 200,50\",2 %,,2019-01-01,2021-06-30\n";
        List<ServiceLine> lines = ServiceFile.read(stream(csv), TableFile.Format.CSV);
        ServiceLine line = lines.getFirst();
        assertThat(line.row()).isEqualTo(2);
        assertThat(line.price().selfCost()).isEqualTo(Money.of("6200.50"));
        assertThat(line.price().markup()).isEqualByComparingTo("0.02");
        assertThat(line.price().price()).isEqualTo(Money.of("6324.51"));
        assertThat(line.service().retiredOn()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "tusen | catalogue.cell.number",
                "-5 | catalogue.cell.negative",
                "1,5 | catalogue.cell.integer",
            })
    void aQuantityThatCannotBeReadIsNamedByRowAndColumn(String quantity, String code) {
        assertThatThrownBy(
                        () -> ConsumptionFile.fromRows(rows("tjänst;enhet;månad;antal", "PC;BOU;2021-01;" + quantity)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.row()).isEqualTo(2);
                            assertThat(v.field()).isEqualTo("antal");
                            assertThat(v.code()).isEqualTo(code);
                        }));
    }

    @Test
    void aRowWithoutQuantityIsNotReportedAndIsSkipped() {
        assertThat(ConsumptionFile.fromRows(rows("tjänst;enhet;månad;antal", "PC;BOU;2021-01;", ";BOU;2021-02;")))
                .isEmpty();
    }

    @Test
    void parseKeepsTheReadableRowsBesideTheViolations() {
        Parsed<UseLine> parsed = ConsumptionFile.parse(
                rows("tjänst;enhet;månad;antal", "PC;BOU;2021-01;3", "PC;BOU;januari;3", "", "PC;VOO;2021-02;0"));
        assertThat(parsed.lines())
                .extracting(l -> l.row() + ":" + l.use().month() + "=" + l.use().quantity())
                .containsExactly("2:2021-01=3", "5:2021-02=0");
        assertThat(parsed.violations())
                .extracting(Violation::toString)
                .containsExactly("row 3, månad: catalogue.cell.month [januari]");
    }

    @Test
    void missingColumnsAreListedOnRowOne() {
        assertThatThrownBy(() -> ServiceFile.fromRows(rows("tjänst;namn", "PC;Arbetsplats")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining(
                        "row 1, header: catalogue.file.columns [ägare, måttenhet, år, självkostnad, påslag, tillagd]");
    }

    @Test
    void aPercentageAboveOneHundredIsRefused() {
        assertThatThrownBy(() -> ServiceFile.fromRows(rows(
                        String.join(";", ServiceFile.HEADERS),
                        "PC;Arbetsplats;Teamet;dator;2021;100;150;;2019-01-01;")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("row 2, påslag: catalogue.cell.percent [150]");
    }

    @Test
    void anExportReadsBackAsTheSameCatalogue() throws IOException {
        ItService pc = new ItService("PC", "Arbetsplats", "Teamet", "dator", LocalDate.of(2019, 1, 1), null);
        ServicePrice price = new ServicePrice("PC", 2021, Money.of("5800.00"), new BigDecimal("0.025"), Money.of(6000));
        for (TableFile.Format format : TableFile.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ServiceFile.write(List.of(pc), List.of(price), format, out);
            ServiceLine back = ServiceFile.read(new ByteArrayInputStream(out.toByteArray()), format)
                    .getFirst();
            assertThat(back.service()).as(format.name()).isEqualTo(pc);
            assertThat(back.price().selfCost()).isEqualTo(price.selfCost());
            assertThat(back.price().markup()).isEqualByComparingTo(price.markup());
            assertThat(back.price().setPrice()).isEqualTo(price.setPrice());
        }
    }

    @Test
    void aServiceIsAddedActiveOrRetiredInAYear() {
        ItService fax =
                new ItService("FAX", "Fax", "Teamet", "linje", LocalDate.of(2010, 1, 1), LocalDate.of(2020, 6, 30));
        assertThat(fax.statusIn(2010)).isEqualTo(ServiceStatus.ADDED);
        assertThat(fax.statusIn(2019)).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(fax.statusIn(2020)).isEqualTo(ServiceStatus.RETIRED);
        assertThat(fax.statusIn(2021)).isEqualTo(ServiceStatus.NOT_OFFERED);
        assertThat(fax.offeredIn(YearMonth.of(2020, 6))).isTrue();
        assertThat(fax.offeredIn(YearMonth.of(2020, 7))).isFalse();
    }

    private static List<List<String>> rows(String... lines) {
        return java.util.Arrays.stream(lines)
                .map(l -> List.of(l.split(";", -1)))
                .toList();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
