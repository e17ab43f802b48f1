package se.styrbord.ledger.sie;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values out of the fields of the current line: text in the detected encoding,
 * identifiers through a cache, amounts as whole öre, dates, periods and object lists.
 */
final class Fields {

    private static final long MAX_KRONOR = (Long.MAX_VALUE - 100) / 100;

    final LineTokens tokens = new LineTokens();
    private final Notes notes;
    final ShortKeyCache<String> shortIds = new ShortKeyCache<>();
    private final ByteKeyCache<String> strings = new ByteKeyCache<>();
    private final ByteKeyCache<List<ObjectRef>> objectLists = new ByteKeyCache<>();
    final SpanCache spans = new SpanCache();
    final Dates dates = new Dates();
    private byte[] scratch = new byte[256];
    long line;

    Fields(Notes notes) {
        this.notes = notes;
    }

    int count() {
        return tokens.fieldCount;
    }

    /** Text of field {@code i}; empty when absent or {@code ""}. */
    String text(int i) {
        int t = tokens.token(i);
        return t < 0 ? "" : decode(t);
    }

    /** Like {@link #text}, for identifiers that repeat: equal bytes give the same String. */
    String id(int i) {
        int t = tokens.token(i);
        return t < 0 ? "" : id(t, tokens.start[t], tokens.end[t]);
    }

    /** The text of field {@code i} and every field after it, joined by single spaces. */
    String rest(int i) {
        StringBuilder sb = new StringBuilder();
        for (int f = i; f < count(); f++) {
            int t = tokens.token(f);
            if (t >= 0) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(decode(t));
            }
        }
        return sb.toString();
    }

    String required(int i, SieField what) throws FieldException {
        int t = tokens.token(i);
        if (tokens.isEmpty(t)) {
            throw FieldException.missing(what);
        }
        return id(t, tokens.start[t], tokens.end[t]);
    }

    private String id(int t, int s, int e) {
        byte f = tokens.flags[t];
        byte[] b = tokens.buf;
        if (e - s <= ShortKeyCache.MAX_KEY_BYTES && (f & LineTokens.ESCAPED) == 0) {
            long key = ShortKeyCache.pack(b, s, e);
            String v = shortIds.get(key);
            if (v == null) {
                v = decode(t);
                shortIds.put(key, v);
            }
            return v;
        }
        if ((f & LineTokens.ESCAPED) != 0 || e - s > ByteKeyCache.MAX_KEY_BYTES) {
            return decode(t);
        }
        int h = ByteKeyCache.hash(b, s, e);
        String v = strings.get(b, s, e, h);
        if (v == null) {
            v = decode(t);
            strings.put(b, s, e, h, v);
        }
        return v;
    }

    private String decode(int t) {
        byte[] b = tokens.buf;
        int s = tokens.start[t];
        int e = tokens.end[t];
        byte f = tokens.flags[t];
        if (s == e) {
            return "";
        }
        if ((f & LineTokens.ESCAPED) != 0) {
            if (scratch.length < e - s) {
                scratch = new byte[Math.max(e - s, scratch.length * 2)];
            }
            int n = 0;
            for (int i = s; i < e; i++) {
                if (b[i] == '\\' && i + 1 < e && b[i + 1] == '"') {
                    continue;
                }
                scratch[n++] = b[i];
            }
            b = scratch;
            s = 0;
            e = n;
        }
        if ((f & LineTokens.HIGH) == 0) {
            return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
        }
        TextEncoding encoding = TextEncoding.of(b, s, e);
        String text = encoding.decode(b, s, e);
        if (encoding == TextEncoding.UTF_8) {
            notes.note(Notes.Kind.UTF_8, line);
            if (text.indexOf('\uFFFD') >= 0) {
                notes.note(Notes.Kind.REPLACEMENT_CHARACTER, line);
            }
        } else if (encoding == TextEncoding.ISO_8859_15) {
            notes.note(Notes.Kind.ISO_8859_15, line);
        }
        return text;
    }

    /**
     * Field {@code i} as whole öre (SIE 4C §5.9): an optional minus, digits, and up to two decimals
     * after a point. More decimals are rounded half up (away from zero at .5) with a warning.
     */
    long amount(int i, SieField what) throws FieldException {
        int t = tokens.token(i);
        if (tokens.isEmpty(t)) {
            throw FieldException.missing(what);
        }
        byte[] b = tokens.buf;
        int s = tokens.start[t];
        int e = tokens.end[t];
        int p = s;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long kronor = 0;
        int digits = 0;
        while (p < e && b[p] >= '0' && b[p] <= '9') {
            kronor = kronor * 10 + (b[p++] - '0');
            if (kronor > MAX_KRONOR) {
                throw new FieldException(SieProblemCode.AMOUNT_TOO_LARGE, what, decode(t));
            }
            digits++;
        }
        long ore = 0;
        int decimals = 0;
        boolean roundUp = false;
        if (p < e && b[p] == '.') {
            p++;
            while (p < e && b[p] >= '0' && b[p] <= '9') {
                if (decimals < 2) {
                    ore = ore * 10 + (b[p] - '0');
                } else if (decimals == 2) {
                    roundUp = b[p] >= '5';
                }
                decimals++;
                p++;
            }
        }
        if (p != e || digits + decimals == 0) {
            SieProblemCode code = b[s] == '+'
                    ? SieProblemCode.AMOUNT_PLUS_SIGN
                    : contains(b, s, e, ',') ? SieProblemCode.AMOUNT_DECIMAL_COMMA : SieProblemCode.AMOUNT_INVALID;
            throw new FieldException(code, what, decode(t));
        }
        if (decimals == 1) {
            ore *= 10;
        } else if (decimals > 2) {
            notes.note(Notes.Kind.EXTRA_DECIMALS, line);
        }
        long value = kronor * 100 + ore + (roundUp ? 1 : 0);
        return negative ? -value : value;
    }

    private static boolean contains(byte[] b, int s, int e, char c) {
        for (int i = s; i < e; i++) {
            if (b[i] == c) {
                return true;
            }
        }
        return false;
    }

    /** Field {@code i} as a date YYYYMMDD (SIE 4C §5.10), or null when absent or {@code ""}. */
    @Nullable
    LocalDate date(int i, SieField what) throws FieldException {
        int t = tokens.token(i);
        if (tokens.isEmpty(t)) {
            return null;
        }
        byte[] b = tokens.buf;
        int s = tokens.start[t];
        int e = tokens.end[t];
        int key = e - s == 8 ? Dates.digits(b, s, e) : -1;
        if (key < 0) {
            throw new FieldException(SieProblemCode.DATE_MALFORMED, what, decode(t));
        }
        LocalDate date = dates.of(key);
        if (date == null) {
            throw new FieldException(SieProblemCode.DATE_INVALID, what, decode(t));
        }
        return date;
    }

    LocalDate requiredDate(int i, SieField what) throws FieldException {
        LocalDate date = date(i, what);
        if (date == null) {
            throw FieldException.missing(what);
        }
        return date;
    }

    /** Field {@code i} as a period YYYYMM. */
    YearMonth period(int i, SieField what) throws FieldException {
        int t = tokens.token(i);
        if (tokens.isEmpty(t)) {
            throw FieldException.missing(what);
        }
        int s = tokens.start[t];
        int e = tokens.end[t];
        int key = e - s == 6 ? Dates.digits(tokens.buf, s, e) : -1;
        if (key < 0 || key % 100 < 1 || key % 100 > 12) {
            throw new FieldException(SieProblemCode.PERIOD_INVALID, what, decode(t));
        }
        return YearMonth.of(key / 100, key % 100);
    }

    /** Field {@code i} as a year index: 0 the current year, -1 the previous one, … */
    int yearIndex(int i) throws FieldException {
        int t = tokens.token(i);
        if (tokens.isEmpty(t)) {
            throw FieldException.missing(SieField.YEAR_NUMBER);
        }
        byte[] b = tokens.buf;
        int s = tokens.start[t];
        int e = tokens.end[t];
        boolean negative = b[s] == '-';
        int v = e - s <= (negative ? 4 : 3) ? Dates.digits(b, negative ? s + 1 : s, e) : -1;
        if (v < 0) {
            throw new FieldException(SieProblemCode.YEAR_NUMBER_INVALID, null, decode(t));
        }
        return negative ? -v : v;
    }

    /** Field {@code i} as a quantity, or null when absent, {@code ""} or not a number (warned). */
    @Nullable
    BigDecimal quantity(int i) {
        int t = tokens.token(i);
        if (tokens.isEmpty(t)) {
            return null;
        }
        byte[] b = tokens.buf;
        int s = tokens.start[t];
        if (tokens.end[t] - s == 1 && b[s] == '0') {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(decode(t));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Whether field {@code i} is an object list in braces. */
    boolean isObjectList(int i) {
        return i < count() && tokens.isGroup(i);
    }

    /**
     * The object list of field {@code i}: pairs of dimension and object id. Cached by its bytes from
     * '{' to '}', which determine its tokens.
     */
    List<ObjectRef> objects(int i) throws FieldException {
        List<ObjectRef> objects = parseObjects(i);
        int g = tokens.field[i];
        int s = tokens.start[g];
        int e = tokens.end[g];
        if (e - s <= SpanCache.MAX_SPAN && e > s && tokens.buf[e - 1] == '}') {
            spans.key(tokens.buf, s, e);
            spans.put(objects);
        }
        return objects;
    }

    private List<ObjectRef> parseObjects(int i) throws FieldException {
        int g = tokens.field[i];
        int first = g + 1;
        int last = tokens.groupEnd[g];
        if (first == last) {
            return List.of();
        }
        byte[] b = tokens.buf;
        int s = tokens.start[g];
        int e = tokens.end[g];
        int h = ByteKeyCache.hash(b, s, e);
        List<ObjectRef> cached = objectLists.get(b, s, e, h);
        if (cached != null) {
            return cached;
        }
        if ((last - first) % 2 != 0) {
            throw new FieldException(SieProblemCode.OBJECT_LIST_ODD);
        }
        List<ObjectRef> list = new ArrayList<>((last - first) / 2);
        for (int t = first; t < last; t += 2) {
            if (tokens.isEmpty(t)) {
                throw new FieldException(SieProblemCode.OBJECT_LIST_DIMENSION_MISSING);
            }
            list.add(new ObjectRef(
                    id(t, tokens.start[t], tokens.end[t]), id(t + 1, tokens.start[t + 1], tokens.end[t + 1])));
        }
        List<ObjectRef> objects = List.copyOf(list);
        objectLists.put(b, s, e, h, objects);
        return objects;
    }
}
