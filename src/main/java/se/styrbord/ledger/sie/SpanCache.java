package se.styrbord.ledger.sie;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Object lists by their bytes from '{' to '}' when these are at most 24, held as three {@code long}
 * words: the quick path finds the '}' and the key in the same three eight-byte loads. The words
 * end with the first '}', so equal words mean equal lists. Bounded like {@link ByteKeyCache}.
 */
final class SpanCache {

    static final int MAX_SPAN = 24;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SLOTS = 1 << 13;
    private static final int MAX_ENTRIES = SLOTS / 2;
    private static final long BRACES = 0x7D7D7D7D7D7D7D7DL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final long[] k0 = new long[SLOTS];
    private final long[] k1 = new long[SLOTS];
    private final long[] k2 = new long[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private int size;

    /** Key words of the span starting at {@code b[s] == '{'}, filled by {@link #read}. */
    long w0;

    long w1;
    long w2;
    /** Index just after the '}' found by {@link #read}. */
    int end;

    /**
     * Reads the span at {@code s} into the key words; false when its '}' is not among the next 24
     * bytes before {@code e}, or the array ends too soon for three whole words.
     */
    boolean read(byte[] b, int s, int e) {
        if (s + MAX_SPAN > b.length) {
            return false;
        }
        long a = (long) LONGS.get(b, s);
        long f = found(a);
        if (f != 0) {
            return close(a & maskThrough(f), 0, 0, s + at(f), e);
        }
        long c = (long) LONGS.get(b, s + 8);
        f = found(c);
        if (f != 0) {
            return close(a, c & maskThrough(f), 0, s + 8 + at(f), e);
        }
        long d = (long) LONGS.get(b, s + 16);
        f = found(d);
        if (f != 0) {
            return close(a, c, d & maskThrough(f), s + 16 + at(f), e);
        }
        return false;
    }

    private boolean close(long a, long c, long d, int brace, int e) {
        if (brace >= e) {
            return false;
        }
        w0 = a;
        w1 = c;
        w2 = d;
        end = brace + 1;
        return true;
    }

    /** The same key words for a span known to end at {@code e} (exclusive), byte by byte. */
    void key(byte[] b, int s, int e) {
        long[] w = new long[3];
        for (int i = s; i < e; i++) {
            w[(i - s) >>> 3] |= (b[i] & 0xFFL) << (8 * ((i - s) & 7));
        }
        w0 = w[0];
        w1 = w[1];
        w2 = w[2];
    }

    private static long found(long word) {
        long x = word ^ BRACES;
        return (x - ONES) & ~x & HIGHS;
    }

    private static int at(long found) {
        return Long.numberOfTrailingZeros(found) >>> 3;
    }

    /** A mask that keeps the bytes up to and including the first flagged one. */
    private static long maskThrough(long found) {
        int bits = Long.numberOfTrailingZeros(found) + 1;
        return bits >= 64 ? -1L : (1L << bits) - 1;
    }

    private int slot() {
        long h = (w0 * 0x9E3779B97F4A7C15L) ^ (w1 * 0xC2B2AE3D27D4EB4FL) ^ (w2 * 0x165667B19E3779F9L);
        return (int) (h >>> 51);
    }

    @SuppressWarnings("unchecked")
    @Nullable
    List<ObjectRef> get() {
        int i = slot();
        while (true) {
            Object v = values[i];
            if (v == null) {
                return null;
            }
            if (k0[i] == w0 && k1[i] == w1 && k2[i] == w2) {
                return (List<ObjectRef>) v;
            }
            i = (i + 1) & (SLOTS - 1);
        }
    }

    void put(List<ObjectRef> objects) {
        if (size >= MAX_ENTRIES) {
            return;
        }
        int i = slot();
        while (values[i] != null) {
            if (k0[i] == w0 && k1[i] == w1 && k2[i] == w2) {
                return;
            }
            i = (i + 1) & (SLOTS - 1);
        }
        k0[i] = w0;
        k1[i] = w1;
        k2[i] = w2;
        values[i] = objects;
        size++;
    }
}
