package se.styrbord.allocation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/** SQL for stored runs; every statement is scoped by the municipality code. */
@Repository
class RunRepository {

    /** A run's own row, with its results as stored. */
    record RunRow(
            long id,
            int year,
            RunModel model,
            Money pool,
            RunInputs.PoolSource poolSource,
            Money remainder,
            long invoices,
            @Nullable Money currentRemainder,
            @Nullable Long currentInvoices,
            @Nullable BigDecimal markup,
            @Nullable BigDecimal projectHours,
            @Nullable String shareDecision,
            OffsetDateTime createdAt,
            String createdBy) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RunRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long nextId() {
        return jdbc.sql("select nextval('allocation_run_id')").query(Long.class).single();
    }

    void insert(MunicipalityCode code, long id, AllocationReport report, OffsetDateTime at, String actor) {
        RunInputs in = report.inputs();
        jdbc.sql("insert into allocation_run (municipality, id, fiscal_year, model, pool, pool_source, remainder,"
                        + " invoices, current_remainder, current_invoices, markup, project_hours, share_decision,"
                        + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code.value(),
                        id,
                        in.year(),
                        report.model().name(),
                        in.pool().amount(),
                        in.poolSource().name(),
                        report.remainder().amount(),
                        report.invoices(),
                        report.currentRemainder() == null
                                ? null
                                : report.currentRemainder().amount(),
                        report.currentInvoices(),
                        report.markup(),
                        in.projectHours(),
                        in.shares() == null ? null : in.shares().decision(),
                        at,
                        actor)
                .update();
        List<ReportUnit> units = report.units();
        batch.batchUpdate(
                "insert into allocation_run_unit (municipality, run_id, position, unit_code, unit_name, months_active,"
                        + " employees, fte, turnover, driver, amount, current_amount)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                units,
                500,
                (ps, u) -> {
                    ps.setString(1, code.value());
                    ps.setLong(2, id);
                    ps.setInt(3, units.indexOf(u));
                    ps.setString(4, u.code());
                    ps.setString(5, u.name());
                    ps.setInt(6, u.monthsActive());
                    ps.setObject(7, u.employees());
                    ps.setBigDecimal(8, u.fte());
                    ps.setBigDecimal(
                            9, u.turnover() == null ? null : u.turnover().amount());
                    ps.setBigDecimal(10, u.driver());
                    ps.setBigDecimal(11, u.amount().amount());
                    ps.setBigDecimal(
                            12, u.current() == null ? null : u.current().amount());
                });
        batch.batchUpdate(
                "insert into allocation_run_service (municipality, run_id, service_code, name, unit_of_measure,"
                        + " self_cost, price, stable) values (?, ?, ?, ?, ?, ?, ?, ?)",
                in.services(),
                500,
                (ps, s) -> {
                    ps.setString(1, code.value());
                    ps.setLong(2, id);
                    ps.setString(3, s.code());
                    ps.setString(4, s.name());
                    ps.setString(5, s.unitOfMeasure());
                    ps.setBigDecimal(6, s.selfCost().amount());
                    ps.setBigDecimal(7, s.price().amount());
                    ps.setBoolean(8, s.stable());
                });
        batch.batchUpdate(
                "insert into allocation_run_use_year (municipality, run_id, unit_code, service_code, quantity, months)"
                        + " values (?, ?, ?, ?, ?, ?)",
                in.services().isEmpty() ? List.<YearUse>of() : in.uses(),
                5000,
                (ps, u) -> {
                    ps.setString(1, code.value());
                    ps.setLong(2, id);
                    ps.setString(3, u.unitCode());
                    ps.setString(4, u.serviceCode());
                    ps.setLong(5, u.quantity());
                    ps.setInt(6, u.months());
                });
    }

    List<RunSummary> all(MunicipalityCode code) {
        return jdbc.sql("select * from allocation_run where municipality = ? order by id desc")
                .param(code.value())
                .query((rs, i) -> {
                    RunRow r = run(rs);
                    return new RunSummary(
                            r.id(), r.year(), r.model(), r.pool(), r.remainder(), r.createdAt(), r.createdBy());
                })
                .list();
    }

    Optional<RunRow> run(MunicipalityCode code, long id) {
        return jdbc.sql("select * from allocation_run where municipality = ? and id = ?")
                .params(code.value(), id)
                .query((rs, i) -> run(rs))
                .optional();
    }

    /** A run's units; drivers at the decimals the model reports them with, as they were calculated. */
    List<ReportUnit> units(MunicipalityCode code, long id, RunModel model) {
        return jdbc.sql("select * from allocation_run_unit where municipality = ? and run_id = ? order by position")
                .params(code.value(), id)
                .query((rs, i) -> {
                    int employees = rs.getInt("employees");
                    Integer employeesOrNull = rs.wasNull() ? null : employees;
                    return new ReportUnit(
                            rs.getString("unit_code"),
                            rs.getString("unit_name"),
                            rs.getInt("months_active"),
                            employeesOrNull,
                            rs.getBigDecimal("fte"),
                            money(rs, "turnover"),
                            driver(rs, model),
                            new Money(rs.getBigDecimal("amount")),
                            money(rs, "current_amount"));
                })
                .list();
    }

    List<RunService> services(MunicipalityCode code, long id) {
        return jdbc.sql(
                        "select * from allocation_run_service where municipality = ? and run_id = ? order by service_code")
                .params(code.value(), id)
                .query((rs, i) -> new RunService(
                        rs.getString("service_code"),
                        rs.getString("name"),
                        rs.getString("unit_of_measure"),
                        new Money(rs.getBigDecimal("self_cost")),
                        new Money(rs.getBigDecimal("price")),
                        rs.getBoolean("stable")))
                .list();
    }

    List<YearUse> uses(MunicipalityCode code, long id) {
        return jdbc.sql("select unit_code, service_code, quantity, months from allocation_run_use_year"
                        + " where municipality = ? and run_id = ?")
                .params(code.value(), id)
                .query((rs, i) -> new YearUse(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }

    void deleteAll(MunicipalityCode code) {
        for (String table :
                List.of("allocation_run_use_year", "allocation_run_service", "allocation_run_unit", "allocation_run")) {
            jdbc.sql("delete from " + table + " where municipality = ?")
                    .param(code.value())
                    .update();
        }
    }

    private static RunRow run(ResultSet rs) throws SQLException {
        long currentInvoices = rs.getLong("current_invoices");
        Long currentInvoicesOrNull = rs.wasNull() ? null : currentInvoices;
        BigDecimal markup = rs.getBigDecimal("markup");
        return new RunRow(
                rs.getLong("id"),
                rs.getInt("fiscal_year"),
                RunModel.valueOf(rs.getString("model")),
                new Money(rs.getBigDecimal("pool")),
                RunInputs.PoolSource.valueOf(rs.getString("pool_source")),
                new Money(rs.getBigDecimal("remainder")),
                rs.getLong("invoices"),
                money(rs, "current_remainder"),
                currentInvoicesOrNull,
                markup,
                rs.getBigDecimal("project_hours"),
                rs.getString("share_decision"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }

    private static @Nullable BigDecimal driver(ResultSet rs, RunModel model) throws SQLException {
        BigDecimal value = rs.getBigDecimal("driver");
        return value == null ? null : value.setScale(model.driverDecimals());
    }

    private static @Nullable Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }
}
