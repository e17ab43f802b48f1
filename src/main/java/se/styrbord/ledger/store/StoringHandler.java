package se.styrbord.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.styrbord.ledger.sie.ObjectRef;
import se.styrbord.ledger.sie.SieHandler;
import se.styrbord.ledger.sie.SieRecord;
import se.styrbord.ledger.sie.SieRecord.Account;
import se.styrbord.ledger.sie.SieRecord.AccountType;
import se.styrbord.ledger.sie.SieRecord.Dimension;
import se.styrbord.ledger.sie.SieRecord.DimensionObject;
import se.styrbord.ledger.sie.SieRecord.ObjectBalance;
import se.styrbord.ledger.sie.SieRecord.PeriodBalance;
import se.styrbord.ledger.sie.SieRecord.Row;
import se.styrbord.ledger.sie.SieRecord.SubDimension;
import se.styrbord.ledger.sie.SieRecord.Voucher;
import se.styrbord.ledger.sie.SieRecord.YearBalance;

/**
 * Stores the records of one SIE file as they are read: vouchers and rows through a {@link
 * RowSink}, balances in batches, and the chart of accounts, dimensions and objects (small) kept
 * until the end. Only rows that count are stored.
 */
final class StoringHandler implements SieHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StoringHandler.class);

    private final String municipality;
    private final long importId;
    private final RowSink sink;
    private final SumCollector sums;
    private final boolean postgres;
    private final PreparedStatement balances;
    private final Map<String, String[]> accounts = new LinkedHashMap<>();
    private final Map<String, String[]> dimensions = new LinkedHashMap<>();
    private final Map<String, String> objects = new LinkedHashMap<>();
    private int pendingBalances;
    private int voucherNo;
    private int rowNo;
    private boolean inVoucher;
    private @Nullable String program;

    StoringHandler(
            Connection connection,
            String municipality,
            long importId,
            RowSink sink,
            SumCollector sums,
            boolean postgres) {
        this.municipality = municipality;
        this.importId = importId;
        this.sink = sink;
        this.sums = sums;
        this.postgres = postgres;
        try {
            balances = connection.prepareStatement("insert into ledger_balance (municipality, import_id, kind,"
                    + " year_index, period, account, objects, amount_ore, quantity, line)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
    }

    @Override
    public void identification(SieRecord record) {
        if (record instanceof SieRecord.Program p) {
            program = (p.name() + " " + p.version()).strip();
        }
    }

    @Override
    public void account(Account account) {
        accounts.compute(account.number(), (k, v) -> new String[] {account.name(), v == null ? null : v[1]});
    }

    @Override
    public void accountType(AccountType type) {
        accounts.compute(type.account(), (k, v) -> new String[] {v == null ? "" : v[0], type.type()});
    }

    @Override
    public void dimension(Dimension dimension) {
        dimensions.put(dimension.number(), new String[] {dimension.name(), null});
    }

    @Override
    public void subDimension(SubDimension dimension) {
        dimensions.put(dimension.number(), new String[] {dimension.name(), dimension.parent()});
    }

    @Override
    public void object(DimensionObject object) {
        objects.put(object.dimension() + "\u0000" + object.id(), object.name());
    }

    @Override
    public void yearBalance(YearBalance balance) {
        String kind = switch (balance.kind()) {
            case OPENING -> "IB";
            case CLOSING -> "UB";
            case RESULT -> "RES";
        };
        balance(
                kind,
                balance.year(),
                null,
                balance.account(),
                "",
                balance.amountOre(),
                balance.quantity(),
                balance.line());
    }

    @Override
    public void objectBalance(ObjectBalance balance) {
        String kind = balance.kind() == YearBalance.Kind.OPENING ? "OIB" : "OUB";
        balance(
                kind,
                balance.year(),
                null,
                balance.account(),
                ObjectList.normal(balance.objects()),
                balance.amountOre(),
                balance.quantity(),
                balance.line());
    }

    @Override
    public void periodBalance(PeriodBalance balance) {
        String kind = balance.kind() == PeriodBalance.Kind.ACTUAL ? "PSALDO" : "PBUDGET";
        int period = balance.period().getYear() * 100 + balance.period().getMonthValue();
        balance(
                kind,
                balance.year(),
                period,
                balance.account(),
                ObjectList.normal(balance.objects()),
                balance.amountOre(),
                balance.quantity(),
                balance.line());
    }

    @Override
    public void voucher(Voucher voucher) {
        voucherNo++;
        rowNo = 0;
        inVoucher = true;
        sink.voucher(
                voucherNo, voucher.series(), voucher.number(), voucher.date(), clip(voucher.text()), voucher.line());
    }

    @Override
    public void row(Row row) {
        if (!row.counted() || !inVoucher) {
            return;
        }
        List<ObjectRef> refs = row.objects();
        String objectList = ObjectList.normal(refs);
        sums.add(row.account(), objectList, row.amountOre(), row.line());
        sink.row(
                voucherNo,
                ++rowNo,
                row.account(),
                objectList,
                ObjectList.dim1Of(objectList),
                row.amountOre(),
                row.date(),
                clip(row.text()),
                row.quantity() == null ? null : row.quantity().toPlainString(),
                row.line());
    }

    @Override
    public void voucherEnd(SieRecord.VoucherEnd end) {
        inVoucher = false;
    }

    /** Texts longer than the column are cut; a voucher text is description, not a key. */
    static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    @Nullable
    String program() {
        return program;
    }

    /** Writes what is still buffered and the chart of accounts, dimensions and objects. */
    void finish(Connection connection) {
        long started = System.nanoTime();
        sink.finish();
        long flushed = System.nanoTime();
        sums.finish(connection, postgres);
        log.debug(
                "import {}: rows flushed in {} ms, {} sums written in {} ms",
                importId,
                (flushed - started) / 1_000_000,
                sums.written(),
                (System.nanoTime() - flushed) / 1_000_000);
        try {
            if (pendingBalances > 0) {
                balances.executeBatch();
            }
            balances.close();
            insertAll(
                    connection,
                    "ledger_account (municipality, import_id, account, name, account_type)",
                    accounts.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()[0], e.getValue()[1]}));
            insertAll(
                    connection,
                    "ledger_dimension (municipality, import_id, dimension, name, parent)",
                    dimensions.entrySet().stream()
                            .map(e -> new String[] {e.getKey(), e.getValue()[0], e.getValue()[1]}));
            insertAll(
                    connection,
                    "ledger_object (municipality, import_id, dimension, object_id, name)",
                    objects.entrySet().stream().map(e -> {
                        String[] key = e.getKey().split("\u0000", 2);
                        return new String[] {key[0], key[1], e.getValue()};
                    }));
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
    }

    /** Inserts rows of three text columns after the group and import into {@code table (columns)}. */
    private void insertAll(Connection connection, String tableAndColumns, java.util.stream.Stream<String[]> rows)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("insert into " + tableAndColumns + " values (?, ?, ?, ?, ?)")) {
            for (String[] row : (Iterable<String[]>) rows::iterator) {
                statement.setString(1, municipality);
                statement.setLong(2, importId);
                statement.setString(3, row[0]);
                statement.setString(4, row[1]);
                statement.setString(5, row[2]);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void balance(
            String kind,
            int year,
            @Nullable Integer period,
            String account,
            String objectList,
            long amountOre,
            java.math.@Nullable BigDecimal quantity,
            long line) {
        try {
            balances.setString(1, municipality);
            balances.setLong(2, importId);
            balances.setString(3, kind);
            balances.setInt(4, year);
            if (period == null) {
                balances.setNull(5, Types.INTEGER);
            } else {
                balances.setInt(5, period);
            }
            balances.setString(6, account);
            balances.setString(7, objectList);
            balances.setLong(8, amountOre);
            balances.setBigDecimal(9, quantity);
            balances.setLong(10, line);
            balances.addBatch();
            if (++pendingBalances == BatchSink.BATCH) {
                balances.executeBatch();
                pendingBalances = 0;
            }
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
    }
}
