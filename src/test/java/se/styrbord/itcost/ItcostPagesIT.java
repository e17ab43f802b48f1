package se.styrbord.itcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

/** The IT-cost pages through the real server, and the way from a figure down to its voucher rows. */
@IntegrationTest
class ItcostPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/9999/itcost/2021",
                "/9999/itcost/2021?lang=en",
                "/9999/itcost/2019/units/BOU",
                "/9999/itcost/2021/lines?category=EXTERNAL_IT",
                "/9999/itcost/2021/lines?category=LOCAL_IT_STAFF&unit=ENERGI",
                "/9999/itcost/2021/lines?category=SHADOW_IT&unit=BOU",
                "/9999/itcost/2021/unclassified",
                "/9999/itcost/internal",
                "/9999/itcost/rules",
                "/9999/itcost/mapping",
                "/9999/itcost/mapping/212000-9994",
                "/9999/itcost/staff?year=2021",
                "/9999/itcost/shadow?year=2021",
                "/9999/area/sparbarhet",
            })
    void everyPageAnswers(String path) {
        HttpResponse<String> page = Http.signedIn(port, users.viewer()).get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).doesNotContain("??itcost");
    }

    @Test
    void theOverviewShowsTheReportsFiguresAndTheWarningAgainstBenchmarking() {
        String body =
                Http.signedIn(port, users.viewer()).get("/9999/itcost/2021").body();
        assertThat(body).contains("Total IT-kostnad 2021", "211\u00A0500\u00A0000", "1,71 %", "2,04 ×");
        assertThat(body).contains("avråder från att jämföra (benchmarka) kommuner");
        assertThat(body).contains("data-chart=\"composition\"", "application/json");
    }

    @Test
    void aFigureLeadsThroughItsAccountsToTheVoucherRows() {
        Http http = Http.signedIn(port, users.viewer());
        String lines = http.get("/9999/itcost/2021/lines?category=LOCAL_IT_STAFF&unit=BOU")
                .body();
        Matcher link = Pattern.compile("href=\"(/9999/import/ledger/\\d+/rows\\?account=5010[^\"]*21%3DITPED[^\"]*)\"")
                .matcher(lines);
        assertThat(link.find())
                .as("a link to the voucher rows of the IT pedagogues' salaries")
                .isTrue();
        String rows = http.get(link.group(1).replace("&amp;", "&")).body();
        assertThat(rows).contains("Verifikationsrader", "12 rader", "21=ITPED");
    }

    @Test
    void theRuleEditorShowsWhatAChangeMovesAndRefusesABadRowWithoutSaving() {
        Http http = Http.signedIn(port, users.analyst());
        String rules = http.get("/9999/itcost/rules").body();
        Matcher version = Pattern.compile("href=\"/9999/itcost/rules/(\\d+)\"").matcher(rules);
        assertThat(version.find()).isTrue();
        String path = "/9999/itcost/rules/" + version.group(1);
        String csrf = http.csrfOf(http.get(path).body());
        HttpResponse<String> preview = http.rawForm(
                path,
                "_csrf=" + csrf + "&action=preview&ruleId=&accounts=6490&object=&unit=&category=EXTERNAL_IT&note=test");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Så här flyttar ändringen", "Spara reglerna");
        HttpResponse<String> bad = http.rawForm(
                path, "_csrf=" + csrf + "&action=save&ruleId=&accounts=64x&object=&unit=&category=EXTERNAL_IT&note=");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Inget sparades", "Rad 1, Konton:");
    }

    @Test
    void theReportIsServedAsJsonUnderTheMunicipalitysPathAndAsFilesFromThePage() {
        HttpResponse<String> json = Http.basic(port, users.viewer()).get("/api/9999/itcost/2021");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body())
                .contains(
                        "\"municipality\":\"9999\"",
                        "\"year\":2021",
                        "\"total\":211500000.00",
                        "\"internalEliminated\":104744713.96",
                        "\"code\":\"BOU\"",
                        "\"entity\":\"212000-9994\"");
        assertThat(Http.basic(port, users.viewer()).get("/api/0001/itcost/2021").statusCode())
                .isEqualTo(404);
        Http page = Http.signedIn(port, users.viewer());
        HttpResponse<byte[]> pdf = page.getBytes("/9999/itcost/2021/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(page.get("/9999/itcost/2021/report.json").body()).contains("\"total\":211500000.00");
        HttpResponse<byte[]> xlsx = page.getBytes("/9999/itcost/2021/report.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("total-it-kostnad-9999-2021.xlsx");
    }
}
