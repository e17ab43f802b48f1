package se.styrbord.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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

    @Test
    void theTenantKeyIsPartOfEveryGroupTable() {
        for (String table : new String[] {
            "municipal_group",
            "legal_entity",
            "unit",
            "unit_year",
            "catalogue_service",
            "catalogue_price",
            "catalogue_use",
            "catalogue_thresholds",
            "catalogue_signal",
            "allocation_run",
            "allocation_run_unit",
            "allocation_run_service",
            "allocation_run_use",
            "allocation_share_decision",
            "allocation_share",
            "allocation_lifetime"
        }) {
            Integer columns = jdbc.sql("select count(*) from information_schema.columns"
                            + " where lower(table_name) = ? and lower(column_name) = 'municipality'")
                    .param(table)
                    .query(Integer.class)
                    .single();
            assertThat(columns).as(table).isEqualTo(1);
        }
    }
}
