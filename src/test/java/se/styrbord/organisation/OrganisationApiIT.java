package se.styrbord.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.audit.AuditQuery;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class OrganisationApiIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0101");

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    TestUsers users;

    @Autowired
    AuditQuery audit;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void group() {
        if (organisation.findGroup(GROUP).isEmpty()) {
            organisation.createGroup(GROUP, "Provkoncernen");
            organisation.addEntity(
                    GROUP, new LegalEntity(OrgNumber.parse("212000-9994"), "Provkommun", EntityKind.MUNICIPALITY));
            organisation.createUnit(
                    GROUP,
                    new UnitDraft(
                            "KS",
                            "Kommunstyrelsen",
                            UnitType.CENTRAL_FUNCTION,
                            "212000-9994",
                            null,
                            LocalDate.of(2019, 1, 1),
                            null));
        }
    }

    @Test
    void createsAUnitAndRecordsWhoDidItWithBeforeAndAfter() {
        Http analyst = Http.basic(port, users.analyst());
        HttpResponse<String> created = analyst.json("POST", "/api/0101/organisation/units", """
                {"code":"BUF","name":"Barn och utbildning","type":"DEPARTMENT","orgNumber":"2120009994",
                 "parentCode":"KS","validFrom":"2020-01-01"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/0101/organisation/units/BUF");
        assertThat(read(created).get("orgNumber").asString()).isEqualTo("212000-9994");

        HttpResponse<String> renamed = analyst.json("PUT", "/api/0101/organisation/units/BUF", """
                {"name":"Utbildning","type":"DEPARTMENT","orgNumber":"212000-9994","parentCode":"KS","validFrom":"2020-01-01"}""");
        assertThat(renamed.statusCode()).isEqualTo(200);

        List<AuditQuery.Entry> trail =
                audit.find(new AuditQuery.Filter("0101", "test-analyst", "unit", null, null), 10);
        assertThat(trail).extracting(AuditQuery.Entry::action).containsExactly("UPDATE", "CREATE");
        assertThat(trail.getFirst().before()).contains("\"name\":\"Barn och utbildning\"");
        assertThat(trail.getFirst().after()).contains("\"name\":\"Utbildning\"");
        assertThat(trail.getLast().before()).isNull();
    }

    @Test
    void answersInvalidInputWithProblemDetailsNamingEachField() {
        HttpResponse<String> response =
                Http.basic(port, users.analyst()).json("POST", "/api/0101/organisation/units", """
                {"code":"X Y","name":"","type":"DEPARTMENT","orgNumber":"123","validFrom":"2020-01-01","validTo":"2019-01-01"}""");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(response);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("violations")
                        .valueStream()
                        .map(v -> v.get("field").asString()))
                .containsExactly("code", "name", "orgNumber", "validTo");
        assertThat(problem.get("violations").get(0).get("message").asString()).contains("1–40 tecken");
        assertThat(organisation.findUnit(GROUP, "X Y")).isEmpty();
    }

    @Test
    void savesFactsAllOrNothingAndKeepsMissingFiguresMissing() {
        Http analyst = Http.basic(port, users.analyst());
        HttpResponse<String> bad = analyst.json("PUT", "/api/0101/organisation/facts/2021", """
                [{"unitCode":"KS","turnover":1000.50,"employees":10,"fte":9.5},
                 {"unitCode":"NOPE","turnover":1,"employees":1,"fte":1}]""");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(read(bad).get("violations").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(organisation.facts(GROUP, 2021)).isEmpty();

        HttpResponse<String> good = analyst.json("PUT", "/api/0101/organisation/facts/2021", """
                [{"unitCode":"KS","turnover":1000.50,"employees":null,"fte":9.5}]""");
        assertThat(good.statusCode()).isEqualTo(200);
        JsonNode row = read(good).get(0);
        assertThat(row.get("turnover").decimalValue()).isEqualByComparingTo("1000.50");
        assertThat(row.get("employees").isNull()).isTrue();
    }

    @Test
    void readsOnlyTheGroupInThePath() {
        Http viewer = Http.basic(port, users.viewer());
        assertThat(viewer.get("/api/0101/organisation/units/KS").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/9999/organisation/units/KS").statusCode()).isEqualTo(404);
        assertThat(viewer.get("/api/0102/organisation").statusCode()).isEqualTo(404);
        assertThat(viewer.get("/api/abc/organisation").statusCode()).isEqualTo(400);
    }

    @Test
    void theDemoGroupIsLoadedOnFirstStart() {
        JsonNode units = read(Http.basic(port, users.viewer()).get("/api/9999/organisation/units?activeOn=2021-06-30"));
        assertThat(units.valueStream().map(u -> u.get("code").asString()))
                .contains("SCIT", "DIGI", "BOU", "ENERGI")
                .doesNotContain("LMK");
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
