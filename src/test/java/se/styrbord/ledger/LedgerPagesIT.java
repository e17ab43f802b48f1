package se.styrbord.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

/** The import as a person uses it: upload, progress, what was found, the voucher rows; and the API. */
@IntegrationTest
class LedgerPagesIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0401");
    static final Path PUBLIC = Path.of(System.getProperty("styrbord.shared", "../shared"), "data", "sie", "public");

    @LocalServerPort
    int port;

    @Autowired
    Organisation organisation;

    @Autowired
    TestUsers users;

    @BeforeEach
    void group() {
        if (organisation.findGroup(GROUP).isEmpty()) {
            organisation.createGroup(GROUP, "Uppladdningskoncernen");
        }
    }

    @Test
    void anUploadIsReadInTheBackgroundAndItsRowsCanBeBrowsed() throws Exception {
        Http analyst = Http.signedIn(port, users.analyst());
        String csrf = analyst.csrfOf(analyst.get("/0401/import").body());
        byte[] file = Files.readAllBytes(PUBLIC.resolve("BL0001_typ4.SE"));
        HttpResponse<String> upload = analyst.multipart("/0401/import/ledger", "files", "BL0001_typ4.SE", file, csrf);
        assertThat(upload.statusCode()).isEqualTo(302);
        String jobs = upload.headers().firstValue("Location").orElseThrow();
        assertThat(jobs).contains("/0401/import/jobs?ids=");

        String page = "";
        for (int i = 0; i < 100 && !page.contains("Klar"); i++) {
            Thread.sleep(100);
            page = analyst.get(jobs).body();
        }
        assertThat(page).contains("Klar", "value=\"100\"", "Inläst för");
        Matcher link = Pattern.compile("/0401/import/ledger/(\\d+)").matcher(page);
        assertThat(link.find()).isTrue();
        String detail = analyst.get(link.group()).body();
        assertThat(detail)
                .contains("BL0001_typ4.SE", "Alla verifikationer balanserar.")
                .contains("Rad 40: texten är ISO-8859-15 (Latin-1), inte CP437 som #FORMAT PC8 kräver");
        String rows = analyst.get(link.group() + "/rows?account=1930").body();
        assertThat(rows).contains("rader, summa", "1930");
        assertThat(analyst.get("/0401/import").body()).contains("BL0001_typ4.SE", "Gällande");
    }

    @Test
    void aRefusedFileShowsWhyInThePagesLanguage() throws Exception {
        Http analyst = Http.signedIn(port, users.analyst());
        String csrf = analyst.csrfOf(analyst.get("/0401/import").body());
        byte[] bad = Files.readAllBytes(PUBLIC.resolve("transaktioner_ovnbolag-bad-balance.se"));
        HttpResponse<String> upload = analyst.multipart("/0401/import/ledger", "files", "obalans.se", bad, csrf);
        String jobs = upload.headers().firstValue("Location").orElseThrow();

        String page = "";
        for (int i = 0; i < 100 && !page.contains("Klar"); i++) {
            Thread.sleep(100);
            page = analyst.get(jobs).body();
        }

        assertThat(page)
                .contains("Filen lästes inte in. Ingenting sparades:")
                .contains("Rad 3905: verifikation B 1 balanserar inte: raderna summerar till -12\u00A0771,00 kr")
                .doesNotContain("does not balance");
        assertThat(analyst.get(jobs + "&lang=en").body())
                .contains("Line 3905: voucher B 1 does not balance: its rows sum to -12\u00A0771,00");
    }

    @Test
    void theApiImportsAFileAndRefusesABadOneWithTheLine() throws IOException {
        Http analyst = Http.basic(port, users.analyst());
        byte[] good = Files.readAllBytes(PUBLIC.resolve("Sie3.se"));
        HttpResponse<String> created = analyst.multipart("/api/0401/ledger/imports", "file", "Sie3.se", good, "");
        assertThat(created.statusCode()).isIn(200, 201);
        assertThat(created.body()).contains("\"kind\":\"");
        HttpResponse<String> again = analyst.multipart("/api/0401/ledger/imports", "file", "Sie3.se", good, "");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"kind\":\"UNCHANGED\"");

        byte[] bad = Files.readAllBytes(PUBLIC.resolve("transaktioner_ovnbolag-bad-balance.se"));
        HttpResponse<String> refused = analyst.multipart("/api/0401/ledger/imports", "file", "bad.se", bad, "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"kind\":\"REFUSED\"", "does not balance", "\"line\":3905");

        HttpResponse<String> list = Http.basic(port, users.viewer()).get("/api/0401/ledger/imports");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Sie3.se").doesNotContain("bad.se");
    }
}
