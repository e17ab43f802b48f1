package se.styrbord.ledger.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums the rows per account and object list while they stream past, so that no pass over the
 * stored rows is needed. Memory is bounded: past {@link #LIMIT} distinct keys the partial sums are
 * spooled to a temporary file (a connection in the middle of a COPY can run nothing else), and at
 * the end loaded into {@code ledger_sum_part} and added up in SQL.
 */
final class SumCollector implements AutoCloseable {

    /** Distinct keys held in memory before spilling; the system property is for tests. */
    static final int LIMIT = 100_000;

    private final String municipality;
    private final long importId;
    private final Map<String, long[]> sums = new HashMap<>();
    private final int limit = Integer.getInteger("styrbord.ledger.sum-limit", LIMIT);
    private @Nullable Path spool;
    private @Nullable BufferedWriter spooled;

    SumCollector(String municipality, long importId) {
        this.municipality = municipality;
        this.importId = importId;
    }

    void add(String account, String objects, long amountOre) {
        long[] sum = sums.computeIfAbsent(account + '\t' + objects, k -> new long[2]);
        sum[0] += amountOre;
        sum[1]++;
        if (sums.size() >= limit) {
            spill();
        }
    }

    /** Writes the sums to {@code ledger_sum}, adding up what was spilled before. */
    void finish(Connection connection, JdbcClient jdbc, boolean postgres) {
        if (spooled == null) {
            insert(connection, "ledger_sum", sums);
            return;
        }
        spill();
        try {
            spooled.close();
            if (postgres) {
                try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                    connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn(
                                    "copy ledger_sum_part (municipality,"
                                            + " import_id, account, objects, dim1, amount_ore, row_count) from stdin",
                                    reader);
                }
            } else {
                loadByBatches(connection);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
        jdbc.sql("insert into ledger_sum (municipality, import_id, account, objects, dim1, amount_ore, row_count)"
                        + " select municipality, import_id, account, objects, min(dim1), sum(amount_ore), sum(row_count)"
                        + " from ledger_sum_part where municipality = ? and import_id = ?"
                        + " group by municipality, import_id, account, objects")
                .params(municipality, importId)
                .update();
        jdbc.sql("delete from ledger_sum_part where municipality = ? and import_id = ?")
                .params(municipality, importId)
                .update();
    }

    @Override
    public void close() {
        try {
            if (spooled != null) {
                spooled.close();
            }
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends the partial sums as COPY text lines (keys never hold tabs: the reader splits on them). */
    private void spill() {
        try {
            if (spooled == null) {
                spool = Files.createTempFile("styrbord-sums-", ".copy");
                spooled = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
            }
            for (var e : sums.entrySet()) {
                String key = e.getKey();
                String objects = key.substring(key.indexOf('\t') + 1);
                spooled.write(municipality + "\t" + importId + "\t"
                        + CopySink.escape(key.substring(0, key.indexOf('\t')))
                        + "\t" + CopySink.escape(objects) + "\t" + CopySink.escape(ObjectList.dim1Of(objects)) + "\t"
                        + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sums.clear();
    }

    private void loadByBatches(Connection connection) throws IOException {
        Map<String, long[]> part = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                long[] sum = part.computeIfAbsent(unescape(f[2]) + '\t' + unescape(f[3]), k -> new long[2]);
                sum[0] += Long.parseLong(f[5]);
                sum[1] += Long.parseLong(f[6]);
                if (part.size() >= limit) {
                    insert(connection, "ledger_sum_part", part);
                }
            }
        }
        insert(connection, "ledger_sum_part", part);
    }

    private static String unescape(String text) {
        return text.indexOf('\\') < 0
                ? text
                : text.replace("\\t", "\t")
                        .replace("\\n", "\n")
                        .replace("\\r", "\r")
                        .replace("\\\\", "\\");
    }

    private void insert(Connection connection, String table, Map<String, long[]> entries) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table
                        + " (municipality, import_id, account, objects, dim1, amount_ore, row_count) values (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (var e : entries.entrySet()) {
                String key = e.getKey();
                int split = key.indexOf('\t');
                String objects = key.substring(split + 1);
                insert.setString(1, municipality);
                insert.setLong(2, importId);
                insert.setString(3, key.substring(0, split));
                insert.setString(4, objects);
                insert.setString(5, ObjectList.dim1Of(objects));
                insert.setLong(6, e.getValue()[0]);
                insert.setLong(7, e.getValue()[1]);
                insert.addBatch();
                if (++pending == BatchSink.BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
        entries.clear();
    }
}
