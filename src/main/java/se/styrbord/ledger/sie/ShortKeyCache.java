package se.styrbord.ledger.sie;

import org.jspecify.annotations.Nullable;

/**
 * Like {@link ByteKeyCache} for keys of at most eight bytes, such as account numbers and object ids:
 * the bytes packed into one {@code long} are the key, so a lookup compares one number. Bytes are
 * never zero (a NUL stops the reading), so the packing is unambiguous.
 */
final class ShortKeyCache<V> {

    static final int MAX_KEY_BYTES = 8;
    private static final int SLOTS = 1 << 13;
    private static final int MAX_ENTRIES = SLOTS / 2;

    private final long[] keys = new long[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private int size;

    static long pack(byte[] b, int s, int e) {
        long key = 0;
        for (int i = e - 1; i >= s; i--) {
            key = (key << 8) | (b[i] & 0xFF);
        }
        return key;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 51);
    }

    @SuppressWarnings("unchecked")
    @Nullable
    V get(long key) {
        int i = slot(key);
        while (true) {
            Object v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == key) {
                return (V) v;
            }
            i = (i + 1) & (SLOTS - 1);
        }
    }

    void put(long key, V value) {
        if (size >= MAX_ENTRIES) {
            return;
        }
        int i = slot(key);
        while (values[i] != null) {
            i = (i + 1) & (SLOTS - 1);
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }
}
