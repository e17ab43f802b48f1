package se.styrbord.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/** Read models of an import for pages and drill-down: accounts with their sums, objects, voucher rows. */
@Component
public class LedgerQueries {

    public record AccountSum(
            String account, @Nullable String name, @Nullable String type, long rows, Money amount) {}

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
            long line,
            @Nullable BigDecimal quantity) {}

    /** A current import of a fiscal year: the one file of an entity that counts for the year. */
    public record YearImport(long id, String orgNumber, String fileName) {}

    /**
     * A voucher row of a current import, with the entity whose ledger it is, its SIE quantity (null
     * when the row has none) and its date: the row's own, else its voucher's (null when neither has one).
     */
    public record YearRow(
            long importId,
            String orgNumber,
            String account,
            String objects,
            long amountOre,
            @Nullable BigDecimal quantity,
            @Nullable LocalDate date) {}

    /** A page of voucher rows and whether there are more. */
    public record RowPage(List<VoucherRow> rows, int page, boolean hasMore, long total, Money sum) {}

    public static final int PAGE_SIZE = 100;

    /** Rows that match a filter: how many, their sum, and the first and last line they lie on when known. */
    private record Span(
            long rows,
            long ore,
            @Nullable Long firstLine,
            @Nullable Long lastLine) {}

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every account of the chart with the sum and number of its rows (zero rows: sum 0.00), and
     * every account that has rows without being in the chart (its name then {@code null}).
     */
    public List<AccountSum> accounts(MunicipalityCode code, long importId) {
        return jdbc.sql("select account, max(name), max(account_type), sum(row_count), sum(amount_ore) from ("
                        + " select account, name, account_type, 0 as row_count, 0 as amount_ore from ledger_account"
                        + " where municipality = :m and import_id = :i"
                        + " union all select account, null, null, row_count, amount_ore from ledger_sum"
                        + " where municipality = :m and import_id = :i) a group by account order by account")
                .param("m", code.value())
                .param("i", importId)
                .query((rs, n) -> new AccountSum(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), Money.ofOre(rs.getLong(5))))
                .list();
    }

    /** The fiscal years that have a current import, in order. */
    public List<Integer> currentYears(MunicipalityCode code) {
        return jdbc.sql("select distinct fiscal_year from ledger_import where municipality = ? and status = 'CURRENT'"
                        + " order by fiscal_year")
                .param(code.value())
                .query(Integer.class)
                .list();
    }

    /** The current imports of a fiscal year, one per entity, by entity. */
    public List<YearImport> currentImports(MunicipalityCode code, int fiscalYear) {
        return jdbc.sql("select id, org_number, file_name from ledger_import where municipality = ? and fiscal_year = ?"
                        + " and status = 'CURRENT' order by org_number, id")
                .params(code.value(), fiscalYear)
                .query((rs, n) -> new YearImport(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The accounts that have voucher rows in the current imports of a fiscal year (from the sums, not the rows). */
    public List<String> currentAccounts(MunicipalityCode code, int fiscalYear) {
        return jdbc.sql(
                        "select distinct s.account from ledger_sum s join ledger_import i on i.municipality = s.municipality"
                                + " and i.id = s.import_id where s.municipality = ? and i.fiscal_year = ? and i.status = 'CURRENT'"
                                + " and s.row_count > 0 order by s.account")
                .params(code.value(), fiscalYear)
                .query(String.class)
                .list();
    }

    /**
     * Hands every voucher row of the current imports of a fiscal year booked on one of {@code accounts}
     * to {@code each}, in one pass over the year's rows, in no particular order.
     */
    public void currentRows(
            MunicipalityCode code, int fiscalYear, Collection<String> accounts, Consumer<YearRow> each) {
        if (accounts.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(code.value(), fiscalYear));
        params.addAll(accounts);
        String marks = String.join(", ", java.util.Collections.nCopies(accounts.size(), "?"));
        jdbc.sql("select x.import_id, i.org_number, x.account, x.objects, x.amount_ore, x.quantity,"
                        + " coalesce(x.row_date, v.voucher_date) from ledger_import i join ledger_row x"
                        + " on x.municipality = i.municipality and x.import_id = i.id join ledger_voucher v"
                        + " on v.municipality = x.municipality and v.import_id = x.import_id and v.voucher_no = x.voucher_no"
                        + " where i.municipality = ? and i.fiscal_year = ? and i.status = 'CURRENT' and x.account in ("
                        + marks + ")")
                .params(params)
                .query(rs -> {
                    each.accept(new YearRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getBigDecimal(6),
                            rs.getObject(7, LocalDate.class)));
                });
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

    /**
     * Voucher rows of an import, optionally of one account, carrying every one of {@code objects}.
     * The number and sum of all that match come from the sums stored at import ({@code ledger_sum},
     * the same rows summed per account and object list), so they cost nothing however many rows
     * match; the page itself reads the rows in line order and stops when it is full.
     */
    public RowPage rows(
            MunicipalityCode code, long importId, @Nullable String account, List<String> objects, int page) {
        return rows(code, importId, account, objects, null, page);
    }

    /**
     * Voucher rows as {@link #rows(MunicipalityCode, long, String, List, int)}, and of one month when
     * {@code month} is given: the row's date, else its voucher's, in that month. The number and sum of
     * a month's rows are counted from the rows themselves, since the stored sums are for the year.
     */
    public RowPage rows(
            MunicipalityCode code,
            long importId,
            @Nullable String account,
            List<String> objects,
            @Nullable YearMonth month,
            int page) {
        List<Object> params = new ArrayList<>(List.of(code.value(), importId));
        StringBuilder where = new StringBuilder(" where x.municipality = ? and x.import_id = ?");
        if (account != null && !account.isBlank()) {
            where.append(" and x.account = ?");
            params.add(account);
        }
        for (String object : objects) {
            if (object != null && !object.isBlank()) {
                where.append(" and ('|' || x.objects || '|') like ?");
                params.add("%|" + object.replace("%", "\\%").replace("_", "\\_") + "|%");
            }
        }
        // the sums of the account and objects: how many rows, their sum, and between which lines they
        // lie (no line range for sums stored before the lines were kept)
        Span span = jdbc.sql("select coalesce(sum(x.row_count), 0), coalesce(sum(x.amount_ore), 0),"
                        + " min(x.first_line), max(x.last_line), count(*) = count(x.first_line) from ledger_sum x"
                        + where)
                .params(params)
                .query((rs, n) -> new Span(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBoolean(5) ? rs.getObject(3, Long.class) : null,
                        rs.getBoolean(5) ? rs.getObject(4, Long.class) : null))
                .single();
        String join = " from ledger_row x join ledger_voucher v on v.municipality = x.municipality"
                + " and v.import_id = x.import_id and v.voucher_no = x.voucher_no";
        if (span.firstLine() != null && span.lastLine() != null) {
            where.append(" and x.line between ? and ?");
            params.add(span.firstLine());
            params.add(span.lastLine());
        }
        if (month != null && span.rows() > 0) {
            where.append(" and coalesce(x.row_date, v.voucher_date) between ? and ?");
            params.add(month.atDay(1));
            params.add(month.atEndOfMonth());
            // the stored sums are for the year: a month's rows are counted from the rows themselves
            span = jdbc.sql("select count(*), coalesce(sum(x.amount_ore), 0)" + join + where)
                    .params(params)
                    .query((rs, n) -> new Span(rs.getLong(1), rs.getLong(2), null, null))
                    .single();
        }
        int offset = Math.max(0, page) * PAGE_SIZE;
        if (offset >= span.rows()) {
            // nothing matches (or the page is past the end): do not read the import's rows to find out
            return new RowPage(List.of(), page, false, span.rows(), Money.ofOre(span.ore()));
        }
        // ordered by (import, line), not just line: H2 then reads its index on (import_id, line) in
        // order and stops when the page is full instead of sorting every row of the import
        List<VoucherRow> rows = jdbc.sql("select v.series, v.number, v.voucher_date, v.text, x.row_no, x.account,"
                        + " x.objects, x.amount_ore, x.row_date, x.text, x.line, x.quantity" + join + where
                        + " order by x.import_id, x.line offset " + offset + " rows fetch next "
                        + (PAGE_SIZE + 1)
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
                        rs.getLong(11),
                        rs.getBigDecimal(12)))
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new RowPage(more ? rows.subList(0, PAGE_SIZE) : rows, page, more, span.rows(), Money.ofOre(span.ore()));
    }
}
