package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.audit.AuditQuery;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.Groups;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fixed shares through the real server and database: entered on the page and through the API, all
 * or nothing, and run by the fixed-share model, stored and reproduced. A1, B1 and LATE share the
 * pool from 2019, C1 from July 2021; the IT service centre SCIT shares nothing. Each test has its
 * own year.
 */
@IntegrationTest
class FixedSharesIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0104");
    static final MunicipalityCode DEMO = MunicipalityCode.of("9999");
    static final String DECISION_2021 = """
            {"decision":"KF 2021-03-15 § 42","shares":[
              {"unitCode":"A1","percent":12.3456},{"unitCode":"B1","percent":45.6789},
              {"unitCode":"C1","percent":41.9755},{"unitCode":"LATE","percent":0}]}""";

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    AllocationRuns runs;

    @Autowired
    ShareDecisions decisions;

    @Autowired
    AuditQuery audit;

    @Autowired
    TestUsers users;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void group() {
        if (!Groups.create(organisation, GROUP, "A1", "B1", "LATE")) {
            return;
        }
        organisation.createUnit(
                GROUP,
                new UnitDraft(
                        "C1", "Förvaltning C1", UnitType.DEPARTMENT, Groups.ORG, null, LocalDate.of(2021, 7, 1), null));
        HttpResponse<String> saved =
                Http.basic(port, users.analyst()).json("PUT", "/api/0104/allocation/shares/2021", DECISION_2021);
        assertThat(saved.statusCode()).isEqualTo(200);
    }

    @Test
    void aRunWithoutSharesForTheYearStopsAndNamesTheYear() {
        assertThatThrownBy(() -> runs.calculate(GROUP, new RunRequest(2020, RunModel.FIXED, Money.of(1000), null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo("allocation.shares.none");
                            assertThat(v.args()).containsExactly("2020");
                        }));

        HttpResponse<String> api =
                Http.basic(port, users.viewer()).get("/api/0104/allocation/2020?model=fixed&pool=1000");
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(read(api).get("detail").asString())
                .isEqualTo("Det finns inga beslutade fasta andelar för 2020: ange dem under Fasta andelar innan"
                        + " fördelningen kan göras.");
        HttpResponse<String> page =
                Http.signedIn(port, users.viewer()).get("/0104/allocation?year=2020&model=fixed&pool=1000");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Det finns inga beslutade fasta andelar för 2020");
    }

    @Test
    void theRunSharesThePoolByTheYearsSharesToTheOre() {
        HttpResponse<String> response =
                Http.basic(port, users.viewer()).get("/api/0104/allocation/2021?model=fixed&pool=1000.01");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = read(response);
        assertThat(report.get("model").asString()).isEqualTo("fixed");
        assertThat(report.get("decision").asString()).isEqualTo("KF 2021-03-15 § 42");
        assertThat(report.get("remainder").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(report.get("units")
                        .valueStream()
                        .map(u -> u.get("code").asString() + ":"
                                + u.get("driver").decimalValue().setScale(4).toPlainString() + ":"
                                + u.get("amount").decimalValue().setScale(2).toPlainString()))
                .containsExactlyInAnyOrder(
                        "A1:12.3456:123.46", "B1:45.6789:456.79", "C1:41.9755:419.76", "LATE:0.0000:0.00");
    }

    @Test
    void theApiSavesAYearsSharesAllOrNothingWithAnAuditEntry() {
        Http analyst = Http.basic(port, users.analyst());
        HttpResponse<String> saved = analyst.json("PUT", "/api/0104/allocation/shares/2023", """
                {"decision":"KS 2022-11-30 § 7","shares":[
                  {"unitCode":"A1","percent":25},{"unitCode":"B1","percent":25.5},
                  {"unitCode":"C1","percent":49.5},{"unitCode":"LATE","percent":0}]}""");
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode shares = read(saved);
        assertThat(shares.get("sum").decimalValue()).isEqualByComparingTo("100");
        assertThat(read(analyst.get("/api/0104/allocation/shares/2023"))).isEqualTo(shares);
        assertThat(audit.find(new AuditQuery.Filter("0104", "test-analyst", "fixed-shares", null, null), 10))
                .anySatisfy(e -> {
                    assertThat(e.subjectKey()).isEqualTo("2023");
                    assertThat(e.action()).isEqualTo("CREATE");
                    assertThat(e.after()).contains("KS 2022-11-30 § 7").contains("25.5000");
                });

        HttpResponse<String> refused = analyst.json("PUT", "/api/0104/allocation/shares/2023", """
                {"decision":"","shares":[
                  {"unitCode":"A1","percent":-1},{"unitCode":"B1","percent":25.12345},
                  {"unitCode":"C1","percent":49.5},{"unitCode":"SCIT","percent":1}]}""");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = read(refused);
        assertThat(problem.get("violations")
                        .valueStream()
                        .map(v -> v.get("field").asString()))
                .containsExactly("decision", "shares.A1", "shares.B1", "shares.SCIT", "shares.LATE");
        assertThat(problem.get("detail").asString())
                .contains("Andelen för Förvaltning A1 (A1) är negativ: -1,0000 %.")
                .contains("Enheten LATE (Förvaltning LATE) var aktiv 2023 men saknar andel.");
        assertThat(read(analyst.get("/api/0104/allocation/shares/2023")))
                .as("nothing half-saved")
                .isEqualTo(shares);

        HttpResponse<String> sum = analyst.json("PUT", "/api/0104/allocation/shares/2023", """
                {"decision":"KS 2022-11-30 § 7","shares":[
                  {"unitCode":"A1","percent":25},{"unitCode":"B1","percent":25.5},
                  {"unitCode":"C1","percent":49.4999},{"unitCode":"LATE","percent":0}]}""");
        assertThat(read(sum).get("violations").get(0).get("field").asString()).isEqualTo("sum");
        assertThat(read(sum).get("detail").asString())
                .isEqualTo("Andelarna summerar till 99,9999 %, inte exakt 100 % (skillnad 0,0001 procentenheter).");

        assertThat(Http.basic(port, users.viewer())
                        .json("PUT", "/api/0104/allocation/shares/2023", "{}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(analyst.get("/api/0104/allocation/shares/1999").statusCode()).isEqualTo(404);
    }

    @Test
    void aStoredFixedShareRunReproducesAfterTheSharesChange() {
        Http analyst = Http.basic(port, users.analyst());
        analyst.json("PUT", "/api/0104/allocation/shares/2022", """
                {"decision":"KF 2021-11-22 § 180","shares":[
                  {"unitCode":"A1","percent":50},{"unitCode":"B1","percent":30},
                  {"unitCode":"C1","percent":20},{"unitCode":"LATE","percent":0}]}""");
        HttpResponse<String> created = analyst.json("POST", "/api/0104/allocation/runs", """
                {"year":2022,"model":"fixed","pool":0.05}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode stored = read(created);
        assertThat(stored.get("units")
                        .valueStream()
                        .map(u -> u.get("amount").decimalValue().setScale(2).toPlainString()))
                .as("5 öre: A1 2.5, B1 1.5, C1 1; A1 and B1 tie on the half öre left, A1 has the larger share")
                .containsExactlyInAnyOrder("0.03", "0.01", "0.01", "0.00");

        analyst.json("PUT", "/api/0104/allocation/shares/2022", """
                {"decision":"KF 2022-02-14 § 12","shares":[
                  {"unitCode":"A1","percent":10},{"unitCode":"B1","percent":10},
                  {"unitCode":"C1","percent":10},{"unitCode":"LATE","percent":70}]}""");

        assertThat(read(analyst.get(location))).isEqualTo(stored);
        AllocationReport again = runs.reproduce(GROUP, id);
        assertThat(RunCalculation.sameFigures(again, runs.stored(GROUP, id))).isTrue();
        assertThat(again.decision()).hasValue("KF 2021-11-22 § 180");
        assertThat(again.inputs().shares().percentOf("A1")).hasValue(new BigDecimal("50.0000"));
        assertThat(runs.calculate(GROUP, new RunRequest(2022, RunModel.FIXED, Money.of("0.05"), null))
                        .unit("LATE")
                        .orElseThrow()
                        .amount())
                .isEqualTo(Money.of("0.04"));
        assertThat(Http.signedIn(port, users.viewer())
                        .get("/0104/allocation/runs/" + id + "?check=true")
                        .body())
                .contains("Körningen räknades om från sitt sparade underlag och gav samma resultat.")
                .contains("KF 2021-11-22 § 180")
                .contains("50,0000");
    }

    @Test
    void sharesOfAUnitThatIsNoLongerActiveInTheYearStopTheRunNamingTheUnit() {
        MunicipalityCode other = MunicipalityCode.of("0105");
        Groups.create(organisation, other, "X1", "X2");
        decisions.save(
                other,
                new FixedShares(
                        2024,
                        "KF 2023-06-19 § 99",
                        List.of(
                                new FixedShares.UnitShare("X1", new BigDecimal("60")),
                                new FixedShares.UnitShare("X2", new BigDecimal("40")))));
        organisation.deactivateUnit(other, "X2", LocalDate.of(2023, 12, 31));

        assertThatThrownBy(() -> runs.calculate(other, new RunRequest(2024, RunModel.FIXED, Money.of(1000), null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo("allocation.shares.unit.inactive");
                            assertThat(v.args()).containsExactly("X2", "Förvaltning X2", "2024");
                        }));
        assertThat(read(Http.basic(port, users.viewer()).get("/api/0105/allocation/2024?model=fixed&pool=1000"))
                        .get("detail")
                        .asString())
                .isEqualTo("Enheten X2 (Förvaltning X2) har en andel för 2024 men var inte aktiv det året. Ta bort"
                        + " andelen.");
    }

    @Test
    void thePageShowsEachErrorNextToItsShareAndSavesAllOrNothing() {
        Http analyst = Http.signedIn(port, users.analyst());
        HttpResponse<String> empty = analyst.get("/0104/allocation/shares?year=2025");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("Fasta andelar 2025")
                .contains("Inga fasta andelar är beslutade för 2025.")
                .containsPattern("Fyll i med andelarna för 20\\d\\d")
                .contains("name=\"percent\"")
                .containsPattern("<output id=\"share-sum\"[^>]*>saknas</output>");
        String csrf = analyst.csrfOf(empty.body());

        HttpResponse<String> refused = analyst.rawForm(
                "/0104/allocation/shares?year=2025",
                form(csrf, "", "A1", "40", "B1", "-5", "C1", "inte ett tal", "LATE", "", "SCIT", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Ingenting sparades. Rätta följande:")
                .contains("Ange beslutet som andelarna bygger på")
                .contains("Andelen för Förvaltning B1 (B1) är negativ: -5,0000 %.")
                .contains("”inte ett tal” är ingen procentsats.")
                .contains("Ange en andel för Förvaltning LATE (LATE), 0 om enheten inte ska betala något.")
                .doesNotContain("Ange en andel för Förvaltning C1")
                .contains("value=\"inte ett tal\"")
                .containsPattern("id=\"share-\\d\" name=\"percent\" value=\"-5\"[^>]*aria-invalid=\"true\""
                        + "[^>]*aria-describedby=\"e-share-\\d\"")
                .contains("href=\"#decision\"");
        assertThat(decisions.find(GROUP, 2025)).as("nothing half-saved").isEmpty();

        HttpResponse<String> sum = analyst.rawForm(
                "/0104/allocation/shares?year=2025",
                form(csrf, "KF 2024-11-25 § 3", "A1", "40", "B1", "30", "C1", "20", "LATE", "9,9999"));
        assertThat(sum.statusCode()).isEqualTo(422);
        assertThat(sum.body())
                .contains("Andelarna summerar till 99,9999 %, inte exakt 100 % (skillnad 0,0001 procentenheter).")
                .contains("href=\"#share-status\"")
                .containsPattern("<output id=\"share-sum\"[^>]*>99,9999 %</output>");

        HttpResponse<String> saved = analyst.rawForm(
                "/0104/allocation/shares?year=2025",
                form(csrf, "KF 2024-11-25 § 3", "A1", "40", "B1", "30", "C1", "20", "LATE", "10,0 %"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(decisions.find(GROUP, 2025).orElseThrow().percentOf("LATE")).hasValue(new BigDecimal("10.0000"));
        assertThat(analyst.get("/0104/allocation/shares?year=2025").body())
                .contains("Andelarna för 2025 sparades.")
                .contains("value=\"KF 2024-11-25 § 3\"")
                .containsPattern("<output id=\"share-sum\"[^>]*>100,0000 %</output>")
                .contains("Summan är exakt 100 %.");

        Http viewer = Http.signedIn(port, users.viewer());
        String page = viewer.get("/0104/allocation/shares?year=2025").body();
        assertThat(page).contains("<fieldset disabled=\"disabled\">").doesNotContain("Spara andelarna");
        assertThat(viewer.rawForm(
                                "/0104/allocation/shares?year=2025",
                                form(viewer.csrfOf(page), "x", "A1", "100", "B1", "0", "C1", "0", "LATE", "0"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDemoReportsItsFixedSharesOnThePageAndAsXlsxPdfAndJson() throws IOException {
        AllocationReport report = runs.calculate(DEMO, new RunRequest(2021, RunModel.FIXED, null, null));
        ReportUnit school = report.unit("BOU").orElseThrow();
        assertThat(school.driver()).isEqualTo(new BigDecimal("41.2900"));
        assertThat(report.decision()).hasValue("KF 2020-11-23 § 187");
        Http viewer = Http.signedIn(port, users.viewer());

        assertThat(viewer.get("/9999/allocation?year=2021&model=fixed").body())
                .contains("Fasta andelar enligt beslut")
                .contains("Andel (%)")
                .contains("41,2900")
                .contains("KF 2020-11-23 § 187")
                .contains(se.styrbord.shared.Figures.sek(school.amount()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(viewer.getBytes("/9999/allocation/export?year=2021&model=fixed&format=xlsx")
                        .body()))) {
            Row bou = null;
            for (Row r : workbook.getSheetAt(0)) {
                if (r.getCell(0) != null && "BOU".equals(r.getCell(0).getStringCellValue())) {
                    bou = r;
                }
            }
            assertThat(bou).isNotNull();
            assertThat(bou.getCell(2).getNumericCellValue()).isEqualTo(41.29);
            assertThat(BigDecimal.valueOf(bou.getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(school.amount().amount());
        }
        try (PDDocument document =
                Loader.loadPDF(viewer.getBytes("/9999/allocation/export?year=2021&model=fixed&format=pdf")
                        .body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("KF 2020-11-23 § 187")
                    .contains("41,2900")
                    .contains(se.styrbord.shared.Figures.sek(school.amount()));
        }
    }

    private static String form(String csrf, String decision, String... unitsAndPercents) {
        StringBuilder body = new StringBuilder("_csrf=" + enc(csrf) + "&decision=" + enc(decision));
        for (int i = 0; i < unitsAndPercents.length; i += 2) {
            body.append("&unit=").append(enc(unitsAndPercents[i]));
            body.append("&percent=").append(enc(unitsAndPercents[i + 1]));
        }
        return body.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
