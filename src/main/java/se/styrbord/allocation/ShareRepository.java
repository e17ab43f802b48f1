package se.styrbord.allocation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.styrbord.shared.MunicipalityCode;

/** SQL for the fixed shares of each year; every statement is scoped by the municipality code. */
@Repository
class ShareRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ShareRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<FixedShares> find(MunicipalityCode code, int year) {
        return jdbc.sql("select decision from allocation_share_decision where municipality = ? and fiscal_year = ?")
                .params(code.value(), year)
                .query(String.class)
                .optional()
                .map(decision -> new FixedShares(
                        year,
                        decision,
                        jdbc.sql("select unit_code, share_percent from allocation_share"
                                        + " where municipality = ? and fiscal_year = ? order by unit_code")
                                .params(code.value(), year)
                                .query((rs, i) -> new FixedShares.UnitShare(
                                        rs.getString(1), rs.getBigDecimal(2).setScale(FixedShares.DECIMALS)))
                                .list()));
    }

    List<Integer> years(MunicipalityCode code) {
        return jdbc.sql("select fiscal_year from allocation_share_decision where municipality = ? order by fiscal_year")
                .param(code.value())
                .query(Integer.class)
                .list();
    }

    /** Replaces the year's decision and shares. */
    void replace(MunicipalityCode code, FixedShares shares) {
        delete(code, shares.year());
        jdbc.sql("insert into allocation_share_decision (municipality, fiscal_year, decision) values (?, ?, ?)")
                .params(code.value(), shares.year(), shares.decision())
                .update();
        batch.batchUpdate(
                "insert into allocation_share (municipality, fiscal_year, unit_code, share_percent) values (?, ?, ?, ?)",
                shares.shares(),
                500,
                (ps, s) -> {
                    ps.setString(1, code.value());
                    ps.setInt(2, shares.year());
                    ps.setString(3, s.unitCode());
                    ps.setBigDecimal(4, s.percent());
                });
    }

    void deleteAll(MunicipalityCode code) {
        for (String table : List.of("allocation_share", "allocation_share_decision")) {
            jdbc.sql("delete from " + table + " where municipality = ?")
                    .param(code.value())
                    .update();
        }
    }

    private void delete(MunicipalityCode code, int year) {
        for (String table : List.of("allocation_share", "allocation_share_decision")) {
            jdbc.sql("delete from " + table + " where municipality = ? and fiscal_year = ?")
                    .params(code.value(), year)
                    .update();
        }
    }
}
