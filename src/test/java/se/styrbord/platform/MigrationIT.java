package se.styrbord.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestDatabase;

/** Every migration applies on the database under test (H2, or PostgreSQL with -Ppostgres). */
@IntegrationTest
class MigrationIT {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
        String product = jdbc.sql("select 1")
                .query((rs, i) ->
                        rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                .single();
        assertThat(product).isEqualTo(TestDatabase.isPostgres() ? "PostgreSQL" : "H2");
    }

    /** Every table but the users' (an installation's, not a group's) is keyed by the group: ADR 0002. */
    @Test
    void theTenantKeyIsPartOfEveryGroupTable() {
        List<String> tables = jdbc.sql("select lower(table_name) from information_schema.tables"
                        + " where lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')"
                        + " and lower(table_name) not in ('flyway_schema_history', 'app_user')")
                .query(String.class)
                .list();
        assertThat(tables)
                .as("the tables of every module")
                .hasSizeGreaterThan(30)
                .contains("catalogue_use_year", "allocation_share", "allocation_lifetime");
        for (String table : tables) {
            Integer columns = jdbc.sql("select count(*) from information_schema.columns"
                            + " where lower(table_name) = ? and lower(column_name) = 'municipality'")
                    .param(table)
                    .query(Integer.class)
                    .single();
            assertThat(columns).as(table).isEqualTo(1);
        }
    }
}
