package se.styrbord.ledger.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/** Vouchers and rows by JDBC batches: the portable way, used for H2. */
final class BatchSink implements RowSink {

    static final int BATCH = 5_000;

    private final PreparedStatement vouchers;
    private final PreparedStatement rows;
    private final String municipality;
    private final long importId;
    private int pendingVouchers;
    private int pendingRows;

    BatchSink(Connection connection, String municipality, long importId) {
        this.municipality = municipality;
        this.importId = importId;
        try {
            vouchers = connection.prepareStatement("insert into ledger_voucher"
                    + " (municipality, import_id, voucher_no, series, number, voucher_date, text, line)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)");
            rows = connection.prepareStatement("insert into ledger_row (municipality, import_id, voucher_no, row_no,"
                    + " account, objects, dim1, amount_ore, row_date, text, quantity, line)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void voucher(int voucherNo, String series, String number, @Nullable LocalDate date, String text, long line) {
        try {
            vouchers.setString(1, municipality);
            vouchers.setLong(2, importId);
            vouchers.setInt(3, voucherNo);
            vouchers.setString(4, series);
            vouchers.setString(5, number);
            setDate(vouchers, 6, date);
            vouchers.setString(7, text);
            vouchers.setLong(8, line);
            vouchers.addBatch();
            if (++pendingVouchers == BATCH) {
                vouchers.executeBatch();
                pendingVouchers = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void row(
            int voucherNo,
            int rowNo,
            String account,
            String objects,
            String dim1,
            long amountOre,
            @Nullable LocalDate date,
            String text,
            @Nullable String quantity,
            long line) {
        try {
            rows.setString(1, municipality);
            rows.setLong(2, importId);
            rows.setInt(3, voucherNo);
            rows.setInt(4, rowNo);
            rows.setString(5, account);
            rows.setString(6, objects);
            rows.setString(7, dim1);
            rows.setLong(8, amountOre);
            setDate(rows, 9, date);
            rows.setString(10, text);
            if (quantity == null) {
                rows.setNull(11, Types.NUMERIC);
            } else {
                rows.setBigDecimal(11, new BigDecimal(quantity));
            }
            rows.setLong(12, line);
            rows.addBatch();
            if (++pendingRows == BATCH) {
                rows.executeBatch();
                pendingRows = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void finish() {
        try {
            if (pendingVouchers > 0) {
                vouchers.executeBatch();
                pendingVouchers = 0;
            }
            if (pendingRows > 0) {
                rows.executeBatch();
                pendingRows = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            vouchers.close();
            rows.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    static DataAccessResourceFailureException failure(SQLException e) {
        return new DataAccessResourceFailureException("storing the ledger failed: " + e.getMessage(), e);
    }
}
