package se.styrbord.ledger.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the vouchers and rows of one import go while the file is read: PostgreSQL's COPY, or JDBC
 * batches elsewhere. The only place the two databases are written differently.
 */
interface RowSink extends AutoCloseable {

    void voucher(int voucherNo, String series, String number, @Nullable LocalDate date, String text, long line);

    void row(
            int voucherNo,
            int rowNo,
            String account,
            String objects,
            String dim1,
            long amountOre,
            @Nullable LocalDate date,
            String text,
            @Nullable String quantity,
            long line);

    /** Writes what is buffered; after this every voucher and row is in the database. */
    void finish();

    @Override
    void close();
}
