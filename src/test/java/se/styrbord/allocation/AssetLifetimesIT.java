package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.audit.AuditQuery;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.MonthlyUse;
import se.styrbord.catalogue.ServiceLine;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.UseLine;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.Groups;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A group's own economic lifetimes, set on the page and through the API and shown beside the
 * markup's renewal period: one service at 1 000 kr + 2 %, used by A1 in 2021, renews everything
 * every 50 years.
 */
@IntegrationTest
class AssetLifetimesIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0107");

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AssetLifetimes lifetimes;

    @Autowired
    AllocationRuns runs;

    @Autowired
    AuditQuery audit;

    @Autowired
    TestUsers users;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void group() {
        if (Groups.create(organisation, GROUP, "A1")) {
            ItService pc = new ItService("PC", "Arbetsplats", "Teamet", "dator", LocalDate.of(2019, 1, 1), null);
            catalogue.saveServices(
                    GROUP,
                    List.of(new ServiceLine(
                            2, pc, new ServicePrice("PC", 2021, Money.of(1000), new BigDecimal("0.02"), null))));
            catalogue.saveConsumption(
                    GROUP, "test", List.of(new UseLine(2, new MonthlyUse("PC", "A1", YearMonth.of(2021, 1), 12))));
        }
    }

    @Test
    void theApiSetsAGroupsLifetimesAllOrNothingAndTheReportShowsThem() {
        Http analyst = Http.basic(port, users.analyst());
        analyst.json("PUT", "/api/0107/allocation/lifetimes", """
                [{"assetClass":"clients","years":null},{"assetClass":"servers","years":null},
                 {"assetClass":"network","years":null},{"assetClass":"systems","years":null}]""");
        JsonNode usual = read(analyst.get("/api/0107/allocation/lifetimes"));
        assertThat(usual.valueStream()
                        .map(l -> l.get("assetClass").asString() + ":"
                                + l.get("years").asInt()))
                .containsExactly("clients:4", "servers:5", "network:8", "systems:10");

        HttpResponse<String> saved = analyst.json("PUT", "/api/0107/allocation/lifetimes", """
                [{"assetClass":"servers","years":7},{"assetClass":"systems","years":12}]""");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read(saved).get(1).get("years").asInt()).isEqualTo(7);
        assertThat(read(saved).get(1).get("usualYears").asInt()).isEqualTo(5);
        assertThat(audit.find(new AuditQuery.Filter("0107", "test-analyst", "asset-lifetimes", null, null), 10))
                .anySatisfy(e -> assertThat(e.after()).contains("\"assetClass\":\"servers\",\"years\":7"));

        HttpResponse<String> refused = analyst.json("PUT", "/api/0107/allocation/lifetimes", """
                [{"assetClass":"systems","years":null},{"assetClass":"servers","years":0},{"assetClass":"boats","years":30}]""");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(read(refused)
                        .get("violations")
                        .valueStream()
                        .map(v -> v.get("field").asString()))
                .containsExactly("lifetimes.servers", "lifetimes.boats");
        assertThat(lifetimes.of(GROUP))
                .as("nothing half-saved: systems keeps its 12 years")
                .extracting(AssetLifetime::years)
                .containsExactly(4, 7, 8, 12);

        AllocationReport report = runs.calculate(GROUP, new RunRequest(2021, RunModel.CHARGEBACK, null, null));
        assertThat(report.renewal().orElseThrow().renewalYears()).hasValue(new BigDecimal("50.0"));
        assertThat(report.lifetimes())
                .extracting(l -> l.asset().assetClass() + ":" + l.asset().years() + ":" + l.markupNeeded())
                .containsExactly("clients:4:0.2500", "servers:7:0.1429", "network:8:0.1250", "systems:12:0.0833");
        assertThat(Http.signedIn(port, users.viewer())
                        .get("/0107/allocation?year=2021&model=chargeback")
                        .body())
                .contains("7 år")
                .contains("14,3 %")
                .contains("Ändra koncernens livslängder");

        analyst.json("PUT", "/api/0107/allocation/lifetimes", """
                [{"assetClass":"systems","years":null}]""");
        assertThat(lifetimes.of(GROUP)).extracting(AssetLifetime::years).containsExactly(4, 7, 8, 10);
    }

    @Test
    void thePageShowsEachLifetimeBesideTheMarkupsRenewalPeriod() {
        Http analyst = Http.signedIn(port, users.analyst());
        String page = analyst.get("/0107/allocation/lifetimes").body();
        assertThat(page)
                .contains("Ekonomisk livslängd")
                .contains("Påslaget 2021 var 2,0 %; det räcker till att förnya allt på 50,0 år.")
                .contains("id=\"lifetime-network\" name=\"network\"");

        HttpResponse<String> refused = analyst.submit(
                "/0107/allocation/lifetimes",
                "/0107/allocation/lifetimes",
                Map.of("clients", "", "servers", "", "network", "fyra", "systems", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Nätverk: Ange ett helt antal år från 1 till 100")
                .containsPattern("id=\"lifetime-network\" name=\"network\" value=\"fyra\"[^>]*aria-invalid=\"true\""
                        + "[^>]*aria-describedby=\"e-network\"");

        HttpResponse<String> saved = analyst.submit(
                "/0107/allocation/lifetimes",
                "/0107/allocation/lifetimes",
                Map.of("clients", "", "servers", "7", "network", "60", "systems", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(lifetimes.of(GROUP)).extracting(AssetLifetime::years).containsExactly(4, 7, 60, 10);
        assertThat(analyst.get("/0107/allocation/lifetimes").body())
                .contains("Livslängderna sparades.")
                .containsPattern("<td>Nej, för långsamt</td>\\s*</tr>\\s*<tr>\\s*<th scope=\"row\" id=\"a-network\"")
                .containsPattern("id=\"a-network\">Nätverk</th>[\\s\\S]*?<td>Ja</td>");
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
