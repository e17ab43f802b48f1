package se.styrbord.test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the test database chosen by {@code styrbord.test.database}. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final String RUN = Long.toString(ProcessHandle.current().pid()) + "-" + System.nanoTime();

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("styrbord.test.database", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(settings());
        properties.put("styrbord.admin-password", ADMIN_PASSWORD);
        properties.put(
                "styrbord.data-dir",
                Path.of("target", "test-data").toAbsolutePath().toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    /** The datasource settings of the chosen database. */
    public static Map<String, Object> settings() {
        if (isPostgres()) {
            String url = env("STYRBORD_TEST_PG_URL", System.getProperty("styrbord.test.postgres.url"));
            return Map.of(
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    env("STYRBORD_TEST_PG_USER", "styrbord"),
                    "spring.datasource.password",
                    env("STYRBORD_TEST_PG_PASSWORD", "styrbord"),
                    "spring.flyway.clean-disabled",
                    "false",
                    "styrbord.test.clean",
                    "true");
        }
        Path file = Path.of("target", "test-db", "styrbord-" + RUN).toAbsolutePath();
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
