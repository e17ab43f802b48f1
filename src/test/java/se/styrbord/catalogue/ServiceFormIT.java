package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.audit.AuditQuery;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.Groups;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

/**
 * A service and its prices changed on the service's page through the real server: the import's
 * rules, errors next to their fields, nothing half-saved, an audit entry for each change. PC is
 * offered from 2019 with prices for 2020 and 2021 and use from January to June 2021; each test
 * changes its own service.
 */
@IntegrationTest
class ServiceFormIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0106");

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AuditQuery audit;

    @Autowired
    TestUsers users;

    Http analyst;

    @BeforeEach
    void catalogue() {
        if (Groups.create(organisation, GROUP, "BOU")) {
            List<ServiceLine> lines = new ArrayList<>();
            List<UseLine> uses = new ArrayList<>();
            for (String code : new String[] {"PC", "PC2", "PC3", "PC4"}) {
                ItService service =
                        new ItService(code, "Arbetsplats", "Teamet", "dator", LocalDate.of(2019, 1, 1), null);
                for (int year : new int[] {2020, 2021}) {
                    lines.add(new ServiceLine(
                            lines.size() + 2,
                            service,
                            new ServicePrice(code, year, Money.of(1200), new BigDecimal("0.02"), null)));
                }
                for (int month = 1; month <= 6; month++) {
                    uses.add(new UseLine(
                            uses.size() + 2, new MonthlyUse(code, "BOU", YearMonth.of(2021, month), 10 + month)));
                }
            }
            catalogue.saveServices(GROUP, lines);
            catalogue.saveConsumption(GROUP, "test", uses);
        }
        analyst = Http.signedIn(port, users.analyst());
    }

    @Test
    void aServiceIsChangedOnItsPageWithAnAuditEntry() {
        String page = analyst.get("/0106/catalogue/services/PC").body();
        assertThat(page)
                .contains("Ändra tjänsten")
                .contains("id=\"name\" name=\"name\" value=\"Arbetsplats\"")
                .contains("id=\"addedOn\" name=\"addedOn\" type=\"date\" value=\"2019-01-01\"");

        HttpResponse<String> saved = analyst.submit(
                "/0106/catalogue/services/PC",
                "/0106/catalogue/services/PC",
                service("Arbetsplats med skärm", "Nya teamet", "dator", "2019-01-01", "2021-12-31"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(analyst.get("/0106/catalogue/services/PC").body())
                .contains("Tjänsten sparades.")
                .contains("<h1>Arbetsplats med skärm</h1>");
        assertThat(catalogue.getService(GROUP, "PC"))
                .isEqualTo(new ItService(
                        "PC",
                        "Arbetsplats med skärm",
                        "Nya teamet",
                        "dator",
                        LocalDate.of(2019, 1, 1),
                        LocalDate.of(2021, 12, 31)));
        assertThat(audit.find(new AuditQuery.Filter("0106", "test-analyst", "service", null, null), 10))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("UPDATE");
                    assertThat(e.subjectKey()).isEqualTo("PC");
                    assertThat(e.before()).contains("\"name\":\"Arbetsplats\"");
                    assertThat(e.after()).contains("\"retiredOn\":\"2021-12-31\"");
                });
    }

    @Test
    void theServiceFormRefusesWhatTheImportRefusesAndSavesNothing() {
        HttpResponse<String> refused = analyst.submit(
                "/0106/catalogue/services/PC2",
                "/0106/catalogue/services/PC2",
                service("", "x".repeat(201), "dator", "2019-01-01", "2018-12-31"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Ingenting sparades. Rätta följande:")
                .contains("href=\"#name\"")
                .containsPattern("id=\"name\" name=\"name\" value=\"\"[^>]*aria-invalid=\"true\""
                        + "[^>]*aria-describedby=\"name-error\"")
                .contains("<span id=\"name-error\" class=\"field-error\">Värdet saknas.</span>");
        HttpResponse<String> dates = analyst.submit(
                "/0106/catalogue/services/PC2",
                "/0106/catalogue/services/PC2",
                service("Arbetsplats", "Teamet", "dator", "2019-01-01", "2018-12-31"));
        assertThat(dates.body())
                .contains("<span id=\"retiredOn-error\" class=\"field-error\">Tjänsten kan inte tas bort före den"
                        + " lades till.</span>");
        HttpResponse<String> longOwner = analyst.submit(
                "/0106/catalogue/services/PC2",
                "/0106/catalogue/services/PC2",
                service("Arbetsplats", "x".repeat(201), "dator", "2019-01-01", ""));
        assertThat(longOwner.body())
                .contains("<span id=\"owner-error\" class=\"field-error\">Namn och ägare får ha högst 200 tecken,"
                        + " måttenheten högst 60.</span>");

        HttpResponse<String> outside = analyst.submit(
                "/0106/catalogue/services/PC2",
                "/0106/catalogue/services/PC2",
                service("Arbetsplats", "Teamet", "dator", "2021-02-01", "2021-03-31"));
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body())
                .contains("<span id=\"addedOn-error\" class=\"field-error\">Tjänsten har ett pris för 2020, ett år"
                        + " utanför datumen.</span>")
                .contains("<span id=\"retiredOn-error\" class=\"field-error\">Tjänsten har förbrukning 2021-06, en"
                        + " månad utanför datumen.</span>");

        assertThat(catalogue.getService(GROUP, "PC2"))
                .isEqualTo(new ItService("PC2", "Arbetsplats", "Teamet", "dator", LocalDate.of(2019, 1, 1), null));
        assertThat(audit.find(new AuditQuery.Filter("0106", "test-analyst", "service", null, null), 10))
                .noneMatch(e -> e.subjectKey().equals("PC2"));
    }

    @Test
    void aPriceIsSetForAYearDerivedFromSelfCostAndMarkupOrDecided() {
        HttpResponse<String> created = analyst.submit(
                "/0106/catalogue/services/PC3",
                "/0106/catalogue/services/PC3/prices",
                Map.of("year", "2022", "selfCost", "1 250,50", "markup", "2,5", "setPrice", ""));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/PC3?priceYear=2022");
        ServicePrice price = catalogue.pricesOf(GROUP, "PC3").getLast();
        assertThat(price.year()).isEqualTo(2022);
        assertThat(price.price()).as("1 250,50 × 1,025, to the öre").isEqualTo(Money.of("1281.76"));
        assertThat(analyst.get("/0106/catalogue/services/PC3?priceYear=2022").body())
                .contains("Priset för 2022 sparades.")
                .contains("1\u00A0281,76")
                .contains("id=\"selfCost\" name=\"selfCost\" value=\"1250,5\"");

        analyst.submit(
                "/0106/catalogue/services/PC3",
                "/0106/catalogue/services/PC3/prices",
                Map.of("year", "2022", "selfCost", "1250,50", "markup", "2.5 %", "setPrice", "1300"));
        assertThat(catalogue.pricesOf(GROUP, "PC3").getLast().price()).isEqualTo(Money.of(1300));
        assertThat(audit.find(new AuditQuery.Filter("0106", "test-analyst", "price", null, null), 10))
                .filteredOn(e -> e.subjectKey().equals("PC3/2022"))
                .extracting(AuditQuery.Entry::action)
                .containsExactly("UPDATE", "CREATE");
    }

    @Test
    void thePriceFormRefusesWhatTheImportRefusesAndSavesNothing() {
        HttpResponse<String> refused = analyst.submit(
                "/0106/catalogue/services/PC4",
                "/0106/catalogue/services/PC4/prices",
                Map.of("year", "2021", "selfCost", "-5", "markup", "150", "setPrice", "12,345"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("<span id=\"selfCost-error\" class=\"field-error\">”-5” är negativt.</span>")
                .contains("<span id=\"markup-error\" class=\"field-error\">”150” är ingen procentsats mellan 0 och"
                        + " 100 med högst två decimaler.</span>")
                .contains("<span id=\"setPrice-error\" class=\"field-error\">”12,345” har fler än två"
                        + " decimaler.</span>")
                .containsPattern("id=\"markup\" name=\"markup\" value=\"150\"[^>]*aria-invalid=\"true\""
                        + "[^>]*aria-describedby=\"markup-error markup-hint\"");
        HttpResponse<String> early = analyst.submit(
                "/0106/catalogue/services/PC4",
                "/0106/catalogue/services/PC4/prices",
                Map.of("year", "2018", "selfCost", "100", "markup", "2", "setPrice", ""));
        assertThat(early.body())
                .contains("<span id=\"year-error\" class=\"field-error\">Tjänsten PC4 fanns inte 2018.</span>");
        assertThat(catalogue.pricesOf(GROUP, "PC4"))
                .extracting(ServicePrice::year, ServicePrice::selfCost)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2020, Money.of(1200)),
                        org.assertj.core.groups.Tuple.tuple(2021, Money.of(1200)));
    }

    @Test
    void aViewerSeesTheServiceButNoForm() {
        Http viewer = Http.signedIn(port, users.viewer());
        String page = viewer.get("/0106/catalogue/services/PC").body();
        assertThat(page).doesNotContain("Spara tjänsten").doesNotContain("Spara priset");
        assertThat(viewer.postForm(
                                "/0106/catalogue/services/PC", Map.of("_csrf", viewer.csrfOf(page), "name", "Stulen"))
                        .statusCode())
                .isEqualTo(403);
    }

    private static Map<String, String> service(
            String name, String owner, String unitOfMeasure, String addedOn, String retiredOn) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("owner", owner);
        fields.put("unitOfMeasure", unitOfMeasure);
        fields.put("addedOn", addedOn);
        fields.put("retiredOn", retiredOn);
        return fields;
    }
}
