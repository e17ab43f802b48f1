package se.styrbord.itcost;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the IT-cost module; every statement is scoped by the municipality code (ADR 0002). */
@Repository
class ItcostStore {

    /** A stored mapping of one ledger object to a unit. */
    record ObjectUnit(String orgNumber, String dimension, String objectId, String unitCode) {}

    /** A stored entity setup row. */
    record EntityRow(
            String orgNumber,
            Chart chart,
            String unitDimension,
            @Nullable String defaultUnit) {}

    /** One classified sum to store. */
    record Line(
            int year,
            String orgNumber,
            long importId,
            String unitCode,
            String unitObject,
            String account,
            Category category,
            boolean investment,
            @Nullable Long ruleId,
            String ruleObject,
            long amountOre,
            long rowCount) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ItcostStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        // stream the ledger sums of a year rather than hold them all (PostgreSQL reads in batches in a transaction)
        this.template.setFetchSize(10_000);
    }

    long nextId() {
        return jdbc.sql("select nextval('itcost_id')").query(Long.class).single();
    }

    // rules

    List<RuleVersion> versions(String m) {
        Map<Long, List<Rule>> rules = new HashMap<>();
        jdbc.sql(
                        "select id, version_id, position, account_from, account_to, object_ref, unit_code, category, investment,"
                                + " note from itcost_rule where municipality = ? order by version_id, position")
                .param(m)
                .query((ResultSet rs) -> {
                    rules.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new Rule(
                                    rs.getLong(1),
                                    rs.getInt(3),
                                    new AccountRange(rs.getString(4), rs.getString(5)),
                                    rs.getString(6),
                                    rs.getString(7),
                                    Category.valueOf(rs.getString(8)),
                                    rs.getBoolean(9),
                                    rs.getString(10)));
                });
        return jdbc.sql("select id, chart, from_year, note from itcost_rule_version where municipality = ?"
                        + " order by chart, from_year")
                .param(m)
                .query((rs, n) -> new RuleVersion(
                        rs.getLong(1),
                        Chart.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getString(4),
                        rules.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    void insertVersion(String m, long id, Chart chart, int fromYear, String note) {
        jdbc.sql("insert into itcost_rule_version (municipality, id, chart, from_year, note) values (?, ?, ?, ?, ?)")
                .params(m, id, chart.name(), fromYear, note)
                .update();
    }

    void replaceRules(String m, long versionId, List<Rule> rules) {
        jdbc.sql("delete from itcost_rule where municipality = ? and version_id = ?")
                .params(m, versionId)
                .update();
        for (Rule r : rules) {
            jdbc.sql(
                            "insert into itcost_rule (municipality, id, version_id, position, account_from, account_to,"
                                    + " object_ref, unit_code, category, investment, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            m,
                            r.id() > 0 ? r.id() : nextId(),
                            versionId,
                            r.position(),
                            r.accounts().from(),
                            r.accounts().to(),
                            r.object(),
                            r.unit(),
                            r.category().name(),
                            r.investment(),
                            r.note())
                    .update();
        }
    }

    // entities and objects

    List<EntityRow> entityRows(String m) {
        return jdbc.sql(
                        "select org_number, chart, unit_dimension, default_unit from itcost_entity where municipality = ?")
                .param(m)
                .query((rs, n) -> new EntityRow(
                        rs.getString(1), Chart.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
    }

    void saveEntity(String m, EntityRow row) {
        jdbc.sql("delete from itcost_entity where municipality = ? and org_number = ?")
                .params(m, row.orgNumber())
                .update();
        jdbc.sql("insert into itcost_entity (municipality, org_number, chart, unit_dimension, default_unit)"
                        + " values (?, ?, ?, ?, ?)")
                .params(m, row.orgNumber(), row.chart().name(), row.unitDimension(), row.defaultUnit())
                .update();
    }

    List<ObjectUnit> objectUnits(String m) {
        return jdbc.sql(
                        "select org_number, dimension, object_id, unit_code from itcost_object_unit where municipality = ?")
                .param(m)
                .query(ObjectUnit.class)
                .list();
    }

    void replaceObjectUnits(String m, String orgNumber, String dimension, Map<String, String> units) {
        jdbc.sql("delete from itcost_object_unit where municipality = ? and org_number = ?")
                .params(m, orgNumber)
                .update();
        units.forEach((object, unit) -> jdbc.sql("insert into itcost_object_unit (municipality, org_number, dimension,"
                        + " object_id, unit_code) values (?, ?, ?, ?, ?)")
                .params(m, orgNumber, dimension, object, unit)
                .update());
    }

    /** The objects of a dimension in the entity's newest current import, with the cost booked on each. */
    List<LedgerObject> ledgerObjects(String m, String orgNumber, String dimension) {
        Optional<Long> latest = jdbc.sql("select max(id) from ledger_import where municipality = ? and org_number = ?"
                        + " and status = 'CURRENT'")
                .params(m, orgNumber)
                .query(Long.class)
                .optional();
        if (latest.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select o.object_id, o.name from ledger_object o where o.municipality = ? and o.import_id = ?"
                        + " and o.dimension = ? order by o.object_id")
                .params(m, latest.get(), dimension)
                .query((rs, n) -> new LedgerObject(rs.getString(1), rs.getString(2)))
                .list();
    }

    record LedgerObject(String objectId, String name) {}

    // classification

    /** Streams the sums of the current imports of a year. */
    void sums(String m, int year, SumHandler handler) {
        template.query(
                "select i.id, i.org_number, s.account, s.objects, s.dim1, s.amount_ore, s.row_count from ledger_sum s"
                        + " join ledger_import i on i.municipality = s.municipality and i.id = s.import_id"
                        + " where s.municipality = ? and i.municipality = ? and i.fiscal_year = ? and i.status = 'CURRENT'",
                rs -> {
                    handler.sum(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getLong(7));
                },
                m,
                m,
                year);
    }

    interface SumHandler {
        void sum(long importId, String org, String account, String objects, String dim1, long amountOre, long rows)
                throws SQLException;
    }

    List<Integer> ledgerYears(String m) {
        return jdbc.sql("select distinct fiscal_year from ledger_import where municipality = ? and status = 'CURRENT'"
                        + " order by fiscal_year")
                .param(m)
                .query(Integer.class)
                .list();
    }

    void deleteLines(String m, int year) {
        jdbc.sql("delete from itcost_line where municipality = ? and fiscal_year = ?")
                .params(m, year)
                .update();
    }

    void insertLines(String m, List<Line> lines) {
        template.batchUpdate(
                "insert into itcost_line (municipality, fiscal_year, org_number, import_id, unit_code, unit_object, account,"
                        + " category, investment, rule_id, rule_object, amount_ore, row_count)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines,
                1000,
                (ps, l) -> {
                    ps.setString(1, m);
                    ps.setInt(2, l.year());
                    ps.setString(3, l.orgNumber());
                    ps.setLong(4, l.importId());
                    ps.setString(5, l.unitCode());
                    ps.setString(6, l.unitObject());
                    ps.setString(7, l.account());
                    ps.setString(8, l.category().name());
                    ps.setBoolean(9, l.investment());
                    ps.setObject(10, l.ruleId());
                    ps.setString(11, l.ruleObject());
                    ps.setLong(12, l.amountOre());
                    ps.setLong(13, l.rowCount());
                });
    }

    /** Sums the classified lines and the manual inputs of a year into the totals that pages read. */
    void rebuildTotals(String m, int year) {
        jdbc.sql("delete from itcost_total where municipality = ? and fiscal_year = ?")
                .params(m, year)
                .update();
        jdbc.sql(
                        "insert into itcost_total (municipality, fiscal_year, org_number, unit_code, category, investment, source,"
                                + " amount_ore) select municipality, fiscal_year, org_number, unit_code, category, investment,"
                                + " 'LEDGER', sum(amount_ore) from itcost_line where municipality = ? and fiscal_year = ?"
                                + " group by municipality, fiscal_year, org_number, unit_code, category, investment")
                .params(m, year)
                .update();
        jdbc.sql(
                        "insert into itcost_total (municipality, fiscal_year, org_number, unit_code, category, investment, source,"
                                + " amount_ore) select municipality, fiscal_year, org_number, unit_code, 'LOCAL_IT_STAFF', false,"
                                + " 'MANUAL', sum(amount_ore) from itcost_local_staff where municipality = ? and fiscal_year = ?"
                                + " group by municipality, fiscal_year, org_number, unit_code")
                .params(m, year)
                .update();
        jdbc.sql(
                        "insert into itcost_total (municipality, fiscal_year, org_number, unit_code, category, investment, source,"
                                + " amount_ore) select municipality, fiscal_year, org_number, unit_code, 'SHADOW_IT', false,"
                                + " 'MANUAL', sum(amount_ore) from itcost_shadow where municipality = ? and fiscal_year = ?"
                                + " group by municipality, fiscal_year, org_number, unit_code")
                .params(m, year)
                .update();
    }

    /** Years that have any figure: classified ledgers or manual inputs. */
    List<Integer> totalYears(String m) {
        return jdbc.sql("select distinct fiscal_year from itcost_total where municipality = ? order by fiscal_year")
                .param(m)
                .query(Integer.class)
                .list();
    }

    List<Integer> manualYears(String m) {
        return jdbc.sql("select fiscal_year from itcost_local_staff where municipality = ? union"
                        + " select fiscal_year from itcost_shadow where municipality = ?")
                .params(m, m)
                .query(Integer.class)
                .list();
    }

    // settings

    BigDecimal flagThreshold(String m) {
        return jdbc.sql("select flag_threshold from itcost_setting where municipality = ?")
                .param(m)
                .query(BigDecimal.class)
                .optional()
                .orElse(new BigDecimal("0.5"));
    }

    void saveFlagThreshold(String m, BigDecimal threshold) {
        jdbc.sql("delete from itcost_setting where municipality = ?").param(m).update();
        jdbc.sql("insert into itcost_setting (municipality, flag_threshold) values (?, ?)")
                .params(m, threshold)
                .update();
    }

    /** Removes everything of the module for a group (used to reset the demo group). */
    void deleteAll(String m) {
        for (String table : List.of(
                "itcost_total",
                "itcost_line",
                "itcost_local_staff",
                "itcost_shadow",
                "itcost_object_unit",
                "itcost_entity",
                "itcost_rule",
                "itcost_rule_version",
                "itcost_setting")) {
            jdbc.sql("delete from " + table + " where municipality = ?")
                    .param(m)
                    .update();
        }
    }
}
