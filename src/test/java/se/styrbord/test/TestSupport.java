package se.styrbord.test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Test-only beans: a clean PostgreSQL schema at the start of a run, and the test users. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    @Bean
    @ConditionalOnProperty("styrbord.test.clean")
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    TestUsers testUsers(se.styrbord.security.LocalUsers users) {
        return new TestUsers(users);
    }
}
