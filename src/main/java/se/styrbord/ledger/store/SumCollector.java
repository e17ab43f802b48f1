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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums the rows per account and object list while they stream past, so that no pass over the
 * stored rows is needed. Memory is bounded: past {@link #limit()} distinct keys the partial sums
 * are spooled to a temporary file (a connection in the middle of a COPY can run nothing else), and
 * at the end loaded into {@code ledger_sum_part} and added up in SQL.
 */
final class SumCollector implements AutoCloseable {

    /**
     * Bytes a key is allowed in memory: the map's node and table slot, the key record, its two
     * longs and, for a multi-object list, its own string (account numbers and short object lists
     * are shared with the reader). Measured at about 150; 256 leaves room.
     */
    private static final long BYTES_PER_KEY = 256;

    private final String municipality;
    private final long importId;
    private final Map<Key, long[]> sums = new HashMap<>();
    private final int limit = limit();
    private @Nullable Path spool;
    private @Nullable BufferedWriter spooled;
    private long written;

    private record Key(String account, String objects) {}

    /** The primary key's order: inserting in it appends to the index instead of splitting pages all over. */
    private static final Comparator<Map.Entry<Key, long[]>> IN_KEY_ORDER = Comparator.comparing(
                    (Map.Entry<Key, long[]> e) -> e.getKey().account())
            .thenComparing(e -> e.getKey().objects());

    private static List<Map.Entry<Key, long[]>> sorted(Map<Key, long[]> entries) {
        List<Map.Entry<Key, long[]>> list = new ArrayList<>(entries.entrySet());
        list.sort(IN_KEY_ORDER);
        return list;
    }

    SumCollector(String municipality, long importId) {
        this.municipality = municipality;
        this.importId = importId;
    }

    /**
     * Distinct keys held in memory before spilling: a quarter of the heap, so that a 2 GB heap sums
     * two million keys without touching the disk and 256 MB still a quarter of a million. The system
     * property {@code styrbord.ledger.sum-limit} overrides it (tests use it to force spilling).
     */
    static int limit() {
        long byHeap = Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_KEY;
        return Integer.getInteger("styrbord.ledger.sum-limit", (int) Math.clamp(byHeap, 10_000, 8_000_000));
    }

    /** Sums written to {@code ledger_sum} by {@link #finish}. */
    long written() {
        return written;
    }

    void add(String account, String objects, long amountOre) {
        long[] sum = sums.computeIfAbsent(new Key(account, objects), k -> new long[2]);
        sum[0] += amountOre;
        sum[1]++;
        if (sums.size() >= limit) {
            spill();
        }
    }

    /** Writes the sums to {@code ledger_sum}, adding up what was spilled before. */
    void finish(Connection connection, JdbcClient jdbc, boolean postgres) {
        if (spooled == null) {
            written = sums.size();
            if (postgres) {
                copyDirect(connection);
            } else {
                insert(connection, "ledger_sum", sums);
            }
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
        written = jdbc.sql(
                        "insert into ledger_sum (municipality, import_id, account, objects, dim1, amount_ore, row_count)"
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
                spooled.write(copyLine(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sums.clear();
    }

    private String copyLine(Key key, long[] sum) {
        return municipality + "\t" + importId + "\t" + CopySink.escape(key.account()) + "\t"
                + CopySink.escape(key.objects()) + "\t" + CopySink.escape(ObjectList.dim1Of(key.objects())) + "\t"
                + sum[0] + "\t" + sum[1] + "\n";
    }

    /** The sums held in memory straight into {@code ledger_sum} by COPY. */
    private void copyDirect(Connection connection) {
        try {
            CopyIn in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy ledger_sum (municipality, import_id, account, objects, dim1, amount_ore, row_count)"
                            + " from stdin");
            try {
                StringBuilder chunk = new StringBuilder(1 << 16);
                for (var e : sorted(sums)) {
                    chunk.append(copyLine(e.getKey(), e.getValue()));
                    if (chunk.length() > 1 << 16) {
                        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        chunk.setLength(0);
                    }
                }
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
        sums.clear();
    }

    private void loadByBatches(Connection connection) throws IOException {
        Map<Key, long[]> part = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                long[] sum = part.computeIfAbsent(new Key(unescape(f[2]), unescape(f[3])), k -> new long[2]);
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

    private void insert(Connection connection, String table, Map<Key, long[]> entries) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table
                        + " (municipality, import_id, account, objects, dim1, amount_ore, row_count) values (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (var e : sorted(entries)) {
                Key key = e.getKey();
                insert.setString(1, municipality);
                insert.setLong(2, importId);
                insert.setString(3, key.account());
                insert.setString(4, key.objects());
                insert.setString(5, ObjectList.dim1Of(key.objects()));
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
