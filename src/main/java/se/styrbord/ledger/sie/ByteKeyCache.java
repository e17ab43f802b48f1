package se.styrbord.ledger.sie;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A bounded open-addressing map from short byte sequences to values, so that the identifiers that
 * repeat on every row (accounts, objects, object lists) become one shared object each instead of a
 * new one per row. When full it stops adding, so memory stays bounded.
 */
final class ByteKeyCache<V> {

    static final int MAX_KEY_BYTES = 128;
    private static final int SLOTS = 1 << 13;
    private static final int MAX_ENTRIES = SLOTS / 2;

    private final byte[][] keys = new byte[SLOTS][];
    private final int[] hashes = new int[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private int size;

    static int hash(byte[] b, int s, int e) {
        int h = 1;
        for (int i = s; i < e; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 15);
    }

    @SuppressWarnings("unchecked")
    @Nullable
    V get(byte[] b, int s, int e, int hash) {
        int i = hash & (SLOTS - 1);
        while (true) {
            byte[] k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == hash && Arrays.equals(k, 0, k.length, b, s, e)) {
                return (V) values[i];
            }
            i = (i + 1) & (SLOTS - 1);
        }
    }

    void put(byte[] b, int s, int e, int hash, V value) {
        if (size >= MAX_ENTRIES || e - s > MAX_KEY_BYTES) {
            return;
        }
        int i = hash & (SLOTS - 1);
        while (keys[i] != null) {
            i = (i + 1) & (SLOTS - 1);
        }
        keys[i] = Arrays.copyOfRange(b, s, e);
        hashes[i] = hash;
        values[i] = value;
        size++;
    }
}
