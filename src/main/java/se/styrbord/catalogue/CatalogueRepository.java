package se.styrbord.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/** SQL for the catalogue; every statement is scoped by the municipality code. */
@Repository
class CatalogueRepository {

    /** A service's total use in one month, summed over the units. */
    record MonthTotal(String serviceCode, YearMonth month, long quantity) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CatalogueRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<ItService> services(MunicipalityCode code) {
        return jdbc.sql("select * from catalogue_service where municipality = ? order by code")
                .param(code.value())
                .query((rs, i) -> service(rs))
                .list();
    }

    Optional<ItService> service(MunicipalityCode code, String serviceCode) {
        return jdbc.sql("select * from catalogue_service where municipality = ? and code = ?")
                .params(code.value(), serviceCode)
                .query((rs, i) -> service(rs))
                .optional();
    }

    void insertService(MunicipalityCode code, ItService s) {
        jdbc.sql("insert into catalogue_service (municipality, code, name, owner_name, unit_of_measure, added_on,"
                        + " retired_on) values (?, ?, ?, ?, ?, ?, ?)")
                .params(code.value(), s.code(), s.name(), s.owner(), s.unitOfMeasure(), s.addedOn(), s.retiredOn())
                .update();
    }

    void updateService(MunicipalityCode code, ItService s) {
        jdbc.sql("update catalogue_service set name = ?, owner_name = ?, unit_of_measure = ?, added_on = ?,"
                        + " retired_on = ? where municipality = ? and code = ?")
                .params(s.name(), s.owner(), s.unitOfMeasure(), s.addedOn(), s.retiredOn(), code.value(), s.code())
                .update();
    }

    List<ServicePrice> prices(MunicipalityCode code) {
        return jdbc.sql("select * from catalogue_price where municipality = ? order by service_code, fiscal_year")
                .param(code.value())
                .query((rs, i) -> price(rs))
                .list();
    }

    List<ServicePrice> pricesOf(MunicipalityCode code, String serviceCode) {
        return jdbc.sql(
                        "select * from catalogue_price where municipality = ? and service_code = ? order by fiscal_year")
                .params(code.value(), serviceCode)
                .query((rs, i) -> price(rs))
                .list();
    }

    List<ServicePrice> pricesIn(MunicipalityCode code, int year) {
        return jdbc.sql(
                        "select * from catalogue_price where municipality = ? and fiscal_year = ? order by service_code")
                .params(code.value(), year)
                .query((rs, i) -> price(rs))
                .list();
    }

    void upsertPrice(MunicipalityCode code, ServicePrice p) {
        jdbc.sql("delete from catalogue_price where municipality = ? and service_code = ? and fiscal_year = ?")
                .params(code.value(), p.serviceCode(), p.year())
                .update();
        jdbc.sql("insert into catalogue_price (municipality, service_code, fiscal_year, self_cost, markup, set_price)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        code.value(),
                        p.serviceCode(),
                        p.year(),
                        p.selfCost().amount(),
                        p.markup(),
                        p.setPrice() == null ? null : p.setPrice().amount())
                .update();
    }

    List<MonthlyUse> usesIn(MunicipalityCode code, int year) {
        return jdbc.sql("select service_code, unit_code, use_month, quantity from catalogue_use"
                        + " where municipality = ? and fiscal_year = ?")
                .params(code.value(), year)
                .query((rs, i) -> new MonthlyUse(
                        rs.getString(1), rs.getString(2), YearMonth.of(year, rs.getInt(3)), rs.getLong(4)))
                .list();
    }

    List<YearlyUse> yearlyUsesIn(MunicipalityCode code, int year) {
        return jdbc.sql("select service_code, unit_code, quantity, months from catalogue_use_year"
                        + " where municipality = ? and fiscal_year = ?")
                .params(code.value(), year)
                .query((rs, i) -> new YearlyUse(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }

    List<MonthTotal> monthTotals(MunicipalityCode code) {
        return jdbc.sql("select service_code, fiscal_year, use_month, quantity from catalogue_month_total"
                        + " where municipality = ?")
                .param(code.value())
                .query((rs, i) ->
                        new MonthTotal(rs.getString(1), YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getLong(4)))
                .list();
    }

    /** The first and last month with use of the service reported; empty without any. */
    List<YearMonth> useSpan(MunicipalityCode code, String serviceCode) {
        return jdbc.sql("select min(fiscal_year * 100 + use_month), max(fiscal_year * 100 + use_month)"
                        + " from catalogue_use where municipality = ? and service_code = ?")
                .params(code.value(), serviceCode)
                .query((rs, i) -> {
                    int first = rs.getInt(1);
                    if (rs.wasNull()) {
                        return List.<YearMonth>of();
                    }
                    int last = rs.getInt(2);
                    return List.of(YearMonth.of(first / 100, first % 100), YearMonth.of(last / 100, last % 100));
                })
                .single();
    }

    List<Integer> useYears(MunicipalityCode code) {
        return jdbc.sql(
                        "select distinct fiscal_year from catalogue_month_total where municipality = ? order by fiscal_year")
                .param(code.value())
                .query(Integer.class)
                .list();
    }

    /** Replaces the use of each (service, unit, month) given, in batches. */
    /** Above this many (service, unit) pairs of a year in one write, the year is summed again whole. */
    static final int PAIRS_ONE_BY_ONE = 500;

    void upsertUses(MunicipalityCode code, List<MonthlyUse> uses) {
        batch.batchUpdate(
                "delete from catalogue_use where municipality = ? and fiscal_year = ? and use_month = ?"
                        + " and service_code = ? and unit_code = ?",
                uses,
                1000,
                (ps, u) -> {
                    ps.setString(1, code.value());
                    ps.setInt(2, u.month().getYear());
                    ps.setInt(3, u.month().getMonthValue());
                    ps.setString(4, u.serviceCode());
                    ps.setString(5, u.unitCode());
                });
        batch.batchUpdate(
                "insert into catalogue_use (municipality, fiscal_year, use_month, service_code, unit_code, quantity)"
                        + " values (?, ?, ?, ?, ?, ?)",
                uses,
                1000,
                (ps, u) -> {
                    ps.setString(1, code.value());
                    ps.setInt(2, u.month().getYear());
                    ps.setInt(3, u.month().getMonthValue());
                    ps.setString(4, u.serviceCode());
                    ps.setString(5, u.unitCode());
                    ps.setLong(6, u.quantity());
                });
        refreshMonthTotals(code, uses);
        refreshYearUses(code, uses);
    }

    /**
     * Sums the year of every (service, unit) in {@code uses} again from catalogue_use: pair by pair
     * for a few, the whole year in one statement when a file touches many (one pass over the year
     * is cheaper than thousands of small ones).
     */
    private void refreshYearUses(MunicipalityCode code, List<MonthlyUse> uses) {
        record Pair(int year, String service, String unit) {}
        Map<Integer, List<Pair>> byYear = uses.stream()
                .map(u -> new Pair(u.month().getYear(), u.serviceCode(), u.unitCode()))
                .distinct()
                .collect(java.util.stream.Collectors.groupingBy(Pair::year));
        String sum = "insert into catalogue_use_year (municipality, fiscal_year, service_code, unit_code, quantity,"
                + " months) select municipality, fiscal_year, service_code, unit_code, sum(quantity),"
                + " sum(case when quantity > 0 then cast(power(2, use_month) as integer) else 0 end)"
                + " from catalogue_use where municipality = ? and fiscal_year = ?";
        String group = " group by municipality, fiscal_year, service_code, unit_code";
        byYear.forEach((year, pairs) -> {
            if (pairs.size() > PAIRS_ONE_BY_ONE) {
                jdbc.sql("delete from catalogue_use_year where municipality = ? and fiscal_year = ?")
                        .params(code.value(), year)
                        .update();
                jdbc.sql(sum + group).params(code.value(), year).update();
                return;
            }
            ParameterizedPreparedStatementSetter<Pair> byPair = (ps, p) -> {
                ps.setString(1, code.value());
                ps.setInt(2, p.year());
                ps.setString(3, p.service());
                ps.setString(4, p.unit());
            };
            batch.batchUpdate(
                    "delete from catalogue_use_year where municipality = ? and fiscal_year = ? and service_code = ?"
                            + " and unit_code = ?",
                    pairs,
                    1000,
                    byPair);
            batch.batchUpdate(sum + " and service_code = ? and unit_code = ?" + group, pairs, 1000, byPair);
        });
    }

    /** Sums the months of {@code uses} again, for every service, from catalogue_use. */
    private void refreshMonthTotals(MunicipalityCode code, List<MonthlyUse> uses) {
        List<YearMonth> months = uses.stream().map(MonthlyUse::month).distinct().toList();
        ParameterizedPreparedStatementSetter<YearMonth> byMonth = (ps, m) -> {
            ps.setString(1, code.value());
            ps.setInt(2, m.getYear());
            ps.setInt(3, m.getMonthValue());
        };
        batch.batchUpdate(
                "delete from catalogue_month_total where municipality = ? and fiscal_year = ? and use_month = ?",
                months,
                1000,
                byMonth);
        batch.batchUpdate(
                "insert into catalogue_month_total (municipality, service_code, fiscal_year, use_month, quantity)"
                        + " select municipality, service_code, fiscal_year, use_month, sum(quantity) from catalogue_use"
                        + " where municipality = ? and fiscal_year = ? and use_month = ?"
                        + " group by municipality, service_code, fiscal_year, use_month",
                months,
                1000,
                byMonth);
    }

    /** Deletes the year's use of the services, with their sums (months written after are summed again). */
    int deleteUses(MunicipalityCode code, int year, java.util.Collection<String> serviceCodes) {
        int deleted = 0;
        for (String service : serviceCodes) {
            for (String derived : List.of("catalogue_month_total", "catalogue_use_year")) {
                jdbc.sql("delete from " + derived + " where municipality = ? and fiscal_year = ? and service_code = ?")
                        .params(code.value(), year, service)
                        .update();
            }
            deleted += jdbc.sql(
                            "delete from catalogue_use where municipality = ? and fiscal_year = ? and service_code = ?")
                    .params(code.value(), year, service)
                    .update();
        }
        return deleted;
    }

    List<LedgerSource> ledgerSources(MunicipalityCode code) {
        return jdbc.sql("select service_code, account_from, account_to, object from catalogue_ledger_source"
                        + " where municipality = ? order by service_code")
                .param(code.value())
                .query((rs, i) -> new LedgerSource(
                        rs.getString(1),
                        new se.styrbord.itcost.AccountRange(rs.getString(2), rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    void replaceLedgerSources(MunicipalityCode code, List<LedgerSource> sources) {
        jdbc.sql("delete from catalogue_ledger_source where municipality = ?")
                .param(code.value())
                .update();
        for (LedgerSource s : sources) {
            jdbc.sql(
                            "insert into catalogue_ledger_source (municipality, service_code, account_from, account_to, object)"
                                    + " values (?, ?, ?, ?, ?)")
                    .params(
                            code.value(),
                            s.serviceCode(),
                            s.accounts().from(),
                            s.accounts().to(),
                            s.object())
                    .update();
        }
    }

    Optional<VolatilityThresholds> thresholds(MunicipalityCode code) {
        return jdbc.sql("select stable_up_to, fluctuating_from from catalogue_thresholds where municipality = ?")
                .param(code.value())
                .query((rs, i) -> new VolatilityThresholds(
                        rs.getBigDecimal(1).doubleValue(), rs.getBigDecimal(2).doubleValue()))
                .optional();
    }

    void saveThresholds(MunicipalityCode code, java.math.BigDecimal stableUpTo, java.math.BigDecimal fluctuatingFrom) {
        jdbc.sql("delete from catalogue_thresholds where municipality = ?")
                .param(code.value())
                .update();
        jdbc.sql("insert into catalogue_thresholds (municipality, stable_up_to, fluctuating_from) values (?, ?, ?)")
                .params(code.value(), stableUpTo, fluctuatingFrom)
                .update();
    }

    List<StoredSignal> signals(MunicipalityCode code) {
        return jdbc.sql("select g.*, s.name as service_name from catalogue_signal g join catalogue_service s"
                        + " on s.municipality = g.municipality and s.code = g.service_code"
                        + " where g.municipality = ? order by g.window_end desc, g.service_code")
                .param(code.value())
                .query((rs, i) -> signal(rs))
                .list();
    }

    void insertSignal(MunicipalityCode code, ReviewSignal signal, OffsetDateTime now) {
        jdbc.sql("insert into catalogue_signal (municipality, service_code, window_end, from_class, to_class,"
                        + " volatility, raised_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code.value(),
                        signal.serviceCode(),
                        signal.windowEnd().atDay(1),
                        signal.from().name(),
                        signal.to().name(),
                        signal.volatility().rounded(),
                        now)
                .update();
    }

    void deleteSignal(MunicipalityCode code, String serviceCode, YearMonth windowEnd) {
        jdbc.sql("delete from catalogue_signal where municipality = ? and service_code = ? and window_end = ?")
                .params(code.value(), serviceCode, windowEnd.atDay(1))
                .update();
    }

    int acknowledge(MunicipalityCode code, String serviceCode, YearMonth windowEnd, OffsetDateTime now, String actor) {
        return jdbc.sql("update catalogue_signal set acknowledged_at = ?, acknowledged_by = ? where municipality = ?"
                        + " and service_code = ? and window_end = ? and acknowledged_at is null")
                .params(now, actor, code.value(), serviceCode, windowEnd.atDay(1))
                .update();
    }

    void deleteAll(MunicipalityCode code) {
        for (String table : List.of(
                "catalogue_signal",
                "catalogue_month_total",
                "catalogue_use_year",
                "catalogue_use",
                "catalogue_ledger_source",
                "catalogue_price",
                "catalogue_thresholds",
                "catalogue_service")) {
            jdbc.sql("delete from " + table + " where municipality = ?")
                    .param(code.value())
                    .update();
        }
    }

    private static ItService service(ResultSet rs) throws SQLException {
        return new ItService(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("owner_name"),
                rs.getString("unit_of_measure"),
                rs.getObject("added_on", LocalDate.class),
                rs.getObject("retired_on", LocalDate.class));
    }

    private static ServicePrice price(ResultSet rs) throws SQLException {
        var setPrice = rs.getBigDecimal("set_price");
        return new ServicePrice(
                rs.getString("service_code"),
                rs.getInt("fiscal_year"),
                new Money(rs.getBigDecimal("self_cost")),
                rs.getBigDecimal("markup").stripTrailingZeros(),
                setPrice == null ? null : new Money(setPrice));
    }

    private static StoredSignal signal(ResultSet rs) throws SQLException {
        @Nullable OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        return new StoredSignal(
                rs.getString("service_code"),
                rs.getString("service_name"),
                YearMonth.from(rs.getObject("window_end", LocalDate.class)),
                DemandClass.valueOf(rs.getString("from_class")),
                DemandClass.valueOf(rs.getString("to_class")),
                rs.getBigDecimal("volatility"),
                rs.getObject("raised_at", OffsetDateTime.class),
                acknowledged,
                rs.getString("acknowledged_by"));
    }
}
