package se.styrbord.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sums the rows per account and object list while they stream past, so that no pass over the
 * stored rows is needed. Memory is bounded: past {@link #LIMIT} distinct keys the partial sums are
 * written to {@code ledger_sum_part} and added up in SQL at the end.
 */
final class SumCollector {

    static final int LIMIT = 100_000;

    private final String municipality;
    private final long importId;
    private final Map<String, long[]> sums = new HashMap<>();
    private boolean spilled;

    SumCollector(String municipality, long importId) {
        this.municipality = municipality;
        this.importId = importId;
    }

    void add(Connection connection, String account, String objects, long amountOre) {
        long[] sum = sums.computeIfAbsent(account + '\u0000' + objects, k -> new long[2]);
        sum[0] += amountOre;
        sum[1]++;
        if (sums.size() >= LIMIT) {
            write(connection, "ledger_sum_part");
            spilled = true;
        }
    }

    /** Writes the sums to {@code ledger_sum}, adding up what was spilled before. */
    void finish(Connection connection, JdbcClient jdbc) {
        if (!spilled) {
            write(connection, "ledger_sum");
            return;
        }
        write(connection, "ledger_sum_part");
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

    private void write(Connection connection, String table) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table
                        + " (municipality, import_id, account, objects, dim1, amount_ore, row_count) values (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (var e : sums.entrySet()) {
                String key = e.getKey();
                int split = key.indexOf('\u0000');
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
        sums.clear();
    }
}
