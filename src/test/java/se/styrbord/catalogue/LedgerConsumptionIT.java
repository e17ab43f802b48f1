package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.audit.AuditQuery;
import se.styrbord.itcost.Chart;
import se.styrbord.itcost.UnitMapping;
import se.styrbord.ledger.ImportOutcome;
import se.styrbord.ledger.Ledgers;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import se.styrbord.shared.Violation;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumption taken from internal invoicing in real imported SIE files: quantities per unit and
 * month worked out by hand, the rows that cannot become use listed, the year's use of the services
 * with a source replaced all or nothing, and the same through the pages and the JSON API.
 */
@IntegrationTest
class LedgerConsumptionIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0501");
    static final String KOMMUN = "212000-9994";
    static final String BOLAG = "556999-0012";
    static final Set<String> SERVICES = Set.of("PC", "TEL", "LIC", "OTHER");

    /*
     * PC: 6000 + 2 % = 6120 kr a year, so 510 kr a month per computer. TEL: decided price 1900 kr a year.
     * LIC: no price for 2022. Objects of dimension 1: 20 BOU, 30 VOO, 11 SCIT, 40 OLD (valid to
     * January), 99 mapped to nothing. The company's rows go to its one unit, ENERGI.
     */
    static final String KOMMUN_2022 = """
            #VER A 1 20220131 "Internfakturering januari"
            {
            #TRANS 6430 {1 "20" 22 "PC"} 5100.00
            #TRANS 6430 {1 "30" 22 "PC"} 2600.00
            #TRANS 6430 {1 "20" 22 "TEL"} 1583.33 "" "" 10
            #TRANS 6430 {1 "99" 22 "PC"} 510.00
            #TRANS 6430 {1 "11" 22 "PC"} 510.00
            #TRANS 6430 {1 "20"} 999.00
            #TRANS 6490 {1 "20" 22 "PC"} 77.00
            #TRANS 3990 {1 "11"} -11379.33
            }
            #VER A 2 20220228 "Internfakturering februari"
            {
            #TRANS 6430 {1 "20" 22 "PC"} 2550.00
            #TRANS 6430 {1 "20" 22 "PC"} 2550.00 20220215
            #TRANS 6430 {1 "20" 22 "TEL"} 1583.33 "" "" 10
            #TRANS 6430 {1 "20" 22 "TEL"} 100.00
            #TRANS 6430 {1 "30" 22 "PC"} -510.00
            #TRANS 6430 {1 "20" 22 "LIC"} 300.00
            #TRANS 6430 {1 "40" 22 "PC"} 510.00
            #TRANS 3990 {1 "11"} -7083.33
            }
            """;
    static final String BOLAG_2022 = """
            #VER A 1 20220131 "Från SC-IT"
            {
            #TRANS 6430 {22 "PC"} 1020.00
            #TRANS 2440 {} -1020.00
            }
            """;

    @Autowired
    Organisation organisation;

    @Autowired
    Catalogue catalogue;

    @Autowired
    LedgerConsumption consumption;

    @Autowired
    Ledgers ledgers;

    @Autowired
    UnitMapping mapping;

    @Autowired
    AuditQuery audit;

    @Autowired
    TestUsers users;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @BeforeEach
    void groupWithLedgersAndUse() throws IOException {
        if (organisation.findGroup(GROUP).isEmpty()) {
            organisation.createGroup(GROUP, "Förbrukningskoncernen");
            organisation.addEntity(
                    GROUP, new LegalEntity(OrgNumber.parse(KOMMUN), "Kommunen", EntityKind.MUNICIPALITY));
            organisation.addEntity(GROUP, new LegalEntity(OrgNumber.parse(BOLAG), "Bolaget AB", EntityKind.COMPANY));
            unit("SCIT", UnitType.IT_SERVICE_CENTRE, KOMMUN, null);
            unit("BOU", UnitType.DEPARTMENT, KOMMUN, null);
            unit("VOO", UnitType.DEPARTMENT, KOMMUN, null);
            unit("OLD", UnitType.DEPARTMENT, KOMMUN, LocalDate.of(2022, 1, 31));
            unit("ENERGI", UnitType.COMPANY, BOLAG, null);
            catalogue.saveServices(
                    GROUP,
                    List.of(
                            line("PC", 2021, "6000.00", null),
                            line("PC", 2022, "6000.00", null),
                            line("TEL", 2022, "1800.00", "1900.00"),
                            line("LIC", 2021, "1000.00", null),
                            line("OTHER", 2022, "100.00", null)));
            mapping.save(
                    GROUP,
                    KOMMUN,
                    Chart.KOMMUN_BAS,
                    "1",
                    null,
                    Map.of("20", "BOU", "30", "VOO", "11", "SCIT", "40", "OLD"));
            importSie("kommun-2022.se", KOMMUN, KOMMUN_2022);
            importSie("bolag-2022.se", BOLAG, BOLAG_2022);
            catalogue.saveConsumption(GROUP, "2021.csv", List.of(new UseLine(2, use("PC", "BOU", 2021, 12, 5))));
        }
        consumption.saveSources(
                GROUP,
                List.of(
                        new LedgerConsumption.SourceDraft("PC", "6430", "22=PC"),
                        new LedgerConsumption.SourceDraft("TEL", "6430", "22 = TEL"),
                        new LedgerConsumption.SourceDraft("LIC", "6430", "22=LIC"),
                        new LedgerConsumption.SourceDraft("OTHER", "", "")));
        catalogue.replaceConsumption(GROUP, 2022, SERVICES, before2022(), "test", null);
    }

    /** What is saved for 2022 before each test: none of it agrees with the ledgers. */
    static List<MonthlyUse> before2022() {
        return List.of(
                use("PC", "BOU", 2022, 1, 99),
                use("PC", "VOO", 2022, 3, 7),
                use("LIC", "BOU", 2022, 1, 4),
                use("OTHER", "BOU", 2022, 1, 3));
    }

    @Test
    void quantitiesPerUnitAndMonthComeFromTheRowsQuantitiesOrFromAmountOverPrice() {
        LedgerUsePreview preview = consumption.preview(GROUP, 2022);

        assertThat(preview.figures())
                .extracting(LedgerConsumptionIT::describe)
                .containsExactly(
                        // 5100 × 12 / 6120 = 10 computers
                        "PC BOU 2022-01 AMOUNT 10.0000 10 rows 1 saved 99",
                        // two rows, the second dated by itself in February: (2550 + 2550) × 12 / 6120
                        "PC BOU 2022-02 AMOUNT 10.0000 10 rows 2 saved null",
                        // a company's row without a unit object goes to its one unit: 1020 × 12 / 6120
                        "PC ENERGI 2022-01 AMOUNT 2.0000 2 rows 1 saved null",
                        // 2600 × 12 / 6120 = 5.098…: 5, rounding -0.0980
                        "PC VOO 2022-01 AMOUNT 5.0980 5 rows 1 saved null",
                        // the one row carries a quantity
                        "TEL BOU 2022-01 QUANTITY 10.0000 10 rows 1 saved null",
                        // one of the two rows has none: (1583.33 + 100) × 12 / 1900 = 10.63…
                        "TEL BOU 2022-02 AMOUNT 10.6316 11 rows 2 saved null");
        assertThat(preview.figures().get(3).roundingDifference()).isEqualByComparingTo("-0.0980");
        assertThat(preview.problems())
                .extracting(p -> p.kind() + " " + p.services() + " " + p.unitCode() + " "
                        + p.group().month() + " " + p.group().objects() + " "
                        + p.group().amount())
                .containsExactly(
                        "CREDIT [PC] VOO 2022-02 1=30|22=PC -510.00",
                        "UNMAPPED [PC] null 2022-01 1=99|22=PC 510.00",
                        "SUPPLIER [PC] SCIT 2022-01 1=11|22=PC 510.00",
                        "UNIT_INACTIVE [PC] OLD 2022-02 1=40|22=PC 510.00",
                        "NO_PRICE [LIC] BOU 2022-02 1=20|22=LIC 300.00");
        assertThat(preview.services())
                .extracting(s -> s.source().serviceCode() + " " + s.source() + " " + s.quantity() + " saved "
                        + s.saved() + " removed " + s.removed() + " problems " + s.problems())
                .containsExactly(
                        "LIC 6430 22=LIC 0 saved 4 removed 1 problems 1",
                        "PC 6430 22=PC 27 saved 106 removed 1 problems 4",
                        "TEL 6430 22=TEL 21 saved null removed 0 problems 0");
        assertThat(preview.services().get(1).amount()).isEqualTo(Money.of("13820.00"));
        assertThat(catalogue.usesIn(GROUP, 2022))
                .as("a preview saves nothing")
                .containsExactlyInAnyOrderElementsOf(before2022());
    }

    @Test
    void savingReplacesTheYearsUseOfTheServicesWithASourceAllOrNothing() {
        String fingerprint = consumption.preview(GROUP, 2022).fingerprint();

        assertThatThrownBy(() -> consumption.save(GROUP, 2022, fingerprint, false))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "acceptProblems", "ledgeruse.problemsFirst")));
        assertThatThrownBy(() -> consumption.save(GROUP, 2022, "an-older-preview", true))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("fingerprint"));
        assertThatThrownBy(() -> consumption.save(GROUP, 2023, null, true))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("ledgeruse.noLedgers"));
        assertThat(catalogue.usesIn(GROUP, 2022))
                .as("nothing of a refused save")
                .containsExactlyInAnyOrderElementsOf(before2022());

        Catalogue.UseReplaced saved = consumption.save(GROUP, 2022, fingerprint, true);

        assertThat(catalogue.usesIn(GROUP, 2022))
                .containsExactlyInAnyOrder(
                        use("PC", "BOU", 2022, 1, 10),
                        use("PC", "BOU", 2022, 2, 10),
                        use("PC", "ENERGI", 2022, 1, 2),
                        use("PC", "VOO", 2022, 1, 5),
                        use("TEL", "BOU", 2022, 1, 10),
                        use("TEL", "BOU", 2022, 2, 11),
                        use("OTHER", "BOU", 2022, 1, 3));
        assertThat(catalogue.usesIn(GROUP, 2021)).as("other years stay").containsExactly(use("PC", "BOU", 2021, 12, 5));
        assertThat(saved.before().get("PC")).isEqualTo(new Catalogue.UseTotal(2, 106));
        assertThat(saved.after().get("PC")).isEqualTo(new Catalogue.UseTotal(4, 27));
        assertThat(saved.after())
                .as("services without a source are not touched")
                .doesNotContainKey("OTHER");
        assertThat(saved.after().get("LIC")).isEqualTo(new Catalogue.UseTotal(0, 0));
        assertThat(catalogue.demandOf(GROUP, "PC").series().orElseThrow().months())
                .as("demand is read from the new use: Dec 2021 5, Jan 2022 10 + 2 + 5, Feb 10")
                .startsWith(5.0, 17.0, 10.0);
        assertThat(catalogue.yearlyUsesIn(GROUP, 2022))
                .as("the year per unit and service follows the replace: LIC's earlier use is gone")
                .containsExactlyInAnyOrder(
                        new YearlyUse("PC", "BOU", 20, (1 << 1) | (1 << 2)),
                        new YearlyUse("PC", "ENERGI", 2, 1 << 1),
                        new YearlyUse("PC", "VOO", 5, 1 << 1),
                        new YearlyUse("TEL", "BOU", 21, (1 << 1) | (1 << 2)),
                        new YearlyUse("OTHER", "BOU", 3, 1 << 1));
        AuditQuery.Entry entry = audit.find(new AuditQuery.Filter("0501", null, "consumption", null, null), 10).stream()
                .filter(e -> e.subjectKey().equals("ledger/2022"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.after()).contains("\"problemsLeftOut\":5").contains("kommun-2022.se");
        assertThat(entry.before()).contains("\"PC\":{\"figures\":2,\"quantity\":106}");
    }

    @Test
    void aReplaceWithOneBadFigureSavesNothing() {
        List<MonthlyUse> uses = List.of(use("PC", "BOU", 2022, 1, 1), use("PC", "OLD", 2022, 2, 1));

        assertThatThrownBy(() -> catalogue.replaceConsumption(GROUP, 2022, Set.of("PC"), uses, "test", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code)
                                .containsExactly("catalogue.unit.inactive"));
        assertThat(catalogue.usesIn(GROUP, 2022)).containsExactlyInAnyOrderElementsOf(before2022());
    }

    @Test
    void sourcesAreCheckedRowByRowAndSavedAllOrNothing() {
        assertThatThrownBy(() -> consumption.saveSources(
                        GROUP,
                        List.of(
                                new LedgerConsumption.SourceDraft("PC", "6430-643", ""),
                                new LedgerConsumption.SourceDraft("TEL", "6430", "TEL"),
                                new LedgerConsumption.SourceDraft("LIC", "", "22=LIC"),
                                new LedgerConsumption.SourceDraft("NONE", "6430", ""))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.row() + " " + v.field() + " " + v.code())
                                .containsExactly(
                                        "1 accounts ledgeruse.source.accounts",
                                        "2 object ledgeruse.source.object",
                                        "3 accounts ledgeruse.source.objectAlone",
                                        "4 serviceCode catalogue.service.unknown"));
        assertThat(consumption.sources(GROUP))
                .extracting(LedgerSource::toString)
                .containsExactly("6430 22=LIC", "6430 22=PC", "6430 22=TEL");
    }

    @Test
    void thePageLeadsFromEveryFigureAndProblemToItsVoucherRows() {
        Http viewer = Http.signedIn(port, users.viewer());
        String page = viewer.get("/0501/catalogue/ledger?year=2022").body();

        assertThat(page)
                .contains("Förbrukning från internfaktureringen 2022")
                .contains("5,098")
                .contains("-0,098")
                .contains("Objektet hör inte till någon enhet")
                .contains("Kreditrad")
                .doesNotContain("Spara som förbrukning</button>");
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(/0501/import/ledger/\\d+/rows\\?[^\"]+)\"")
                .matcher(page);
        while (m.find()) {
            links.add(m.group(1).replace("&amp;", "&"));
        }
        String february = links.stream()
                .filter(l -> decoded(l).contains("object=22=PC")
                        && decoded(l).contains("object=1=20")
                        && l.contains("month=2022-02"))
                .findFirst()
                .orElseThrow();
        String rows = viewer.get(february).body();
        assertThat(rows).contains("2 rader, summa 5\u00A0100,00 kr.");
        String credit = links.stream()
                .filter(l -> decoded(l).contains("object=1=30") && l.contains("month=2022-02"))
                .findFirst()
                .orElseThrow();
        assertThat(viewer.get(credit).body()).contains("1 rader, summa").contains("510,00 kr.");
        assertThat(links)
                .hasSize(preview().figures().stream()
                                .mapToInt(f -> f.groups().size())
                                .sum()
                        + preview().problems().size());

        Http analyst = Http.signedIn(port, users.analyst());
        HttpResponse<String> refused = analyst.submit(
                "/0501/catalogue/ledger?year=2022",
                "/0501/catalogue/ledger",
                Map.of("year", "2022", "fingerprint", preview().fingerprint()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"acceptProblems-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("5 grupper av rader kan inte bli förbrukning");
        HttpResponse<String> done = analyst.submit(
                "/0501/catalogue/ledger?year=2022",
                "/0501/catalogue/ledger",
                Map.of("year", "2022", "fingerprint", preview().fingerprint(), "acceptProblems", "true"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(analyst.get(done.headers().firstValue("Location").orElseThrow())
                        .body())
                .contains("Förbrukningen 2022 sparades från bokföringen: 3 tjänster, 6 siffror.");
    }

    @Test
    void theSourcesFormShowsEachErrorNextToItsField() {
        Http analyst = Http.signedIn(port, users.analyst());
        String form = analyst.get("/0501/catalogue/ledger/sources").body();
        assertThat(form).contains("value=\"22=PC\"");
        HttpResponse<String> page = analyst.rawForm(
                "/0501/catalogue/ledger/sources",
                "_csrf=" + analyst.csrfOf(form) + "&service=LIC&accounts=&object=&service=OTHER&accounts=&object="
                        + "&service=PC&accounts=64x&object=&service=TEL&accounts=6430&object=22%3DTEL");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .contains("id=\"e-3-accounts\"")
                .contains("”64x” är inga konton")
                .contains("href=\"#src-3-accounts\"");
        assertThat(consumption.sources(GROUP)).hasSize(3);
    }

    @Test
    void theApiPreviewsAndSavesWithProblemDetailsOnBadInput() {
        JsonMapper json = JsonMapper.builder().build();
        HttpResponse<String> got = Http.basic(port, users.viewer()).get("/api/0501/catalogue/ledger-use/2022");
        assertThat(got.statusCode()).isEqualTo(200);
        JsonNode preview = json.readTree(got.body());
        JsonNode first = preview.get("figures").get(0);
        assertThat(first.get("serviceCode").asString()).isEqualTo("PC");
        assertThat(first.get("quantity").asLong()).isEqualTo(10);
        assertThat(first.get("basis").asString()).isEqualTo("AMOUNT");
        assertThat(first.get("voucherRows").get(0).get("objects").asString()).isEqualTo("1=20|22=PC");
        assertThat(preview.get("problems")).hasSize(5);
        assertThat(preview.get("problems").get(1).get("unitCode").isNull()).isTrue();

        assertThat(Http.basic(port, users.viewer())
                        .json("POST", "/api/0501/catalogue/ledger-use/2022", "{\"acceptProblems\":true}")
                        .statusCode())
                .isEqualTo(403);
        Http analyst = Http.basic(port, users.analyst());
        HttpResponse<String> refused = analyst.json("POST", "/api/0501/catalogue/ledger-use/2022", "{}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json.readTree(refused.body())
                        .get("violations")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("acceptProblems");
        HttpResponse<String> badSources = analyst.json(
                "PUT",
                "/api/0501/catalogue/ledger-sources",
                "[{\"serviceCode\":\"PC\",\"accounts\":\"6430\",\"object\":\"22=PC\"},"
                        + "{\"serviceCode\":\"TEL\",\"accounts\":\"x\",\"object\":null}]");
        assertThat(badSources.statusCode()).isEqualTo(422);
        JsonNode violation = json.readTree(badSources.body()).get("violations").get(0);
        assertThat(violation.get("row").asInt()).isEqualTo(2);
        assertThat(violation.get("field").asString()).isEqualTo("accounts");

        HttpResponse<String> saved = analyst.json(
                "POST",
                "/api/0501/catalogue/ledger-use/2022",
                "{\"acceptProblems\":true,\"fingerprint\":\""
                        + preview.get("fingerprint").asString() + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode services = json.readTree(saved.body()).get("services");
        List<String> codes = new ArrayList<>();
        services.forEach(n -> codes.add(n.get("serviceCode").asString()));
        assertThat(codes).containsExactly("LIC", "PC", "TEL");
        assertThat(services.get(1).get("quantityAfter").asLong()).isEqualTo(27);
        assertThat(Http.basic(port, users.viewer())
                        .get("/api/0501/catalogue/ledger-sources")
                        .body())
                .contains("\"object\":\"22=PC\"");
    }

    @Test
    void theDemoGroupsInternalInvoicingGivesBackTheConsumptionItWasInvoicedFor() {
        for (int year = 2019; year <= 2021; year++) {
            LedgerUsePreview demo = consumption.preview(se.styrbord.demo.DemoGroup.CODE, year);

            assertThat(demo.problems()).as("problems %d", year).isEmpty();
            assertThat(demo.figures()).as("figures %d", year).isNotEmpty().allSatisfy(f -> {
                assertThat(f.saved()).isEqualTo(f.quantity());
                assertThat(f.roundingDifference().abs()).isLessThan(new BigDecimal("0.0001"));
            });
            assertThat(demo.services()).allSatisfy(s -> assertThat(s.removed()).isZero());
        }
        LedgerUsePreview y2021 = consumption.preview(se.styrbord.demo.DemoGroup.CODE, 2021);
        assertThat(y2021.figures())
                .extracting(f -> f.serviceCode() + " " + f.basis())
                .contains("ELEV AMOUNT", "RPA QUANTITY");
    }

    private LedgerUsePreview preview() {
        return consumption.preview(GROUP, 2022);
    }

    private static String describe(LedgerUsePreview.UseFigure f) {
        return f.serviceCode() + " " + f.unitCode() + " " + f.month() + " " + f.basis() + " "
                + f.exact().setScale(4, java.math.RoundingMode.UNNECESSARY) + " " + f.quantity() + " rows " + f.rows()
                + " saved " + f.saved();
    }

    private static String decoded(String link) {
        return URLDecoder.decode(link, StandardCharsets.UTF_8);
    }

    private static MonthlyUse use(String service, String unit, int year, int month, long quantity) {
        return new MonthlyUse(service, unit, YearMonth.of(year, month), quantity);
    }

    private static ServiceLine line(String code, int year, String selfCost, @Nullable String setPrice) {
        return new ServiceLine(
                1,
                new ItService(code, "Tjänst " + code, "Teamet", "st", LocalDate.of(2019, 1, 1), null),
                new ServicePrice(
                        code,
                        year,
                        Money.of(selfCost),
                        new BigDecimal("0.02"),
                        setPrice == null ? null : Money.of(setPrice)));
    }

    private void unit(String code, UnitType type, String org, @Nullable LocalDate validTo) {
        organisation.createUnit(
                GROUP, new UnitDraft(code, "Enhet " + code, type, org, null, LocalDate.of(2019, 1, 1), validTo));
    }

    private void importSie(String name, String org, String vouchers) throws IOException {
        String sie = "#FLAGGA 0\n#PROGRAM \"test\" 1\n#FORMAT PC8\n#GEN 20230101\n#SIETYP 4\n#FNAMN \"" + name
                + "\"\n#ORGNR " + org + "\n#RAR 0 20220101 20221231\n" + vouchers;
        Path file = dir.resolve(name);
        Files.write(file, sie.getBytes(Charset.forName("IBM437")));
        ImportOutcome outcome = ledgers.importFile(GROUP, file, name, null, b -> {});
        assertThat(outcome.kind()).as(outcome.describe()).isEqualTo(ImportOutcome.Kind.IMPORTED);
    }
}
