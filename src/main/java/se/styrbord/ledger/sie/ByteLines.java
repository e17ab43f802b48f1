package se.styrbord.ledger.sie;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a byte stream into lines through one fixed buffer, so that memory stays the same whatever
 * the file size. A line is {@code buf[start, end)} without its LF and without a CR before it.
 */
final class ByteLines {

    static final int BUFFER_BYTES = 1 << 20;

    enum Next {
        LINE,
        TOO_LONG,
        END
    }

    private final InputStream in;
    private final int maxLineBytes;
    final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    long lineNumber;
    int start;
    int end;

    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buf = new byte[Math.max(BUFFER_BYTES, 2 * maxLineBytes)];
    }

    /** Reads ahead up to {@code n} bytes without consuming them; returns how many are available. */
    int peek(int n) throws IOException {
        while (limit - pos < n && !eof) {
            fill();
        }
        return Math.min(n, limit - pos);
    }

    int position() {
        return pos;
    }

    void skip(int n) {
        pos += n;
    }

    Next next() throws IOException {
        int lf = indexOfLf(buf, pos, limit);
        if (lf < 0 || lf - pos > maxLineBytes) {
            return nextSlowly();
        }
        lineNumber++;
        start = pos;
        end = lf > pos && buf[lf - 1] == '\r' ? lf - 1 : lf;
        pos = lf + 1;
        return Next.LINE;
    }

    /** {@link #next} when the line is too long or not wholly in the buffer. */
    private Next nextSlowly() throws IOException {
        int from = pos;
        while (true) {
            int lf = indexOfLf(buf, from, limit);
            if (lf >= 0) {
                lineNumber++;
                if (lf - pos > maxLineBytes) {
                    pos = lf + 1;
                    return Next.TOO_LONG;
                }
                start = pos;
                end = lf > pos && buf[lf - 1] == '\r' ? lf - 1 : lf;
                pos = lf + 1;
                return Next.LINE;
            }
            if (limit - pos > maxLineBytes) {
                lineNumber++;
                skipRestOfLine();
                return Next.TOO_LONG;
            }
            if (eof) {
                if (pos == limit) {
                    return Next.END;
                }
                lineNumber++;
                start = pos;
                end = buf[limit - 1] == '\r' ? limit - 1 : limit;
                pos = limit;
                return Next.LINE;
            }
            from = limit - pos;
            fill();
            from = pos + from;
        }
    }

    private void skipRestOfLine() throws IOException {
        while (true) {
            int lf = indexOfLf(buf, pos, limit);
            if (lf >= 0) {
                pos = lf + 1;
                return;
            }
            pos = limit;
            if (eof) {
                return;
            }
            fill();
        }
    }

    /** Moves the unread bytes to the front of the buffer and reads more behind them. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The first LF in {@code b[from, to)}, or -1; eight bytes at a time: in {@code x = word ^ LFS} an
     * LF byte is zero, and {@code (x - ONES) & ~x & HIGHS} sets the high bit of the first zero byte.
     */
    static int indexOfLf(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ LFS;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
