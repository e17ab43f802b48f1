package se.styrbord.ledger.sie;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The two lines that make up nearly all of a large file, a plain {@code #TRANS} row and a plain
 * {@code #VER} head, read straight from the bytes without tokenizing. Anything unusual makes a
 * method return false having read nothing, and the line goes the general way ({@link Fields}),
 * which gives the same records; SieQuickPathTest holds both ways to that.
 */
final class QuickLines {

    private final ShortKeyCache<String> shortIds;
    private final SpanCache spans;
    private final Dates dates;

    /** The parts of the row {@link #quickTrans} read. */
    String quickAccount = "";

    List<ObjectRef> quickObjects = List.of();
    long quickAmount;

    @Nullable
    LocalDate quickDate;

    /** The parts of the voucher head {@link #quickVoucher} read. */
    String quickSeries = "";

    String quickNumber = "";
    String quickText = "";
    String quickSign = "";

    @Nullable
    LocalDate quickRegistered;

    private int tokenStart;
    private int tokenEnd;

    QuickLines(Fields fields) {
        this.shortIds = fields.shortIds;
        this.spans = fields.spans;
        this.dates = fields.dates;
    }

    /**
     * Reads the common row {@code account {objects} amount [date]} straight from the bytes after
     * "#TRANS", without tokenizing. Returns false, having read nothing, for anything else (quotes
     * around the account or amount, text or more fields, an object list not seen before, an amount
     * that needs a warning): such lines go the general way, which gives the same result.
     */
    boolean quickTrans(byte[] b, int s, int e) {
        int p = skipSpace(b, s, e);
        int as = p;
        while (p < e && ID_BYTE[b[p] & 0xFF]) {
            p++;
        }
        int ae = p;
        if (ae == as || ae - as > ShortKeyCache.MAX_KEY_BYTES) {
            return false;
        }
        p = skipSpace(b, p, e);
        if (p == ae || p >= e || b[p] != '{') {
            return false;
        }
        if (!spans.read(b, p, e)) {
            return false;
        }
        int ge = spans.end;
        List<ObjectRef> objects = spans.get();
        if (objects == null) {
            return false;
        }
        p = skipSpace(b, ge, e);
        if (p == ge && p < e) {
            return false;
        }
        int ms = p;
        long amount = 0;
        int digits = 0;
        if (p < e && b[p] == '-') {
            p++;
        }
        while (p < e && b[p] >= '0' && b[p] <= '9') {
            amount = amount * 10 + (b[p++] - '0');
            digits++;
        }
        int decimals = 0;
        if (p < e && b[p] == '.') {
            p++;
            while (p < e && b[p] >= '0' && b[p] <= '9' && decimals < 3) {
                amount = amount * 10 + (b[p++] - '0');
                decimals++;
            }
        }
        if (digits == 0 || digits > 15 || decimals > 2 || (p < e && (b[p] < 0 || b[p] > ' '))) {
            return false;
        }
        amount *= decimals == 0 ? 100 : decimals == 1 ? 10 : 1;
        if (b[ms] == '-') {
            amount = -amount;
        }
        LocalDate date = null;
        int ds = skipSpace(b, p, e);
        if (ds < e) {
            if (e - ds != 8 || ds == p || (date = dates.of(Dates.digits(b, ds, e))) == null) {
                return false;
            }
        }
        long key = ShortKeyCache.pack(b, as, ae);
        String account = shortIds.get(key);
        if (account == null) {
            account = new String(b, as, ae - as, StandardCharsets.ISO_8859_1);
            shortIds.put(key, account);
        }
        quickAccount = account;
        quickObjects = objects;
        quickAmount = amount;
        quickDate = date;
        return true;
    }

    /**
     * Reads a plain voucher head {@code series number date [text [registered [sign]]]} after "#VER"
     * straight from the bytes: fields of printable ASCII, quoted or not, without escapes, and valid
     * dates. Returns false, having read nothing, for anything else.
     */
    boolean quickVoucher(byte[] b, int s, int e) {
        int p = plainToken(b, s, e);
        if (p < 0 || tokenEnd == tokenStart || tokenEnd - tokenStart > ShortKeyCache.MAX_KEY_BYTES) {
            return false;
        }
        int ss = tokenStart;
        int se = tokenEnd;
        p = plainToken(b, p, e);
        if (p < 0) {
            return false;
        }
        int ns = tokenStart;
        int ne = tokenEnd;
        p = plainToken(b, p, e);
        LocalDate date;
        if (p < 0 || tokenEnd - tokenStart != 8 || (date = dates.of(Dates.digits(b, tokenStart, tokenEnd))) == null) {
            return false;
        }
        String text = "";
        LocalDate registered = null;
        String sign = "";
        if (p < e) {
            p = plainToken(b, p, e);
            if (p < 0) {
                return false;
            }
            text = ascii(b, tokenStart, tokenEnd);
            if (p < e) {
                p = plainToken(b, p, e);
                if (p < 0
                        || (tokenEnd > tokenStart
                                && (tokenEnd - tokenStart != 8
                                        || (registered = dates.of(Dates.digits(b, tokenStart, tokenEnd))) == null))) {
                    return false;
                }
                if (p < e) {
                    p = plainToken(b, p, e);
                    if (p < 0 || p < e) {
                        return false;
                    }
                    sign = ascii(b, tokenStart, tokenEnd);
                }
            }
        }
        long key = ShortKeyCache.pack(b, ss, se);
        String series = shortIds.get(key);
        if (series == null) {
            series = ascii(b, ss, se);
            shortIds.put(key, series);
        }
        quickSeries = series;
        quickNumber = ascii(b, ns, ne);
        quickDate = date;
        quickText = text;
        quickRegistered = registered;
        quickSign = sign;
        return true;
    }

    /**
     * Skips spaces and reads one field of printable ASCII: quoted (no backslash, closed by a quote
     * before a space or the end) or not (no quote or brace). Sets {@link #tokenStart} and {@link
     * #tokenEnd} to its content; returns the position after it, or -1 when it is not that plain.
     */
    private int plainToken(byte[] b, int p, int e) {
        int q = skipSpace(b, p, e);
        if (q == p || q >= e) {
            return -1;
        }
        if (b[q] == '"') {
            int c = q + 1;
            while (c < e && b[c] >= ' ' && b[c] != '"' && b[c] != '\\' && b[c] != 0x7F) {
                c++;
            }
            if (c >= e || b[c] != '"' || (c + 1 < e && b[c + 1] != ' ' && b[c + 1] != '\t')) {
                return -1;
            }
            tokenStart = q + 1;
            tokenEnd = c;
            return c + 1;
        }
        int c = q;
        while (c < e && ID_BYTE[b[c] & 0xFF]) {
            c++;
        }
        if (c < e && b[c] != ' ' && b[c] != '\t') {
            return -1;
        }
        tokenStart = q;
        tokenEnd = c;
        return c;
    }

    private static String ascii(byte[] b, int s, int e) {
        return s == e ? "" : new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }

    /** Bytes that may make up an account number on the quick path: printable ASCII but " { }. */
    private static final boolean[] ID_BYTE = new boolean[256];

    static {
        for (int c = '!'; c < 0x7F; c++) {
            ID_BYTE[c] = c != '"' && c != '{' && c != '}';
        }
    }

    private static int skipSpace(byte[] b, int p, int e) {
        while (p < e && b[p] > 0 && b[p] <= ' ') {
            p++;
        }
        return p;
    }
}
