package se.styrbord.ledger.sie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import se.styrbord.ledger.sie.SieRecord.Row;

/**
 * One reading of one file: lines to fields to records, the voucher blocks, #RTRANS pairing and the
 * #KSUMMA checksum. Records go to the handler as soon as they are read.
 */
final class SieParser {

    static final int MAX_ERRORS = 1000;

    private static final String MAX_LINE_BYTES_TEXT = String.valueOf(SieReader.MAX_LINE_BYTES);

    private enum Block {
        NONE,
        HEAD,
        ROWS
    }

    private final ByteLines lines;
    private final SieHandler handler;
    private final Notes notes = new Notes();
    private final Fields fields = new Fields(notes);
    private final LineTokens tokens = fields.tokens;
    private final QuickLines quickLines = new QuickLines(fields);
    private final Records records;

    private boolean sawRecord;
    private long errors;

    private Block block = Block.NONE;
    private long voucherLine;

    private @Nullable String pendingAccount;
    private @Nullable List<ObjectRef> pendingObjects;
    private long pendingAmount;
    private long pendingLine;

    private @Nullable CRC32 crc;
    private long checksumStartLine;
    private boolean checksumClosed;
    private final byte[] crcScratch = new byte[8192];

    /** Whether plain #TRANS rows and #VER heads skip tokenizing; off only to test that both ways agree. */
    private final boolean quick;

    /** Lines read the quick way, for tests. */
    long quickLineCount;

    SieParser(InputStream in, SieHandler handler) {
        this(in, handler, true);
    }

    SieParser(InputStream in, SieHandler handler, boolean quick) {
        this.lines = new ByteLines(in, SieReader.MAX_LINE_BYTES);
        this.handler = handler;
        this.records = new Records(fields, handler, notes);
        this.quick = quick;
    }

    void run() throws IOException, SieException {
        try {
            sniff();
            while (true) {
                ByteLines.Next next = lines.next();
                if (next == ByteLines.Next.END) {
                    break;
                }
                fields.line = lines.lineNumber;
                if (next == ByteLines.Next.TOO_LONG) {
                    if (!sawRecord) {
                        throw new SieException(lines.lineNumber, SieProblemCode.NOT_SIE_LONG_LINE, MAX_LINE_BYTES_TEXT);
                    }
                    error(SieProblemCode.LINE_TOO_LONG, MAX_LINE_BYTES_TEXT);
                    continue;
                }
                line(lines.buf, lines.start, lines.end);
            }
            finish();
        } finally {
            notes.report(handler);
        }
    }

    /** Rejects early what is plainly not a SIE file: empty, binary or an HTML page. */
    private void sniff() throws IOException, SieException {
        int n = lines.peek(4096);
        byte[] b = lines.buf;
        int p = lines.position();
        if (n == 0) {
            throw new SieException(0, SieProblemCode.EMPTY_FILE);
        }
        if (n >= 3 && (b[p] & 0xFF) == 0xEF && (b[p + 1] & 0xFF) == 0xBB && (b[p + 2] & 0xFF) == 0xBF) {
            notes.note(Notes.Kind.BYTE_ORDER_MARK, 1);
            lines.skip(3);
            p += 3;
            n -= 3;
        }
        long line = 1;
        for (int i = p; i < p + n; i++) {
            if (b[i] == 0) {
                throw new SieException(line, SieProblemCode.NOT_SIE_BINARY);
            }
            if (b[i] == '\n') {
                line++;
            }
        }
        String text = new String(b, p, n, StandardCharsets.ISO_8859_1);
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        long first = 1
                + text.substring(0, text.length() - head.length())
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        if (head.startsWith("<?xml") || head.startsWith("<sie")) {
            throw new SieException(first, SieProblemCode.NOT_SIE_XML);
        }
        if (head.startsWith("<") && (head.startsWith("<!doctype html") || head.contains("<html"))) {
            throw new SieException(first, SieProblemCode.NOT_SIE_HTML);
        }
    }

    private void line(byte[] b, int s, int e) throws SieException {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == '\r' || b[e - 1] == 0x1A)) {
            e--;
        }
        if (s == e) {
            return;
        }
        if (e - s == 1 && (b[s] == '{' || b[s] == '}')) {
            brace(b[s]);
            return;
        }
        if (quick
                && block == Block.ROWS
                && pendingAccount == null
                && crc == null
                && isTrans(b, s, e)
                && quickLines.quickTrans(b, s + 6, e)) {
            quickLineCount++;
            handler.row(new Row(
                    lines.lineNumber,
                    Row.Kind.TRANS,
                    quickLines.quickAccount,
                    quickLines.quickObjects,
                    quickLines.quickAmount,
                    quickLines.quickDate,
                    "",
                    null,
                    "",
                    true));
            return;
        }
        if (quick
                && block == Block.NONE
                && sawRecord
                && crc == null
                && isVer(b, s, e)
                && quickLines.quickVoucher(b, s + 4, e)) {
            block = Block.HEAD;
            voucherLine = lines.lineNumber;
            quickLineCount++;
            handler.voucher(new SieRecord.Voucher(
                    lines.lineNumber,
                    quickLines.quickSeries,
                    quickLines.quickNumber,
                    quickLines.quickDate,
                    quickLines.quickText,
                    quickLines.quickRegistered,
                    quickLines.quickSign));
            return;
        }
        general(b, s, e);
    }

    /** Any line but a brace or a plain #TRANS row: tokenized, then read by its label. */
    private void general(byte[] b, int s, int e) throws SieException {
        tokens.tokenize(b, s, e);
        if (tokens.nul >= 0) {
            throw new SieException(lines.lineNumber, SieProblemCode.NOT_SIE_BINARY);
        }
        if (b[s] != '#' || tokens.fieldCount == 0) {
            if (!sawRecord) {
                throw new SieException(lines.lineNumber, SieProblemCode.NOT_SIE_NO_LABEL);
            }
            error(SieProblemCode.NOT_A_RECORD, excerpt(b, s, e));
            return;
        }
        sawRecord = true;
        if (tokens.unclosedQuote) {
            notes.note(Notes.Kind.UNCLOSED_QUOTE, lines.lineNumber);
        }
        if (tokens.strayQuote) {
            notes.note(Notes.Kind.STRAY_QUOTE, lines.lineNumber);
        }
        Label label = Label.of(b, tokens.start[0], tokens.end[0]);
        if (label == Label.KSUMMA) {
            checksum();
            return;
        }
        if (crc != null) {
            tokens.updateChecksum(crc, crcScratch);
        }
        if (label == null) {
            notes.note(Notes.Kind.UNKNOWN_LABEL, lines.lineNumber);
            return;
        }
        if (tokens.unclosedGroup) {
            error(SieProblemCode.OBJECT_LIST_NOT_CLOSED);
            return;
        }
        try {
            record(label);
        } catch (FieldException ex) {
            if (ex.missing && !label.hasAmount()) {
                handler.problem(SieProblem.warning(
                        lines.lineNumber, SieProblemCode.FIELD_MISSING_RECORD_IGNORED, ex.args(label)));
            } else {
                error(label, ex);
            }
        }
    }

    private void record(Label label) throws FieldException, SieException {
        switch (label) {
            case TRANS, RTRANS, BTRANS -> row(label);
            case VER -> voucher();
            default -> {
                if (block != Block.NONE) {
                    error(SieProblemCode.VOUCHER_NOT_CLOSED, String.valueOf(voucherLine), label.name());
                    endVoucher(lines.lineNumber);
                }
                records.record(label);
            }
        }
    }

    private void voucher() throws SieException {
        if (block != Block.NONE) {
            error(SieProblemCode.VOUCHER_NOT_CLOSED, String.valueOf(voucherLine), Label.VER.name());
            endVoucher(lines.lineNumber);
        }
        block = Block.HEAD;
        voucherLine = lines.lineNumber;
        LocalDate date = null;
        LocalDate registered = null;
        try {
            date = fields.requiredDate(3, SieField.VOUCHER_DATE);
        } catch (FieldException ex) {
            error(Label.VER, ex);
        }
        try {
            registered = fields.date(5, SieField.REGISTRATION_DATE);
        } catch (FieldException ex) {
            error(Label.VER, ex);
        }
        handler.voucher(new SieRecord.Voucher(
                lines.lineNumber, fields.id(1), fields.text(2), date, fields.text(4), registered, fields.text(6)));
    }

    private void brace(byte brace) throws SieException {
        if (brace == '{') {
            if (block == Block.HEAD) {
                block = Block.ROWS;
            } else {
                error(SieProblemCode.OPENING_BRACE_WITHOUT_VOUCHER);
            }
        } else if (block == Block.ROWS) {
            endVoucher(lines.lineNumber);
        } else if (block == Block.HEAD) {
            error(SieProblemCode.CLOSING_BRACE_WITHOUT_OPENING, String.valueOf(voucherLine));
            endVoucher(lines.lineNumber);
        } else {
            error(SieProblemCode.CLOSING_BRACE_WITHOUT_VOUCHER);
        }
    }

    private void row(Label label) throws FieldException, SieException {
        if (block == Block.NONE) {
            error(SieProblemCode.ROW_OUTSIDE_VOUCHER, label.name());
            return;
        }
        if (block == Block.HEAD) {
            error(SieProblemCode.OPENING_BRACE_MISSING, String.valueOf(voucherLine));
            block = Block.ROWS;
        }
        String rtransAccount = pendingAccount;
        pendingAccount = null;
        Row.Kind kind = switch (label) {
            case RTRANS -> Row.Kind.RTRANS;
            case BTRANS -> Row.Kind.BTRANS;
            default -> Row.Kind.TRANS;
        };
        String account = fields.required(1, SieField.ACCOUNT_NUMBER);
        int a = 3;
        List<ObjectRef> objects;
        if (fields.isObjectList(2)) {
            objects = fields.objects(2);
        } else {
            notes.note(Notes.Kind.MISSING_OBJECT_LIST, lines.lineNumber);
            objects = List.of();
            a = 2;
        }
        long amount = fields.amount(a, SieField.AMOUNT);
        boolean counted = kind != Row.Kind.BTRANS;
        if (rtransAccount != null) {
            if (kind == Row.Kind.TRANS
                    && account.equals(rtransAccount)
                    && amount == pendingAmount
                    && objects.equals(pendingObjects)) {
                counted = false;
            } else {
                unmatchedRtrans();
            }
        }
        if (kind == Row.Kind.RTRANS) {
            pendingAccount = account;
            pendingObjects = objects;
            pendingAmount = amount;
            pendingLine = lines.lineNumber;
        }
        LocalDate date = null;
        try {
            date = fields.date(a + 1, SieField.TRANSACTION_DATE);
        } catch (FieldException ex) {
            error(label, ex);
        }
        handler.row(new Row(
                lines.lineNumber,
                kind,
                account,
                objects,
                amount,
                date,
                fields.text(a + 2),
                fields.quantity(a + 3),
                fields.id(a + 4),
                counted));
    }

    private void unmatchedRtrans() {
        handler.problem(SieProblem.warning(pendingLine, SieProblemCode.RTRANS_UNMATCHED));
        pendingAccount = null;
        pendingObjects = null;
    }

    private void endVoucher(long line) {
        if (pendingAccount != null) {
            unmatchedRtrans();
        }
        block = Block.NONE;
        handler.voucherEnd(new SieRecord.VoucherEnd(line));
    }

    private static boolean isVer(byte[] b, int s, int e) {
        return e - s > 5
                && b[s] == '#'
                && b[s + 1] == 'V'
                && b[s + 2] == 'E'
                && b[s + 3] == 'R'
                && (b[s + 4] == ' ' || b[s + 4] == '\t');
    }

    private static boolean isTrans(byte[] b, int s, int e) {
        return e - s > 7
                && b[s] == '#'
                && b[s + 1] == 'T'
                && b[s + 2] == 'R'
                && b[s + 3] == 'A'
                && b[s + 4] == 'N'
                && b[s + 5] == 'S'
                && (b[s + 6] == ' ' || b[s + 6] == '\t');
    }

    private void checksum() throws SieException {
        int t = tokens.token(1);
        if (tokens.isEmpty(t)) {
            if (crc == null && !checksumClosed) {
                crc = new CRC32();
                checksumStartLine = lines.lineNumber;
            } else {
                error(SieProblemCode.CHECKSUM_SECOND_OPENING);
            }
            return;
        }
        long written = parseUnsigned32(t);
        if (crc == null) {
            error(SieProblemCode.CHECKSUM_NOT_OPENED);
            handler.checksum(new SieRecord.Checksum(lines.lineNumber, written, -1));
            return;
        }
        long computed = crc.getValue();
        crc = null;
        checksumClosed = true;
        if (written < 0) {
            error(SieProblemCode.CHECKSUM_INVALID, excerpt(tokens.buf, tokens.start[t], tokens.end[t]));
        } else if (written != computed) {
            error(SieProblemCode.CHECKSUM_MISMATCH, String.valueOf(written), String.valueOf(computed));
        }
        handler.checksum(new SieRecord.Checksum(lines.lineNumber, written, computed));
    }

    private long parseUnsigned32(int t) {
        long v = 0;
        int s = tokens.start[t];
        int e = tokens.end[t];
        if (e - s > 10) {
            return -1;
        }
        for (int i = s; i < e; i++) {
            int d = tokens.buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v > 0xFFFFFFFFL ? -1 : v;
    }

    private void finish() throws SieException {
        if (!sawRecord) {
            throw new SieException(0, SieProblemCode.NO_RECORDS);
        }
        if (block != Block.NONE) {
            error(SieProblemCode.TRUNCATED_IN_VOUCHER, String.valueOf(voucherLine));
            endVoucher(lines.lineNumber);
        }
        if (crc != null) {
            handler.problem(SieProblem.error(checksumStartLine, SieProblemCode.CHECKSUM_NOT_CLOSED));
            handler.checksum(new SieRecord.Checksum(lines.lineNumber, -1, crc.getValue()));
        }
    }

    private void error(SieProblemCode code, String... args) throws SieException {
        if (++errors > MAX_ERRORS) {
            throw new SieException(lines.lineNumber, SieProblemCode.TOO_MANY_ERRORS, String.valueOf(MAX_ERRORS));
        }
        handler.problem(SieProblem.error(lines.lineNumber, code, args));
    }

    private void error(Label label, FieldException ex) throws SieException {
        error(ex.code, ex.args(label));
    }

    private static String excerpt(byte[] b, int s, int e) {
        int n = Math.min(e - s, 40);
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = s; i < s + n; i++) {
            int c = b[i] & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return e - s > n ? sb.append('…').toString() : sb.toString();
    }
}
