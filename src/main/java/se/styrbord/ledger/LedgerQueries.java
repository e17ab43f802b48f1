package se.styrbord.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/** Read models of an import for pages and drill-down: accounts with their sums, objects, voucher rows. */
@Component
public class LedgerQueries {

    public record AccountSum(
            String account, String name, @Nullable String type, long rows, Money amount) {}

    public record ObjectEntry(String dimension, @Nullable String dimensionName, String objectId, String name) {}

    public record VoucherRow(
            String series,
            String number,
            @Nullable LocalDate voucherDate,
            String voucherText,
            int rowNo,
            String account,
            String objects,
            Money amount,
            @Nullable LocalDate rowDate,
            String text,
            long line) {}

    /** A page of voucher rows and whether there are more. */
    public record RowPage(List<VoucherRow> rows, int page, boolean hasMore, long total, Money sum) {}

    public static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every account of the chart with the sum and number of its rows (zero rows: sum 0.00). */
    public List<AccountSum> accounts(MunicipalityCode code, long importId) {
        return jdbc.sql("select a.account, a.name, a.account_type, coalesce(s.row_count, 0) as row_count,"
                        + " coalesce(s.amount_ore, 0) as amount_ore from ledger_account a left join"
                        + " (select account, sum(row_count) as row_count, sum(amount_ore) as amount_ore from ledger_sum"
                        + " where municipality = :m and import_id = :i group by account) s on s.account = a.account"
                        + " where a.municipality = :m and a.import_id = :i order by a.account")
                .param("m", code.value())
                .param("i", importId)
                .query((rs, n) -> new AccountSum(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), Money.ofOre(rs.getLong(5))))
                .list();
    }

    public List<ObjectEntry> objects(MunicipalityCode code, long importId) {
        return jdbc.sql(
                        "select o.dimension, d.name, o.object_id, o.name from ledger_object o left join ledger_dimension d"
                                + " on d.municipality = o.municipality and d.import_id = o.import_id and d.dimension = o.dimension"
                                + " where o.municipality = :m and o.import_id = :i order by o.dimension, o.object_id")
                .param("m", code.value())
                .param("i", importId)
                .query((rs, n) -> new ObjectEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * Voucher rows of an import, optionally of one account and one object ({@code dim=object}),
     * in file order, a page at a time, with the number and sum of all that match.
     */
    public RowPage rows(
            MunicipalityCode code, long importId, @Nullable String account, @Nullable String object, int page) {
        return rows(code, importId, account, object == null ? List.of() : List.of(object), page);
    }

    /** Voucher rows of an import, optionally of one account, carrying every one of {@code objects}. */
    public RowPage rows(
            MunicipalityCode code, long importId, @Nullable String account, List<String> objects, int page) {
        StringBuilder where = new StringBuilder(" where r.municipality = ? and r.import_id = ?");
        List<Object> params = new ArrayList<>(List.of(code.value(), importId));
        if (account != null && !account.isBlank()) {
            where.append(" and r.account = ?");
            params.add(account);
        }
        for (String object : objects) {
            if (object != null && !object.isBlank()) {
                where.append(" and ('|' || r.objects || '|') like ?");
                params.add("%|" + object.replace("%", "\\%").replace("_", "\\_") + "|%");
            }
        }
        var totals = jdbc.sql("select count(*), coalesce(sum(r.amount_ore), 0) from ledger_row r" + where)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        int offset = Math.max(0, page) * PAGE_SIZE;
        List<VoucherRow> rows = jdbc.sql("select v.series, v.number, v.voucher_date, v.text, r.row_no, r.account,"
                        + " r.objects, r.amount_ore, r.row_date, r.text, r.line from ledger_row r join ledger_voucher v"
                        + " on v.municipality = r.municipality and v.import_id = r.import_id and v.voucher_no = r.voucher_no"
                        + where + " order by r.line offset " + offset + " rows fetch next " + (PAGE_SIZE + 1)
                        + " rows only")
                .params(params)
                .query((rs, n) -> new VoucherRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7),
                        Money.ofOre(rs.getLong(8)),
                        rs.getObject(9, LocalDate.class),
                        rs.getString(10),
                        rs.getLong(11)))
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new RowPage(more ? rows.subList(0, PAGE_SIZE) : rows, page, more, totals[0], Money.ofOre(totals[1]));
    }
}
