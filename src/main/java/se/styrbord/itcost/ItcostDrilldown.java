package se.styrbord.itcost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/**
 * The way from a figure to its sources: a category's accounts per unit with the rule that put them
 * there and the import whose voucher rows make them; the largest unclassified accounts; internal
 * invoicing per unit and year.
 */
@Service
@Transactional(readOnly = true)
public class ItcostDrilldown {

    /**
     * The classified sums of one account in one unit: {@code unitObject} and {@code ruleObject} are
     * the objects ({@code dim=object}) that select its voucher rows, besides the account.
     */
    public record Line(
            String orgNumber,
            long importId,
            String unitCode,
            String unitObject,
            String account,
            @Nullable String accountName,
            @Nullable Long ruleId,
            @Nullable String rule,
            String ruleObject,
            boolean investment,
            Money amount,
            long rows) {

        /** The objects to filter the voucher rows by. */
        public List<String> objects() {
            List<String> objects = new ArrayList<>();
            if (!unitObject.isEmpty()) {
                objects.add(unitObject);
            }
            if (!ruleObject.isEmpty() && !ruleObject.equals(unitObject)) {
                objects.add(ruleObject);
            }
            return objects;
        }
    }

    /** An account that no rule matched, summed over the units of an import. */
    public record Unclassified(
            String orgNumber,
            long importId,
            String account,
            @Nullable String name,
            Money amount,
            long rows) {}

    private final JdbcClient jdbc;

    ItcostDrilldown(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The lines of a category in a year, of one unit (with {@code orgNumber} for the unmapped sums of
     * an entity, whose unit code is empty) or of every unit when {@code unit} is null; largest first.
     */
    public List<Line> lines(
            MunicipalityCode code, int year, Category category, @Nullable String unit, @Nullable String orgNumber) {
        StringBuilder sql = new StringBuilder("select l.org_number, l.import_id, l.unit_code, l.unit_object, l.account,"
                + " max(a.name), l.rule_id, max(r.account_from), max(r.account_to), max(r.note), l.rule_object,"
                + " l.investment, sum(l.amount_ore), sum(l.row_count) from itcost_line l"
                + " left join ledger_account a on a.municipality = l.municipality and a.import_id = l.import_id"
                + " and a.account = l.account"
                + " left join itcost_rule r on r.municipality = l.municipality and r.id = l.rule_id"
                + " where l.municipality = ? and l.fiscal_year = ? and l.category = ?");
        List<Object> params = new ArrayList<>(List.of(code.value(), year, category.name()));
        if (unit != null) {
            sql.append(" and l.unit_code = ?");
            params.add(unit);
        }
        if (orgNumber != null) {
            sql.append(" and l.org_number = ?");
            params.add(orgNumber);
        }
        sql.append(" group by l.org_number, l.import_id, l.unit_code, l.unit_object, l.account, l.rule_id,"
                + " l.rule_object, l.investment order by sum(l.amount_ore) desc, l.account");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    Long rule = rs.getObject(7) == null ? null : rs.getLong(7);
                    String text = rule == null
                            ? null
                            : new AccountRange(rs.getString(8), rs.getString(9)) + " " + rs.getString(10);
                    return new Line(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rule,
                            text,
                            rs.getString(11),
                            rs.getBoolean(12),
                            Money.ofOre(rs.getLong(13)),
                            rs.getLong(14));
                })
                .list();
    }

    /** The largest cost accounts of a year that no rule matched, so that nothing IT-like hides. */
    public List<Unclassified> unclassified(MunicipalityCode code, int year, int limit) {
        return jdbc.sql("select l.org_number, l.import_id, l.account, max(a.name), sum(l.amount_ore), sum(l.row_count)"
                        + " from itcost_line l left join ledger_account a on a.municipality = l.municipality"
                        + " and a.import_id = l.import_id and a.account = l.account"
                        + " where l.municipality = ? and l.fiscal_year = ? and l.category = 'UNCLASSIFIED'"
                        + " group by l.org_number, l.import_id, l.account having sum(l.amount_ore) > 0"
                        + " order by sum(l.amount_ore) desc, l.account fetch first " + Math.max(1, limit)
                        + " rows only")
                .params(code.value(), year)
                .query((rs, n) -> new Unclassified(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        Money.ofOre(rs.getLong(5)),
                        rs.getLong(6)))
                .list();
    }

    /**
     * Internal IT purchases (the internal invoicing volume) per unit and year, eliminated from total
     * IT cost: unit code → year → amount. For the comparison with an overhead model.
     */
    public Map<String, Map<Integer, Money>> internalInvoicing(MunicipalityCode code) {
        Map<String, Map<Integer, Money>> byUnit = new TreeMap<>();
        jdbc.sql("select unit_code, fiscal_year, sum(amount_ore) from itcost_total where municipality = ?"
                        + " and category = 'INTERNAL_IT_PURCHASE' group by unit_code, fiscal_year")
                .param(code.value())
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getInt(2), Money.ofOre(rs.getLong(3)));
                });
        return byUnit;
    }
}
