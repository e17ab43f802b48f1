package se.styrbord.ledger.sie;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MIX = 0x9E3779B97F4A7C15L;

    /** A hash of {@code b[s, e)} taken eight bytes at a time. */
    static int hash(byte[] b, int s, int e) {
        long h = e - s;
        int i = s;
        for (; i + 8 <= e; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * MIX;
        }
        long tail = 0;
        for (int k = e - 1; k >= i; k--) {
            tail = (tail << 8) | (b[k] & 0xFF);
        }
        h = (h ^ tail) * MIX;
        return (int) (h >>> 32) ^ (int) h;
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
            if (hashes[i] == hash && same(k, b, s, e)) {
                return (V) values[i];
            }
            i = (i + 1) & (SLOTS - 1);
        }
    }

    /** {@code Arrays.equals} for short keys, comparing eight bytes at a time. */
    private static boolean same(byte[] key, byte[] b, int s, int e) {
        int n = key.length;
        if (n != e - s) {
            return false;
        }
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) LONGS.get(key, i) != (long) LONGS.get(b, s + i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (key[i] != b[s + i]) {
                return false;
            }
        }
        return true;
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
