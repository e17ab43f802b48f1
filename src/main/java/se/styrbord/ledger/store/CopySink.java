package se.styrbord.ledger.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Vouchers and rows by PostgreSQL's COPY (text format), streamed in the import's transaction. A
 * connection runs one COPY at a time, so the rows are copied as they come and the vouchers, far
 * fewer, are spooled to a temporary file and copied at the end.
 */
final class CopySink implements RowSink {

    private static final int BUFFER = 1 << 20;
    /** Room for the fixed part of a row: prefix, numbers, dates, tabs. */
    private static final int MAX_FIXED = 256;

    private final CopyManager copy;
    private final CopyIn rows;
    private final Path voucherSpool;
    private final BufferedWriter vouchers;
    private final String prefix;
    private final byte[] buffer = new byte[BUFFER];
    private int buffered;

    CopySink(Connection connection, String municipality, long importId) {
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI();
            rows = copy.copyIn("copy ledger_row (municipality, import_id, voucher_no, row_no, account, objects, dim1,"
                    + " amount_ore, row_date, text, quantity, line) from stdin");
            voucherSpool = Files.createTempFile("styrbord-vouchers-", ".copy");
            vouchers = Files.newBufferedWriter(voucherSpool, StandardCharsets.UTF_8);
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prefix = municipality + "\t" + importId + "\t";
    }

    @Override
    public void voucher(int voucherNo, String series, String number, @Nullable LocalDate date, String text, long line) {
        try {
            vouchers.write(prefix);
            vouchers.write(voucherNo + "\t" + escape(series) + "\t" + escape(number) + "\t" + date(date) + "\t"
                    + escape(text) + "\t" + line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            long sourceLine) {
        if (buffered + MAX_FIXED + 3 * (account.length() + objects.length() + dim1.length() + text.length()) > BUFFER) {
            flush();
        }
        ascii(prefix);
        number(voucherNo);
        tab();
        number(rowNo);
        tab();
        text(account);
        tab();
        text(objects);
        tab();
        text(dim1);
        tab();
        number(amountOre);
        tab();
        ascii(date(date));
        tab();
        text(text);
        tab();
        ascii(quantity == null ? "\\N" : quantity);
        tab();
        number(sourceLine);
        buffer[buffered++] = '\n';
    }

    @Override
    public void finish() {
        try {
            flush();
            rows.endCopy();
            vouchers.close();
            try (Reader reader = Files.newBufferedReader(voucherSpool, StandardCharsets.UTF_8)) {
                copy.copyIn(
                        "copy ledger_voucher (municipality, import_id, voucher_no, series, number, voucher_date,"
                                + " text, line) from stdin",
                        reader,
                        BUFFER);
            }
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (rows.isActive()) {
                rows.cancelCopy();
            }
            vouchers.close();
            Files.deleteIfExists(voucherSpool);
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tab() {
        buffer[buffered++] = '\t';
    }

    private void ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            buffer[buffered++] = (byte) value.charAt(i);
        }
    }

    private void number(long value) {
        ascii(Long.toString(value));
    }

    /** A text field in COPY's escaping, encoded as UTF-8 straight into the buffer. */
    private void text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> {
                        buffer[buffered++] = '\\';
                        buffer[buffered++] = '\\';
                    }
                    case '\t' -> {
                        buffer[buffered++] = '\\';
                        buffer[buffered++] = 't';
                    }
                    case '\n' -> {
                        buffer[buffered++] = '\\';
                        buffer[buffered++] = 'n';
                    }
                    case '\r' -> {
                        buffer[buffered++] = '\\';
                        buffer[buffered++] = 'r';
                    }
                    default -> buffer[buffered++] = (byte) c;
                }
            } else if (c < 0x800) {
                buffer[buffered++] = (byte) (0xC0 | (c >> 6));
                buffer[buffered++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                byte[] bytes =
                        String.valueOf(Character.toChars(value.codePointAt(i))).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, buffer, buffered, bytes.length);
                buffered += bytes.length;
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            } else {
                buffer[buffered++] = (byte) (0xE0 | (c >> 12));
                buffer[buffered++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[buffered++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void flush() {
        if (buffered > 0) {
            writeDirect(buffer, buffered);
            buffered = 0;
        }
    }

    private void writeDirect(byte[] bytes, int length) {
        try {
            rows.writeToCopy(bytes, 0, length);
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "\\N" : date.toString();
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped. */
    static String escape(String value) {
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c != '\\' && c != '\t' && c != '\n' && c != '\r';
        }
        if (plain) {
            return value;
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
