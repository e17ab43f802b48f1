package se.styrbord.ledger.sie;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic SIE 4E file whose parts agree, for benchmarks: every voucher balances,
 * {@code #UB 0} is {@code #IB 0} plus the rows and {@code #RES 0} the rows, per account. Rows carry
 * objects (dimension 1 ansvar, 6 projekt) and now and then an #RTRANS/#TRANS pair and a #BTRANS.
 * The same row count and seed give the same bytes.
 *
 * <p>{@code java -cp target/classes se.styrbord.ledger.sie.SyntheticSie FILE [ROWS] [SEED]}
 */
public final class SyntheticSie {

    private static final Charset CP437 = Charset.forName("IBM437");
    private static final int BALANCE_ACCOUNTS = 120;
    private static final int RESULT_ACCOUNTS = 380;
    private static final int ANSVAR = 60;
    private static final int PROJEKT = 40;

    private final long rows;
    private final long seed;
    private final String[] accounts = new String[BALANCE_ACCOUNTS + RESULT_ACCOUNTS];

    /** What was written: the figures {@code check} must report. */
    public record Totals(long vouchers, long transactions, long bytes) {}

    public SyntheticSie(long rows, long seed) {
        this.rows = rows;
        this.seed = seed;
        for (int i = 0; i < BALANCE_ACCOUNTS; i++) {
            accounts[i] = Integer.toString(1000 + i * 15);
        }
        for (int i = 0; i < RESULT_ACCOUNTS; i++) {
            accounts[BALANCE_ACCOUNTS + i] = Integer.toString(3000 + i * 15);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticSie FILE [ROWS (default 6000000)] [SEED (default 1)]");
            System.exit(2);
        }
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 6_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Totals totals;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 16)) {
            totals = new SyntheticSie(rows, seed).write(out);
        }
        System.out.println("vouchers=" + totals.vouchers() + " transactions=" + totals.transactions() + " bytes="
                + totals.bytes());
    }

    public Totals write(OutputStream stream) throws IOException {
        long[] sums = new long[accounts.length];
        vouchers(null, sums);
        Out out = new Out(stream);
        head(out);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
        long[] opening = new long[BALANCE_ACCOUNTS];
        long openingTotal = 0;
        for (int i = 1; i < BALANCE_ACCOUNTS; i++) {
            opening[i] = random.nextLong(-50_000_000_00L, 50_000_000_00L);
            openingTotal += opening[i];
        }
        opening[0] = -openingTotal;
        for (int i = 0; i < BALANCE_ACCOUNTS; i++) {
            out.text("#IB 0 ").text(accounts[i]).text(" ").amount(opening[i]).newline();
            out.text("#UB 0 ")
                    .text(accounts[i])
                    .text(" ")
                    .amount(opening[i] + sums[i])
                    .newline();
        }
        for (int i = BALANCE_ACCOUNTS; i < accounts.length; i++) {
            out.text("#RES 0 ").text(accounts[i]).text(" ").amount(sums[i]).newline();
        }
        long[] counts = vouchers(out, new long[accounts.length]);
        out.flush();
        return new Totals(counts[0], counts[1], out.bytes);
    }

    private void head(Out out) throws IOException {
        out.text("#FLAGGA 0\n#PROGRAM \"Styrbord SyntheticSie\" 1.0\n#FORMAT PC8\n#GEN 20260101\n#SIETYP 4\n");
        out.text("#FNAMN \"Syntetiska kommunen\"\n#ORGNR 555555-5555\n#RAR 0 20250101 20251231\n");
        out.text("#RAR -1 20240101 20241231\n#KPTYP EUBAS97\n#VALUTA SEK\n");
        for (int i = 0; i < accounts.length; i++) {
            out.text("#KONTO ")
                    .text(accounts[i])
                    .text(" \"")
                    .text(i < BALANCE_ACCOUNTS ? "Tillgång/skuld " : "Kostnad/intäkt ");
            out.text(Integer.toString(i))
                    .text("\"\n#KTYP ")
                    .text(accounts[i])
                    .text(i < BALANCE_ACCOUNTS ? " T\n" : " K\n");
        }
        out.text("#DIM 1 \"Ansvar\"\n#DIM 6 \"Projekt\"\n");
        for (int i = 0; i < ANSVAR; i++) {
            out.text("#OBJEKT 1 \"")
                    .text(ansvar(i))
                    .text("\" \"Förvaltning ")
                    .text(Integer.toString(i))
                    .text("\"\n");
        }
        for (int i = 0; i < PROJEKT; i++) {
            out.text("#OBJEKT 6 \"")
                    .text(projekt(i))
                    .text("\" \"Projekt ")
                    .text(Integer.toString(i))
                    .text("\"\n");
        }
    }

    /**
     * Generates the vouchers, writing them when {@code out} is given, and adds each counted row to
     * {@code sums}. Rows 2..6 per voucher; the last row of each voucher balances it. Returns the
     * number of vouchers and of rows.
     */
    private long[] vouchers(Out out, long[] sums) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long written = 0;
        long number = 0;
        while (written < rows) {
            number++;
            int n = (int) Math.max(2, Math.min(rows - written, 2 + random.nextInt(5)));
            int day = 1 + random.nextInt(365);
            int date = dateOf(day);
            if (out != null) {
                out.text("#VER A ")
                        .number(number)
                        .text(" ")
                        .number(date)
                        .text(" \"Faktura ")
                        .number(number);
                out.text("\" ").number(date).text("\n{\n");
            }
            long balance = 0;
            for (int r = 0; r < n; r++) {
                int account = r == n - 1 ? random.nextInt(BALANCE_ACCOUNTS) : random.nextInt(accounts.length);
                long amount = r == n - 1 ? -balance : random.nextLong(-2_000_000_00L, 2_000_000_00L);
                int a = random.nextInt(ANSVAR);
                int p = random.nextInt(PROJEKT);
                balance += amount;
                sums[account] += amount;
                if (out == null) {
                    continue;
                }
                boolean objects = account >= BALANCE_ACCOUNTS;
                boolean corrected = r == 0 && number % 997 == 0;
                if (corrected) {
                    out.text("#BTRANS ")
                            .text(accounts[account])
                            .text(" {} ")
                            .amount(amount + 100)
                            .newline();
                    row(out, "#RTRANS ", account, objects, a, p, amount);
                }
                row(out, "#TRANS ", account, objects, a, p, amount);
            }
            if (out != null) {
                out.text("}\n");
            }
            written += n;
        }
        return new long[] {number, written};
    }

    private void row(Out out, String label, int account, boolean objects, int a, int p, long amount)
            throws IOException {
        out.text(label).text(accounts[account]);
        if (objects) {
            out.text(" {1 \"").text(ansvar(a)).text("\" 6 \"").text(projekt(p)).text("\"} ");
        } else {
            out.text(" {} ");
        }
        out.amount(amount).newline();
    }

    private static String ansvar(int i) {
        return Integer.toString(10100 + i * 7);
    }

    private static String projekt(int i) {
        return "P" + (400 + i);
    }

    private static int dateOf(int dayOfYear) {
        java.time.LocalDate d = java.time.LocalDate.ofYearDay(2025, dayOfYear);
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** A byte writer for CP437 text, numbers and öre amounts. */
    private static final class Out {
        private final OutputStream out;
        private final byte[] digits = new byte[24];
        long bytes;

        Out(OutputStream out) {
            this.out = out;
        }

        Out text(String s) throws IOException {
            byte[] b = s.getBytes(CP437);
            out.write(b);
            bytes += b.length;
            return this;
        }

        Out newline() throws IOException {
            out.write('\n');
            bytes++;
            return this;
        }

        Out number(long v) throws IOException {
            int i = digits.length;
            do {
                digits[--i] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            out.write(digits, i, digits.length - i);
            bytes += digits.length - i;
            return this;
        }

        /** {@code -1234.05} from -123405 öre. */
        Out amount(long ore) throws IOException {
            if (ore < 0) {
                out.write('-');
                bytes++;
                ore = -ore;
            }
            number(ore / 100);
            long cents = ore % 100;
            out.write('.');
            out.write('0' + (int) (cents / 10));
            out.write('0' + (int) (cents % 10));
            bytes += 3;
            return this;
        }

        void flush() throws IOException {
            out.flush();
        }
    }
}
