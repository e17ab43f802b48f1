package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.Groups;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

/** The catalogue and consumption files through the pages: saved whole, or nothing, with errors by row and column. */
@IntegrationTest
class CatalogueImportIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0102");
    static final String CATALOGUE = """
            tjänst;namn;ägare;måttenhet;år;självkostnad;påslag;pris;tillagd;borttagen
            PC;Arbetsplats;Arbetsplatsteamet;dator;2020;6000;2;;2019-01-01;
            PC;Arbetsplats;Arbetsplatsteamet;dator;2021;5 800,00;2 %;;2019-01-01;
            TEL;Telefoni;Kommunikation;abonnemang;2021;1800;2;1900;2021-01-01;
            SIG;Signaltjänst;Teamet;st;2020;100;2;;2019-01-01;
            SIG;Signaltjänst;Teamet;st;2021;100;2;;2019-01-01;
            """;

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    Catalogue catalogue;

    @Autowired
    TestUsers users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void groupWithCatalogue() throws IOException {
        if (Groups.create(organisation, GROUP, "BOU", "VOO")) {
            catalogue.saveServices(GROUP, ServiceFile.read(bytes(CATALOGUE), TableFile.Format.CSV));
        }
    }

    @Test
    void importsTheCatalogueWithItsPriceHistoryAndDerivesPrices() {
        assertThat(catalogue.services(GROUP)).extracting(ItService::code).containsExactly("PC", "SIG", "TEL");
        assertThat(catalogue.pricesOf(GROUP, "PC"))
                .extracting(p -> p.year() + ":" + p.price())
                .containsExactly("2020:6120.00", "2021:5916.00");
        assertThat(catalogue.pricesOf(GROUP, "TEL").getFirst().price()).hasToString("1900.00");
        assertThat(catalogue.pricesOf(GROUP, "TEL").getFirst().isDerived()).isFalse();
    }

    @Test
    void aCatalogueFileWithErrorsNamesRowAndColumnAndSavesNothing() {
        String bad = """
                tjänst;namn;ägare;måttenhet;år;självkostnad;påslag;pris;tillagd;borttagen
                NY;Ny tjänst;Teamet;st;2021;100;2;;2021-01-01;
                FEL;Fel;Teamet;st;2021;tusen;2;;2021-01-01;
                FEL2;Fel två;Teamet;st;2021;100;2;;första mars;
                """;
        HttpResponse<String> page =
                upload("/0102/catalogue/import", "katalog.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(page.body())
                .contains("Filen katalog.csv lästes inte in")
                .contains("Rad 3, kolumn ”självkostnad”: ”tusen” är inget tal.")
                .contains("Rad 4, kolumn ”tillagd”: ”första mars” är inget datum (ÅÅÅÅ-MM-DD).");
        assertThat(catalogue.services(GROUP)).extracting(ItService::code).doesNotContain("NY");
    }

    @Test
    void aFileWithoutTheColumnsSaysWhichAreMissing() {
        HttpResponse<String> page = upload(
                "/0102/catalogue/consumption/import",
                "forbrukning.csv",
                "tjänst;enhet\nPC;BOU\n".getBytes(StandardCharsets.UTF_8));
        assertThat(page.body()).contains("Rad 1: Kolumner saknas: månad, antal.");
    }

    @Test
    void importsConsumptionFromXlsxAndReplacesAMonthGivenAgain() throws IOException {
        byte[] first = xlsx(List.of(
                List.of("tjänst", "enhet", "månad", "antal"),
                List.of("PC", "BOU", "2021-01", "120"),
                List.of("PC", "VOO", "2021-01", "40"),
                List.of("TEL", "BOU", "2021-01", "")));
        HttpResponse<String> page = upload("/0102/catalogue/consumption/import", "jan.xlsx", first);
        assertThat(page.body()).contains("Filen jan.xlsx lästes in: 2 rader för 2021-01 till 2021-01.");
        upload(
                "/0102/catalogue/consumption/import",
                "rattelse.csv",
                "tjänst;enhet;månad;antal\nPC;BOU;2021-01;125\n".getBytes(StandardCharsets.UTF_8));
        assertThat(catalogue.usesIn(GROUP, 2021).stream()
                        .filter(u -> u.serviceCode().equals("PC") && u.month().getMonthValue() == 1))
                .extracting(u -> u.serviceCode() + "/" + u.unitCode() + "/" + u.month() + "=" + u.quantity())
                .containsExactlyInAnyOrder("PC/BOU/2021-01=125", "PC/VOO/2021-01=40");
    }

    @Test
    void consumptionWithUnknownUnitsServicesAndMonthsSavesNothing() {
        String bad = """
                tjänst;enhet;månad;antal
                PC;BOU;2021-02;10
                PC;NOPE;2021-02;10
                TEL;BOU;2020-12;5
                PC;SCIT;2021-02;3
                PC;BOU;2021-02;11
                PC;VOO;februari;-2
                """;
        HttpResponse<String> page =
                upload("/0102/catalogue/consumption/import", "feb.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(page.body())
                .contains("Rad 3, kolumn ”enhet”: Enheten NOPE finns inte.")
                .contains("Rad 4, kolumn ”månad”: Tjänsten TEL erbjöds inte 2020-12.")
                .contains("Rad 5, kolumn ”enhet”: Enheten SCIT är servicecenter IT, som levererar tjänsterna.")
                .contains("Rad 7, kolumn ”månad”: ”februari” är ingen månad (ÅÅÅÅ-MM).")
                .contains("Rad 7, kolumn ”antal”: ”-2” är negativt.");
        assertThat(catalogue.usesIn(GROUP, 2021))
                .noneMatch(u -> u.serviceCode().equals("PC") && u.month().equals(YearMonth.of(2021, 2)));
    }

    @Test
    void aDuplicateRowIsNamedWithTheRowItRepeats() {
        String bad = "tjänst;enhet;månad;antal\nPC;BOU;2021-03;10\nPC;BOU;2021-03;11\n";
        HttpResponse<String> page =
                upload("/0102/catalogue/consumption/import", "mars.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(page.body())
                .contains("Rad 3, kolumn ”månad”: BOU har redan förbrukning av PC för 2021-03 på rad 2.");
        assertThat(catalogue.usesIn(GROUP, 2021))
                .noneMatch(u -> u.serviceCode().equals("PC") && u.month().equals(YearMonth.of(2021, 3)));
    }

    @Test
    void theTemplateListsEveryServiceUnitAndMonthToFillIn() throws IOException {
        HttpResponse<byte[]> template = Http.signedIn(port, users.viewer())
                .getBytes("/0102/catalogue/consumption/export?year=2021&format=xlsx&template=true");
        assertThat(template.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("tjänst");
            assertThat(sheet.getLastRowNum())
                    .as("3 services × 2 units (not SCIT) × 12 months")
                    .isEqualTo(72);
            assertThat(sheet.getRow(1).getCell(3)).isNull();
        }
    }

    @Test
    void aServiceWhoseDemandStartsToFluctuateRaisesASignalThatCanBeAcknowledged() {
        StringBuilder csv = new StringBuilder("tjänst;enhet;månad;antal\n");
        for (int m = 0; m < 24; m++) {
            YearMonth month = YearMonth.of(2020, 1).plusMonths(m);
            long quantity = m < 12 ? 100 : (m % 2 == 0 ? 60 : 140);
            csv.append("SIG;VOO;").append(month).append(';').append(quantity).append('\n');
        }
        catalogue.saveConsumption(GROUP, "serie.csv", ConsumptionFile.fromRows(rows(csv.toString())));
        List<StoredSignal> signals = catalogue.signals(GROUP);
        assertThat(signals).hasSize(1);
        StoredSignal signal = signals.getFirst();
        assertThat(signal.serviceCode()).isEqualTo("SIG");
        assertThat(signal.from()).isEqualTo(DemandClass.STABLE);
        assertThat(signal.to()).isEqualTo(DemandClass.FLUCTUATING);
        assertThat(signal.isOpen()).isTrue();

        Http analyst = Http.basic(port, users.analyst());
        HttpResponse<String> done =
                analyst.json("POST", "/api/0102/catalogue/signals/SIG/" + signal.windowEnd() + "/acknowledgement", "");
        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(catalogue.signals(GROUP).getFirst().acknowledgedBy()).isEqualTo("test-analyst");
        assertThat(analyst.get("/0102/catalogue/signals").body()).contains("Det finns inga öppna signaler.");
    }

    @Test
    void monthTotalsFollowEveryImportIncludingOnesThatReplaceEarlierMonths() throws IOException {
        MunicipalityCode group = MunicipalityCode.of("0109");
        if (Groups.create(organisation, group, "BOU", "VOO")) {
            catalogue.saveServices(group, ServiceFile.read(bytes(CATALOGUE), TableFile.Format.CSV));
        }
        catalogue.saveConsumption(
                group,
                "a.csv",
                ConsumptionFile.fromRows(rows("tjänst;enhet;månad;antal\n"
                        + "PC;BOU;2021-01;10\nPC;VOO;2021-01;5\nPC;BOU;2021-02;7\nTEL;BOU;2021-01;3\n")));
        // the second file changes one unit's January and adds March: January's total follows
        catalogue.saveConsumption(
                group,
                "b.csv",
                ConsumptionFile.fromRows(rows("tjänst;enhet;månad;antal\nPC;BOU;2021-01;1\nPC;VOO;2021-03;4\n")));
        assertThat(jdbc.sql("select service_code, fiscal_year, use_month, quantity from catalogue_month_total"
                                + " where municipality = '0109' order by service_code, fiscal_year, use_month")
                        .query((rs, n) ->
                                rs.getString(1) + " " + rs.getInt(2) + "-" + rs.getInt(3) + " " + rs.getLong(4))
                        .list())
                .containsExactly("PC 2021-1 6", "PC 2021-2 7", "PC 2021-3 4", "TEL 2021-1 3");
        // the year per unit and service, kept as use is written, is what grouping the months gives
        assertThat(catalogue.yearlyUsesIn(group, 2021))
                .containsExactlyInAnyOrder(
                        new YearlyUse("PC", "BOU", 8, (1 << 1) | (1 << 2)),
                        new YearlyUse("PC", "VOO", 9, (1 << 1) | (1 << 3)),
                        new YearlyUse("TEL", "BOU", 3, 1 << 1));
    }

    @Test
    void aFileOfManyServicesSumsTheYearWholeAndAgreesWithTheMonths() throws IOException {
        MunicipalityCode group = MunicipalityCode.of("0110");
        int services = 300;
        if (Groups.create(organisation, group, "BOU", "VOO")) {
            StringBuilder list =
                    new StringBuilder("tjänst;namn;ägare;måttenhet;år;självkostnad;påslag;pris;tillagd;borttagen\n");
            for (int i = 0; i < services; i++) {
                list.append("S").append(i).append(";Tjänst ").append(i).append(";Teamet;st;2021;100;2;;2019-01-01;\n");
            }
            catalogue.saveServices(group, ServiceFile.read(bytes(list.toString()), TableFile.Format.CSV));
        }
        StringBuilder use = new StringBuilder("tjänst;enhet;månad;antal\n");
        for (int i = 0; i < services; i++) {
            use.append("S").append(i).append(";BOU;2021-01;").append(i).append('\n');
            use.append("S").append(i).append(";VOO;2021-02;1\n");
        }
        // 600 (service, unit) pairs: more than are summed one by one
        assertThat(2 * services).isGreaterThan(CatalogueRepository.PAIRS_ONE_BY_ONE);
        catalogue.saveConsumption(group, "många.csv", ConsumptionFile.fromRows(rows(use.toString())));
        // then one pair by itself, in another month
        catalogue.saveConsumption(
                group, "en.csv", ConsumptionFile.fromRows(rows("tjänst;enhet;månad;antal\nS7;BOU;2021-05;3\n")));

        List<YearlyUse> year = catalogue.yearlyUsesIn(group, 2021);
        assertThat(year).hasSize(2 * services);
        assertThat(year).as("a reported zero is use of none, in no month").contains(new YearlyUse("S0", "BOU", 0, 0));
        assertThat(year).contains(new YearlyUse("S7", "BOU", 10, (1 << 1) | (1 << 5)));
        assertThat(year).contains(new YearlyUse("S299", "BOU", 299, 1 << 1));
        assertThat(year).contains(new YearlyUse("S0", "VOO", 1, 1 << 2));
        long total = year.stream().mapToLong(YearlyUse::quantity).sum();
        assertThat(total).isEqualTo((long) services * (services - 1) / 2 + services + 3);
    }

    private HttpResponse<String> upload(String action, String fileName, byte[] content) {
        Http analyst = Http.signedIn(port, users.analyst());
        String csrf = analyst.csrfOf(analyst.get("/0102/catalogue").body());
        HttpResponse<String> posted = analyst.multipart(action, "file", fileName, content, csrf);
        assertThat(posted.statusCode()).isEqualTo(302);
        return analyst.get(posted.headers().firstValue("Location").orElseThrow());
    }

    private static List<List<String>> rows(String csv) {
        return csv.lines().map(line -> List.of(line.split(";", -1))).toList();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && c == 3 && !value.isEmpty()) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
