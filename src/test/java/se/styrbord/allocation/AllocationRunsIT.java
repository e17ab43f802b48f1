package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.MonthlyUse;
import se.styrbord.catalogue.ServiceLine;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.UseLine;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.Figures;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.Groups;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs through the real server and database: stored and reproduced, stopped by a missing driver, compared and exported. */
@IntegrationTest
class AllocationRunsIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0103");
    static final MunicipalityCode DEMO = MunicipalityCode.of("9999");

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AllocationRuns runs;

    @Autowired
    TestUsers users;

    final JsonMapper json = JsonMapper.builder().build();

    /** A1 (30 employees) and B1 (10) all year, C1 (12) from July: 6 employee-years; one service at 1 200 kr + 2 %. */
    @BeforeEach
    void group() {
        if (!Groups.create(organisation, GROUP, "A1", "B1", "NOFACTS")) {
            return;
        }
        organisation.createUnit(
                GROUP,
                new UnitDraft(
                        "C1", "Förvaltning C1", UnitType.DEPARTMENT, Groups.ORG, null, LocalDate.of(2021, 7, 1), null));
        organisation.saveFacts(
                GROUP,
                List.of(
                        new YearlyFacts("A1", 2021, Money.of(1000), 30, new BigDecimal("28")),
                        new YearlyFacts("B1", 2021, Money.of(1000), 10, new BigDecimal("9")),
                        new YearlyFacts("C1", 2021, Money.of(1000), 12, new BigDecimal("12")),
                        new YearlyFacts("NOFACTS", 2021, Money.of(500), null, new BigDecimal("4"))));
        ItService pc = new ItService("PC", "Arbetsplats", "Teamet", "dator", LocalDate.of(2019, 1, 1), null);
        catalogue.saveServices(
                GROUP,
                List.of(new ServiceLine(
                        2, pc, new ServicePrice("PC", 2021, Money.of(1200), new BigDecimal("0.02"), null))));
        List<UseLine> uses = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(2021, month);
            uses.add(new UseLine(uses.size() + 2, new MonthlyUse("PC", "A1", ym, 10)));
            uses.add(new UseLine(uses.size() + 2, new MonthlyUse("PC", "B1", ym, 5)));
            if (month >= 7) {
                uses.add(new UseLine(uses.size() + 2, new MonthlyUse("PC", "C1", ym, 2)));
            }
        }
        catalogue.saveConsumption(GROUP, "test", uses);
    }

    @Test
    void aMissingDriverStopsTheRunAndNamesTheUnit() {
        assertThatThrownBy(() -> runs.calculate(GROUP, new RunRequest(2021, RunModel.HEADCOUNT, null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations())
                        .singleElement()
                        .satisfies(
                                v -> assertThat(v.args()).containsExactly("NOFACTS", "Förvaltning NOFACTS", "2021")));

        HttpResponse<String> api = Http.basic(port, users.viewer()).get("/api/0103/allocation/2021?model=headcount");
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(read(api).get("detail").asString())
                .isEqualTo("Enheten NOFACTS (Förvaltning NOFACTS) saknar antal medarbetare för 2021: fördelningen"
                        + " stoppades. Fyll i årsfakta.");

        HttpResponse<String> page =
                Http.signedIn(port, users.viewer()).get("/0103/allocation?year=2021&model=headcount");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Enheten NOFACTS (Förvaltning NOFACTS) saknar antal medarbetare för 2021");
        HttpResponse<byte[]> export = Http.signedIn(port, users.viewer())
                .getBytes("/0103/allocation/export?year=2021&model=headcount&format=pdf");
        assertThat(export.statusCode()).as("back to the page that says why").isEqualTo(302);
        assertThat(export.headers().firstValue("Location").orElseThrow()).contains("/0103/allocation?year=2021");
        assertThat(runs.runs(GROUP)).isEmpty();
    }

    @Test
    void aStoredRunReproducesItsResultAfterTheRegisterChanges() {
        Http analyst = Http.basic(port, users.analyst());
        HttpResponse<String> created = analyst.json("POST", "/api/0103/allocation/runs", """
                {"year":2021,"model":"fte","pool":100000.00,"projectHours":1000}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode stored = read(created);
        assertThat(stored.get("pool").decimalValue()).isEqualByComparingTo("100000.00");

        organisation.saveFacts(GROUP, List.of(new YearlyFacts("A1", 2021, Money.of(1000), 30, new BigDecimal("40"))));
        catalogue.saveConsumption(
                GROUP, "rättelse", List.of(new UseLine(2, new MonthlyUse("PC", "A1", YearMonth.of(2021, 1), 99))));

        assertThat(read(analyst.get(location))).isEqualTo(stored);
        AllocationReport again = runs.reproduce(GROUP, id);
        assertThat(RunCalculation.sameFigures(again, runs.stored(GROUP, id))).isTrue();
        assertThat(again.unit("A1").orElseThrow().fte()).isEqualByComparingTo("28");
        AllocationReport now = runs.calculate(GROUP, new RunRequest(2021, RunModel.FTE, Money.of(100000), null));
        assertThat(now.unit("A1").orElseThrow().amount())
                .isNotEqualTo(again.unit("A1").orElseThrow().amount());
        assertThat(Http.signedIn(port, users.viewer())
                        .get("/0103/allocation/runs/" + id + "?check=true")
                        .body())
                .contains("Körningen räknades om från sitt sparade underlag och gav samma resultat.");
    }

    @Test
    void aUnitThatStartsMidYearIsWeighedByItsMonthsAndTheRunReconcilesToTheOre() {
        AllocationReport report = runs.calculate(GROUP, new RunRequest(2021, RunModel.FTE, Money.of("1000.01"), null));
        assertThat(report.unit("C1").orElseThrow().monthsActive()).isEqualTo(6);
        assertThat(report.unit("C1").orElseThrow().driver()).isEqualByComparingTo("6.00");
        Money sum = report.units().stream().map(ReportUnit::amount).reduce(Money.ZERO, Money::plus);
        assertThat(sum.plus(report.remainder())).isEqualTo(Money.of("1000.01"));
        assertThat(report.remainder()).isEqualTo(Money.ZERO);
        assertThat(report.unit("SCIT")).as("the supplier shares nothing").isEmpty();
        // chargeback: A1 10 × 1 224 = 12 240; B1 5 × 1 224 = 6 120; C1 2 × 6 months × 1 224 / 12 = 1 224
        assertThat(report.unit("A1").orElseThrow().current()).isEqualTo(Money.of(12240));
        assertThat(report.unit("C1").orElseThrow().current()).isEqualTo(Money.of(1224));
        assertThat(report.currentInvoices()).isEqualTo(12 + 12 + 6);
        assertThat(report.invoices()).isZero();
    }

    @Test
    void theApiAnswersInTheShapeOfTheReportWithTwoDecimals() {
        HttpResponse<String> response =
                Http.basic(port, users.viewer()).get("/api/9999/allocation/2021?model=headcount");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"remainder\":0.00").containsPattern("\"amount\":\\d+\\.\\d\\d[,}]");
        JsonNode report = read(response);
        assertThat(report.propertyNames()).containsExactly("model", "year", "pool", "remainder", "units");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode unit : report.get("units")) {
            assertThat(unit.propertyNames())
                    .containsExactly("code", "name", "driver", "amount", "current", "difference");
            assertThat(unit.get("difference").decimalValue())
                    .isEqualByComparingTo(unit.get("amount")
                            .decimalValue()
                            .subtract(unit.get("current").decimalValue()));
            sum = sum.add(unit.get("amount").decimalValue());
        }
        assertThat(sum.add(report.get("remainder").decimalValue()))
                .isEqualByComparingTo(report.get("pool").decimalValue());

        JsonNode chargeback = read(Http.basic(port, users.viewer()).get("/api/9999/allocation/2021?model=chargeback"));
        assertThat(chargeback.get("remainder").decimalValue()).isNegative();
        assertThat(chargeback.get("units").get(0).has("current")).isFalse();
        assertThat(chargeback.get("units").get(0).get("driver").isNull()).isTrue();
    }

    @Test
    void theComparisonPageShowsEachUnitWithItsInputsAndTheInvoicesThatGo() {
        AllocationReport report = runs.calculate(DEMO, new RunRequest(2021, RunModel.HEADCOUNT, null, null));
        ReportUnit care = report.unit("VOO").orElseThrow();
        HttpResponse<String> page =
                Http.signedIn(port, users.viewer()).get("/9999/allocation?year=2021&model=headcount&hours=1000");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Vård- och omsorgsförvaltningen")
                .contains("href=\"#in-VOO\"")
                .contains("id=\"in-VOO\"")
                .contains(Figures.sek(care.amount()))
                .contains(Figures.sek(care.difference().orElseThrow()))
                .contains("Interna fakturor per år: " + report.currentInvoices() + " med köp och sälj, 0 med den")
                .contains("1\u00A0000 timmar i investeringsprojekt")
                .contains("150\u00A0000,00–200\u00A0000,00 kr")
                .contains("data-chart=\"comparison-chart-data\"");
        assertThat(care.difference().orElseThrow().isNegative())
                .as("care, many employees and few computers, pays more by headcount")
                .isFalse();
    }

    @Test
    void theReportExportsAsXlsxAndPdfWithTheFigures() throws IOException {
        AllocationReport report = runs.calculate(DEMO, new RunRequest(2021, RunModel.HYBRID, null, null));
        ReportUnit school = report.unit("BOU").orElseThrow();
        Http viewer = Http.signedIn(port, users.viewer());

        HttpResponse<byte[]> xlsx = viewer.getBytes("/9999/allocation/export?year=2021&model=hybrid&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "BOU".equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
                    .isEqualByComparingTo(school.current().amount());
            assertThat(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(school.amount().amount());
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Kod");
        }

        HttpResponse<byte[]> pdf = viewer.getBytes("/9999/allocation/export?year=2021&model=hybrid&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Fördelning av central IT 2021")
                    .contains("Vård- och omsorgsförvaltningen")
                    .contains(Figures.sek(school.amount()))
                    .contains(Figures.sek(school.current()))
                    .contains(Figures.sek(report.pool()) + " kr");
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
