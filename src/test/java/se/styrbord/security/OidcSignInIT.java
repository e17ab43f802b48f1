package se.styrbord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oidc.LocalIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styrbord.test.TestDatabase;

/**
 * Sign-in through OpenID Connect against a real issuer started on this machine: the browser's
 * round trip of redirects, the issuer's login form, the code exchange, and the groups claim mapped
 * to Styrbord's roles.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class OidcSignInIT {

    static ConfigurableApplicationContext issuer;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        issuer = LocalIssuer.start();
        int issuerPort = ((WebServerApplicationContext) issuer).getWebServer().getPort();
        registry.add("styrbord.oidc.issuer-uri", () -> "http://localhost:" + issuerPort);
        registry.add("styrbord.oidc.client-id", () -> LocalIssuer.CLIENT_ID);
        registry.add("styrbord.oidc.client-secret", () -> LocalIssuer.CLIENT_SECRET);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void aViewerFromTheIssuerMayReadButNotChange() {
        Browser browser = signIn("vera", "vera-password");
        assertThat(browser.get(app("/9999/organisation")).statusCode()).isEqualTo(200);
        assertThat(browser.get(app("/admin/users")).statusCode()).isEqualTo(403);
        assertThat(browser.get(app("/login")).body()).contains("Logga in med organisationens konto");
    }

    @Test
    void anAdminGroupGivesTheAdminRole() {
        Browser browser = signIn("anna", "anna-password");
        assertThat(browser.get(app("/admin/users")).statusCode()).isEqualTo(200);
    }

    @Test
    void aUserInNoConfiguredGroupGetsNothing() {
        Browser browser = signIn("olle", "olle-password");
        assertThat(browser.get(app("/9999/organisation")).statusCode()).isEqualTo(403);
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Follows the redirects of an authorization-code sign-in as a browser does, filling in the issuer's form. */
    private Browser signIn(String username, String password) {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.get(app("/oauth2/authorization/oidc"));
        for (int hops = 0; hops < 12; hops++) {
            if (response.statusCode() == 302) {
                String next = URI.create(response.uri().toString())
                        .resolve(response.headers().firstValue("Location").orElseThrow())
                        .toString();
                if (next.startsWith(app("/")) && !next.contains("/login/oauth2/code/") && !next.contains("/oauth2/")) {
                    return browser;
                }
                response = browser.get(next);
            } else if (response.statusCode() == 200 && response.body().contains("name=\"password\"")) {
                Matcher csrf =
                        Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(response.body());
                assertThat(csrf.find()).isTrue();
                response = browser.post(
                        response.uri().resolve("/login").toString(),
                        "username=" + username + "&password=" + password + "&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
            } else {
                throw new AssertionError(
                        "unexpected " + response.statusCode() + " at " + response.uri() + ": " + response.body());
            }
        }
        throw new AssertionError("sign-in did not finish");
    }

    static final class Browser {
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html")
                    .GET());
        }

        HttpResponse<String> post(String url, String form) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
