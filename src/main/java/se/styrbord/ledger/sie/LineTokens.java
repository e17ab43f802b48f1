package se.styrbord.ledger.sie;

import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The fields of one line, found in place in the line buffer (SIE 4C §5.7): separated by spaces or
 * TABs, optionally quoted with {@code \"} as the only escape, and object lists in braces. A field is
 * either a word (a token) or a group (an object list whose tokens follow it).
 */
final class LineTokens {

    static final byte QUOTED = 1;
    static final byte ESCAPED = 2;
    static final byte HIGH = 4;
    static final byte GROUP = 8;

    byte[] buf = new byte[0];
    int count;
    int[] start = new int[64];
    int[] end = new int[64];
    byte[] flags = new byte[64];
    /**
     * For a group token: the index after its last member token. Its start and end are the positions
     * of its '{' and just after its '}'.
     */
    int[] groupEnd = new int[64];

    int fieldCount;
    int[] field = new int[64];

    boolean unclosedGroup;
    boolean unclosedQuote;
    boolean strayQuote;
    /** Position of a NUL byte in the line, or -1. */
    int nul;

    void tokenize(byte[] b, int from, int to) {
        buf = b;
        count = 0;
        fieldCount = 0;
        unclosedGroup = false;
        unclosedQuote = false;
        strayQuote = false;
        nul = -1;
        int group = -1;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c <= ' ') {
                if (c == 0) {
                    nul = i;
                }
                i++;
            } else if (c == '{' && group < 0) {
                group = add(i, i, GROUP, true);
                i++;
            } else if (c == '}' && group >= 0) {
                groupEnd[group] = count;
                end[group] = i + 1;
                group = -1;
                i++;
            } else if (c == '"') {
                i = quoted(b, i + 1, to, group < 0);
            } else {
                i = word(b, i, to, group >= 0, group < 0);
            }
        }
        if (group >= 0) {
            groupEnd[group] = count;
            end[group] = to;
            unclosedGroup = true;
        }
    }

    private int quoted(byte[] b, int from, int to, boolean topLevel) {
        byte f = QUOTED;
        int bits = 0;
        int j = from;
        while (j < to) {
            byte c = b[j];
            bits |= c;
            if (c == '"') {
                int next = j + 1 < to ? b[j + 1] : ' ';
                if (next >= 0 && next <= ' ' || next == '}') {
                    add(from, j, bits < 0 ? (byte) (f | HIGH) : f, topLevel);
                    return j + 1;
                }
                strayQuote = true;
            } else if (c == '\\' && j + 1 < to && b[j + 1] == '"') {
                f |= ESCAPED;
                j++;
            } else if (c == 0) {
                nul = j;
            }
            j++;
        }
        unclosedQuote = true;
        int e = to;
        while (e > from && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        add(from, e, bits < 0 ? (byte) (f | HIGH) : f, topLevel);
        return to;
    }

    /** An unquoted token: up to a space, TAB or control byte, or in an object list a '}'. */
    private int word(byte[] b, int from, int to, boolean inGroup, boolean topLevel) {
        int bits = 0;
        int j = from;
        if (inGroup) {
            while (j < to) {
                byte c = b[j];
                if (c >= 0 && c <= ' ' || c == '}') {
                    break;
                }
                bits |= c;
                j++;
            }
        } else {
            while (j < to) {
                byte c = b[j];
                if (c >= 0 && c <= ' ') {
                    break;
                }
                bits |= c;
                j++;
            }
        }
        add(from, j, bits < 0 ? HIGH : 0, topLevel);
        return j;
    }

    private int add(int s, int e, byte f, boolean topLevel) {
        if (count == start.length) {
            grow();
        }
        start[count] = s;
        end[count] = e;
        flags[count] = f;
        if (topLevel) {
            if (fieldCount == field.length) {
                field = Arrays.copyOf(field, fieldCount * 2);
            }
            field[fieldCount++] = count;
        }
        return count++;
    }

    private void grow() {
        int n = start.length * 2;
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        flags = Arrays.copyOf(flags, n);
        groupEnd = Arrays.copyOf(groupEnd, n);
    }

    boolean isGroup(int fieldIndex) {
        return (flags[field[fieldIndex]] & GROUP) != 0;
    }

    /** The token of field {@code i}, or -1 when the line has fewer fields or the field is a group. */
    int token(int fieldIndex) {
        if (fieldIndex >= fieldCount) {
            return -1;
        }
        int t = field[fieldIndex];
        return (flags[t] & GROUP) != 0 ? -1 : t;
    }

    boolean isEmpty(int token) {
        return token < 0 || start[token] == end[token];
    }

    /**
     * Adds the line to a SIE checksum (SIE 4C §10): the content of every token, without separators,
     * quotes and braces, and for {@code \"} only the quote.
     */
    void updateChecksum(CRC32 crc, byte[] scratch) {
        int n = 0;
        for (int t = 0; t < count; t++) {
            if ((flags[t] & GROUP) != 0) {
                continue;
            }
            int s = start[t];
            int e = end[t];
            if ((flags[t] & ESCAPED) == 0) {
                if (n + (e - s) > scratch.length) {
                    crc.update(scratch, 0, n);
                    n = 0;
                }
                if (e - s > scratch.length) {
                    crc.update(buf, s, e - s);
                } else {
                    System.arraycopy(buf, s, scratch, n, e - s);
                    n += e - s;
                }
            } else {
                for (int i = s; i < e; i++) {
                    if (buf[i] == '\\' && i + 1 < e && buf[i + 1] == '"') {
                        continue;
                    }
                    if (n == scratch.length) {
                        crc.update(scratch, 0, n);
                        n = 0;
                    }
                    scratch[n++] = buf[i];
                }
            }
        }
        crc.update(scratch, 0, n);
    }
}
