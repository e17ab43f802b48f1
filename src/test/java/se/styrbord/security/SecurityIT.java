package se.styrbord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

@IntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/9999", "/9999/organisation", "/admin/users", "/admin/audit", "/api-docs"})
    void anonymousVisitorsAreSentToTheLoginPage(String path) {
        HttpResponse<String> response = Http.anonymous(port).get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theApiRefusesAnonymousCallsAndWrongPasswords() {
        assertThat(Http.anonymous(port).get("/api/9999/organisation").statusCode())
                .isEqualTo(401);
        var wrong = new TestUsers.Credentials("admin", "not-the-password");
        assertThat(Http.basic(port, wrong).get("/api/9999/organisation").statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login",
                "/css/styrbord.css",
                "/js/styrbord.js",
                "/actuator/health",
                "/webjars/htmx.org/dist/htmx.min.js"
            })
    void theLoginPageStaticAssetsAndHealthAreOpen(String path) {
        assertThat(Http.anonymous(port).get(path).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
        "viewer, GET, /api/9999/organisation/units, 200",
        "viewer, POST, /api/9999/organisation/units, 403",
        "viewer, PUT, /api/9999/organisation/facts/2021, 403",
        "analyst, GET, /api/9999/organisation/units, 200",
        "analyst, PUT, /api/9999/organisation/facts/2035, 200",
        "admin, PUT, /api/9999/organisation/facts/2035, 200",
    })
    void eachRoleMayDoWhatItShouldOverHttpBasic(String role, String method, String path, int status) {
        Http http = Http.basic(port, user(role));
        HttpResponse<String> response = method.equals("GET") ? http.get(path) : http.json(method, path, "[]");
        assertThat(response.statusCode()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "viewer, /9999/organisation, 200",
        "viewer, /admin/users, 403",
        "analyst, /admin/audit, 403",
        "admin, /admin/users, 200",
        "admin, /admin/audit, 200",
    })
    void pagesFollowTheRoles(String role, String path, int status) {
        assertThat(Http.signedIn(port, user(role)).get(path).statusCode()).isEqualTo(status);
    }

    @Test
    void aViewerCannotChangeDataThroughAForm() {
        Http viewer = Http.signedIn(port, users.viewer());
        HttpResponse<String> response = viewer.submit(
                "/9999/organisation", "/9999/organisation/entities/212000-9994", Map.of("name", "Hacked"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Http analyst = Http.signedIn(port, users.analyst());
        HttpResponse<String> response =
                analyst.postForm("/9999/organisation/entities/212000-9994", Map.of("name", "X"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarrySecureHeaders() {
        HttpResponse<String> login = Http.anonymous(port).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void passwordsAreStoredHashed() {
        users.viewer();
        String hash = jdbc.sql("select password_hash from app_user where username = 'test-viewer'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void aDisabledUserCannotSignIn() {
        Http admin = Http.signedIn(port, users.admin());
        admin.submit(
                "/admin/users",
                "/admin/users",
                Map.of(
                        "username",
                        "leaver",
                        "displayName",
                        "Leaver",
                        "password",
                        "leaver-password-1",
                        "role",
                        "VIEWER"));
        var leaver = new TestUsers.Credentials("leaver", "leaver-password-1");
        assertThat(Http.basic(port, leaver).get("/api/9999/organisation").statusCode())
                .isEqualTo(200);
        admin.submit("/admin/users", "/admin/users/leaver/enabled", Map.of("enabled", "false"));
        assertThat(Http.basic(port, leaver).get("/api/9999/organisation").statusCode())
                .isEqualTo(401);
        assertThat(admin.get("/admin/audit?actor=admin&subjectType=user").body())
                .contains("leaver", "&quot;enabled&quot;:false");
    }

    private TestUsers.Credentials user(String role) {
        return switch (role) {
            case "viewer" -> users.viewer();
            case "analyst" -> users.analyst();
            default -> users.admin();
        };
    }
}
