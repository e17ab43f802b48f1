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
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Sums the rows per account and object list while they stream past, so that no pass over the
 * stored rows is needed, and writes the sums to {@code ledger_sum} in key order at the end.
 *
 * <p>Memory is bounded: past {@link #limit()} distinct keys the sums held are written, sorted, to a
 * temporary file (a run) and forgotten. At the end the runs are merged: each is read a line at a
 * time, equal keys are added up, and the result streams into the table. No GROUP BY over millions
 * of partial sums (H2 holds every group in memory) and no staging table.
 */
final class SumCollector implements AutoCloseable {

    /**
     * Bytes a key is allowed in memory: the map's node and table slot, the key record, its two
     * longs and, for a multi-object list, its own string (account numbers and short object lists
     * are shared with the reader). Measured at about 150; 256 leaves room.
     */
    private static final long BYTES_PER_KEY = 256;

    private static final Comparator<Key> KEY_ORDER =
            Comparator.comparing(Key::account).thenComparing(Key::objects);

    private final String municipality;
    private final long importId;
    private final Map<Key, long[]> sums = new HashMap<>();
    private final int limit = limit();
    private final List<Path> runs = new ArrayList<>();
    private long written;

    /** Account and normal object list; neither ever holds a tab or a line break (the reader splits on them). */
    private record Key(String account, String objects) {}

    SumCollector(String municipality, long importId) {
        this.municipality = municipality;
        this.importId = importId;
    }

    /**
     * Distinct keys held in memory before a run is written: a quarter of the heap, so that a 2 GB
     * heap sums two million keys without touching the disk and 256 MB a quarter of a million. The
     * system property {@code styrbord.ledger.sum-limit} overrides it (tests use it to force runs).
     */
    static int limit() {
        long byHeap = Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_KEY;
        return Integer.getInteger("styrbord.ledger.sum-limit", (int) Math.clamp(byHeap, 10_000, 8_000_000));
    }

    /** Adds a row of source line {@code line}: its amount, and the line to the key's first and last. */
    void add(String account, String objects, long amountOre, long line) {
        long[] sum = sums.computeIfAbsent(new Key(account, objects), k -> new long[] {0, 0, line, line});
        sum[0] += amountOre;
        sum[1]++;
        sum[2] = Math.min(sum[2], line);
        sum[3] = Math.max(sum[3], line);
        if (sums.size() >= limit) {
            spill();
        }
    }

    /** Sums written to {@code ledger_sum} by {@link #finish}. */
    long written() {
        return written;
    }

    /** Writes the sums to {@code ledger_sum} in key order: by COPY on PostgreSQL, by batches elsewhere. */
    void finish(Connection connection, boolean postgres) {
        try (SumWriter out = postgres ? new CopySums(connection) : new BatchSums(connection)) {
            if (runs.isEmpty()) {
                for (Key key : sortedKeys()) {
                    out.write(key, sums.get(key));
                }
            } else {
                spill();
                merge(out);
            }
            out.finish();
            written = out.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw BatchSink.failure(e);
        }
        sums.clear();
    }

    @Override
    public void close() {
        try {
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Key> sortedKeys() {
        List<Key> keys = new ArrayList<>(sums.keySet());
        keys.sort(KEY_ORDER);
        return keys;
    }

    /**
     * Writes the sums held as a sorted run, one {@code account TAB objects TAB öre TAB rows TAB
     * first line TAB last line} line each.
     */
    private void spill() {
        try {
            Path run = Files.createTempFile("styrbord-sums-", ".run");
            runs.add(run);
            try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (Key key : sortedKeys()) {
                    long[] sum = sums.get(key);
                    out.write(key.account());
                    out.write('\t');
                    out.write(key.objects());
                    out.write('\t');
                    out.write(Long.toString(sum[0]));
                    out.write('\t');
                    out.write(Long.toString(sum[1]));
                    out.write('\t');
                    out.write(Long.toString(sum[2]));
                    out.write('\t');
                    out.write(Long.toString(sum[3]));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sums.clear();
    }

    /** Merges the sorted runs, adding up the sums of a key found in several. */
    private void merge(SumWriter out) throws IOException, SQLException {
        PriorityQueue<Run> queue = new PriorityQueue<>(Comparator.comparing(Run::key, KEY_ORDER));
        List<Run> open = new ArrayList<>();
        try {
            for (Path path : runs) {
                Run run = new Run(Files.newBufferedReader(path, StandardCharsets.UTF_8));
                open.add(run);
                if (run.advance()) {
                    queue.add(run);
                }
            }
            while (!queue.isEmpty()) {
                Run first = queue.poll();
                Key key = first.key();
                long[] sum = first.sum.clone();
                if (first.advance()) {
                    queue.add(first);
                }
                while (!queue.isEmpty() && queue.peek().key().equals(key)) {
                    Run same = queue.poll();
                    sum[0] += same.sum[0];
                    sum[1] += same.sum[1];
                    sum[2] = Math.min(sum[2], same.sum[2]);
                    sum[3] = Math.max(sum[3], same.sum[3]);
                    if (same.advance()) {
                        queue.add(same);
                    }
                }
                out.write(key, sum);
            }
        } finally {
            for (Run run : open) {
                run.reader.close();
            }
        }
    }

    /** A sorted run being read: its current line. */
    private static final class Run {
        final BufferedReader reader;
        private @Nullable Key key;
        /** Öre, rows, first line, last line of the current key. */
        final long[] sum = new long[4];

        Run(BufferedReader reader) {
            this.reader = reader;
        }

        Key key() {
            return java.util.Objects.requireNonNull(key);
        }

        boolean advance() throws IOException {
            String line = reader.readLine();
            if (line == null) {
                key = null;
                return false;
            }
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            key = new Key(line.substring(0, a), line.substring(a + 1, b));
            int from = b + 1;
            for (int i = 0; i < sum.length; i++) {
                int to = i == sum.length - 1 ? line.length() : line.indexOf('\t', from);
                sum[i] = Long.parseLong(line, from, to, 10);
                from = to + 1;
            }
            return true;
        }
    }

    /** Where the merged sums go. */
    private abstract class SumWriter implements AutoCloseable {
        private long count;

        /** Writes a key's öre, rows, first line and last line. */
        final void write(Key key, long[] sum) throws SQLException {
            count++;
            row(key.account(), key.objects(), ObjectList.dim1Of(key.objects()), sum);
        }

        final long count() {
            return count;
        }

        abstract void row(String account, String objects, String dim1, long[] sum) throws SQLException;

        /** Writes what is still buffered; {@link #close} alone abandons it. */
        abstract void finish() throws SQLException;

        @Override
        public abstract void close() throws SQLException;
    }

    /** COPY in text format, a 64 KiB chunk at a time. */
    private final class CopySums extends SumWriter {
        private final CopyIn in;
        private final StringBuilder chunk = new StringBuilder(1 << 17);

        CopySums(Connection connection) throws SQLException {
            in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy ledger_sum (municipality, import_id, account, objects, dim1, amount_ore, row_count,"
                            + " first_line, last_line) from stdin");
        }

        @Override
        void row(String account, String objects, String dim1, long[] sum) throws SQLException {
            chunk.append(municipality)
                    .append('\t')
                    .append(importId)
                    .append('\t')
                    .append(CopySink.escape(account))
                    .append('\t')
                    .append(CopySink.escape(objects))
                    .append('\t')
                    .append(CopySink.escape(dim1))
                    .append('\t')
                    .append(sum[0])
                    .append('\t')
                    .append(sum[1])
                    .append('\t')
                    .append(sum[2])
                    .append('\t')
                    .append(sum[3])
                    .append('\n');
            if (chunk.length() >= 1 << 16) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        }

        @Override
        void finish() throws SQLException {
            flush();
            in.endCopy();
        }

        @Override
        public void close() throws SQLException {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** JDBC batches: the portable way, used for H2. */
    private final class BatchSums extends SumWriter {
        private final PreparedStatement insert;
        private int pending;

        BatchSums(Connection connection) throws SQLException {
            insert = connection.prepareStatement(
                    "insert into ledger_sum (municipality, import_id, account,"
                            + " objects, dim1, amount_ore, row_count, first_line, last_line) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        void row(String account, String objects, String dim1, long[] sum) throws SQLException {
            insert.setString(1, municipality);
            insert.setLong(2, importId);
            insert.setString(3, account);
            insert.setString(4, objects);
            insert.setString(5, dim1);
            insert.setLong(6, sum[0]);
            insert.setLong(7, sum[1]);
            insert.setLong(8, sum[2]);
            insert.setLong(9, sum[3]);
            insert.addBatch();
            if (++pending == BatchSink.BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        void finish() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
