package se.styrbord.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

/** The organisation pages as a person uses them: forms, the facts table, files in and out. */
@IntegrationTest
class OrganisationPagesIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0201");

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    TestUsers users;

    Http analyst;

    @BeforeEach
    void setUp() {
        if (organisation.findGroup(GROUP).isEmpty()) {
            organisation.createGroup(GROUP, "Sidkoncernen");
            organisation.addEntity(
                    GROUP, new LegalEntity(OrgNumber.parse("212000-9994"), "Sidkommun", EntityKind.MUNICIPALITY));
            for (String code : new String[] {"A", "B"}) {
                organisation.createUnit(
                        GROUP,
                        new UnitDraft(
                                code,
                                "Enhet " + code,
                                UnitType.DEPARTMENT,
                                "212000-9994",
                                null,
                                LocalDate.of(2019, 1, 1),
                                null));
            }
        }
        analyst = Http.signedIn(port, users.analyst());
    }

    @Test
    void aUnitFormShowsEachErrorNextToItsFieldAndSavesNothing() {
        HttpResponse<String> response = analyst.submit(
                "/0201/organisation/units/new",
                "/0201/organisation/units",
                Map.of(
                        "code",
                        "C",
                        "name",
                        "",
                        "type",
                        "DEPARTMENT",
                        "orgNumber",
                        "212000-9994",
                        "validFrom",
                        "2020-01-01",
                        "validTo",
                        "2019-01-01"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains(
                        "id=\"name-error\"",
                        "Ange ett namn",
                        "id=\"validTo-error\"",
                        "Slutdatum kan inte vara före startdatum")
                .contains("aria-invalid=\"true\"");
        assertThat(organisation.findUnit(GROUP, "C")).isEmpty();

        HttpResponse<String> saved = analyst.submit(
                "/0201/organisation/units/new",
                "/0201/organisation/units",
                Map.of(
                        "code",
                        "C",
                        "name",
                        "Enhet C",
                        "type",
                        "DEPARTMENT",
                        "orgNumber",
                        "212000-9994",
                        "parentCode",
                        "A",
                        "validFrom",
                        "2020-01-01"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(organisation.getUnit(GROUP, "C").parentCode()).isEqualTo("A");
    }

    @Test
    void aUnitIsDeactivatedAndKeepsItsHistory() {
        organisation.createUnit(
                GROUP,
                new UnitDraft(
                        "OLD", "Gammal", UnitType.DEPARTMENT, "212000-9994", null, LocalDate.of(2019, 1, 1), null));
        analyst.submit(
                "/0201/organisation/units/OLD",
                "/0201/organisation/units/OLD/deactivate",
                Map.of("lastDay", "2020-12-31"));
        assertThat(organisation.getUnit(GROUP, "OLD").validTo()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(analyst.get("/0201/organisation").body()).doesNotContain("Gammal");
        assertThat(analyst.get("/0201/organisation?all=true").body()).contains("Gammal");
        assertThat(analyst.get("/0201/organisation/facts?year=2021").body()).doesNotContain("Gammal");
    }

    @Test
    void theFactsTableIsSavedWholeOrNotAtAll() {
        Map<String, String> form = new LinkedHashMap<>();
        HttpResponse<String> bad = postGrid(2020, "1 000,50", "10", "9,5", "abc", "5", "-1");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Ingenting sparades", "”abc” är inget tal", "Värdet kan inte vara negativt");
        assertThat(organisation.facts(GROUP, 2020)).isEmpty();

        HttpResponse<String> good = postGrid(2020, "1 000,50", "10", "9,5", "", "5", "");
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(organisation.facts(GROUP, 2020))
                .containsExactly(
                        new YearlyFacts("A", 2020, Money.of("1000.50"), 10, new java.math.BigDecimal("9.5")),
                        new YearlyFacts("B", 2020, null, 5, null));
        assertThat(analyst.get("/0201/organisation/units/B").body()).contains("saknas");
        assertThat(form).isEmpty();
    }

    @Test
    void anHtmxRequestGetsTheTableFragmentOnly() {
        HttpResponse<String> page = analyst.get("/0201/organisation/facts?year=2020");
        assertThat(page.body()).contains("<html", "id=\"grid\"");
    }

    @Test
    void factsGoOutAndComeBackAsFiles() throws IOException {
        organisation.saveFacts(GROUP, java.util.List.of(new YearlyFacts("A", 2019, Money.of("123.45"), 3, null)));
        HttpResponse<byte[]> xlsx = analyst.getBytes("/0201/organisation/facts/export?year=2019&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("arsfakta-0201-2019.xlsx"));
        assertThat(FactsFile.read(new ByteArrayInputStream(xlsx.body()), FactsFile.Format.XLSX))
                .contains(new YearlyFacts("A", 2019, Money.of("123.45"), 3, null));

        HttpResponse<byte[]> template =
                analyst.getBytes("/0201/organisation/facts/export?year=2022&format=csv&template=true");
        String csv = new String(template.body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("enhet;namn;år;omslutning;medarbetare;årsarbetare", "A;Enhet A;2022;;;");

        String csrf =
                analyst.csrfOf(analyst.get("/0201/organisation/facts?year=2022").body());
        String filled = csv.replace("A;Enhet A;2022;;;", "A;Enhet A;2022;500,25;4;3,5");
        HttpResponse<String> imported = analyst.multipart(
                "/0201/organisation/facts/import?year=2022",
                "file",
                "arsfakta.csv",
                filled.getBytes(StandardCharsets.UTF_8),
                csrf);
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(analyst.get(imported.headers().firstValue("Location").orElseThrow())
                        .body())
                .contains("Filen arsfakta.csv lästes in. En rad ändrades.");
        assertThat(organisation.facts(GROUP, 2022))
                .containsExactly(new YearlyFacts("A", 2022, Money.of("500.25"), 4, new java.math.BigDecimal("3.5")));

        String broken = filled.replace("500,25", "femhundra").replace("B;Enhet B;2022;;;", "ZZ;Okänd;2022;1;1;1");
        analyst.multipart(
                "/0201/organisation/facts/import?year=2022",
                "file",
                "trasig.csv",
                broken.getBytes(StandardCharsets.UTF_8),
                csrf);
        String page = analyst.get("/0201/organisation/facts?year=2022").body();
        assertThat(page).contains("Filen trasig.csv lästes inte in", "Rad 2: ”femhundra” är inget tal");
        assertThat(organisation.facts(GROUP, 2022))
                .extracting(YearlyFacts::turnover)
                .containsExactly(Money.of("500.25"));
    }

    @Test
    void pagesAreInSwedishAndSwitchToEnglish() {
        assertThat(analyst.get("/0201/organisation").body()).contains("lang=\"sv\"", "Enheter");
        assertThat(analyst.get("/0201/organisation?lang=en").body()).contains("lang=\"en\"", "Units");
        assertThat(analyst.get("/0201/organisation").body()).contains("lang=\"en\"");
        analyst.get("/0201/organisation?lang=sv");
    }

    private HttpResponse<String> postGrid(int year, String... cells) {
        String page = analyst.get("/0201/organisation/facts?year=" + year).body();
        String body = "_csrf=" + analyst.csrfOf(page)
                + "&unit=A&turnover=" + enc(cells[0]) + "&employees=" + enc(cells[1]) + "&fte=" + enc(cells[2])
                + "&unit=B&turnover=" + enc(cells[3]) + "&employees=" + enc(cells[4]) + "&fte=" + enc(cells[5]);
        return analyst.rawForm("/0201/organisation/facts?year=" + year, body);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
