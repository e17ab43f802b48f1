package se.styrbord.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document equals the committed copy, so that every API change is deliberate.
 * After a deliberate change, run with {@code -Dstyrbord.openapi.update=true} and commit the file.
 */
@IntegrationTest
class OpenApiSpecIT {

    static final Path COMMITTED = Path.of("src/test/resources/openapi.json");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void theServedSpecIsTheCommittedOne() throws IOException {
        var response = Http.basic(port, users.viewer()).get("/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode served = json.readTree(response.body());
        ((tools.jackson.databind.node.ObjectNode) served).remove("servers");
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("styrbord.openapi.update")) {
            Files.writeString(COMMITTED, pretty, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).exists();
        assertThat(pretty)
                .as("the API changed; if that is deliberate, run with -Dstyrbord.openapi.update=true")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(served.get("paths").propertyNames()).allMatch(p -> p.startsWith("/api/{municipalityId}/"));
    }
}
