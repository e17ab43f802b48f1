package se.styrbord.demo;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Writes a small SIE 4E file in CP437: chart, dimensions, objects, balances that agree with the vouchers. */
final class SieWriter {

    private static final Charset CP437 = Charset.forName("IBM437");

    /** A voucher row: account, objects as {@code dim obj} pairs, amount in öre, and a quantity or none. */
    record Row(
            String account,
            List<String[]> objects,
            long ore,
            @Nullable Long quantity) {

        Row(String account, List<String[]> objects, long ore) {
            this(account, objects, ore, null);
        }
    }

    private final String orgNumber;
    private final String name;
    private final int year;
    private final String chartType;
    private final Map<String, String> accounts = new TreeMap<>();
    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final List<String[]> objects = new ArrayList<>();
    private final StringBuilder vouchers = new StringBuilder();
    private final Map<String, Long> sums = new TreeMap<>();
    private int number;

    SieWriter(String orgNumber, String name, int year, String chartType) {
        this.orgNumber = orgNumber;
        this.name = name;
        this.year = year;
        this.chartType = chartType;
    }

    SieWriter account(String account, String accountName) {
        accounts.put(account, accountName);
        return this;
    }

    SieWriter dimension(String dimension, String dimensionName) {
        dimensions.put(dimension, dimensionName);
        return this;
    }

    SieWriter object(String dimension, String id, String objectName) {
        objects.add(new String[] {dimension, id, objectName});
        return this;
    }

    /** A voucher of {@code rows} balanced by one row on {@code counterAccount}; rows of zero are left out. */
    void voucher(int month, String text, List<Row> rows, String counterAccount) {
        voucher(month, text, rows, counterAccount, List.of());
    }

    /** A voucher balanced by a row on {@code counterAccount} with {@code counterObjects}. */
    void voucher(int month, String text, List<Row> rows, String counterAccount, List<String[]> counterObjects) {
        List<Row> kept = rows.stream().filter(r -> r.ore() != 0).toList();
        if (kept.isEmpty()) {
            return;
        }
        number++;
        String date = String.format(
                "%d%02d%02d", year, month, java.time.YearMonth.of(year, month).lengthOfMonth());
        vouchers.append("#VER A ")
                .append(number)
                .append(' ')
                .append(date)
                .append(" \"")
                .append(text)
                .append("\"\n{\n");
        long balance = 0;
        for (Row r : kept) {
            trans(r);
            balance += r.ore();
        }
        trans(new Row(counterAccount, counterObjects, -balance));
        vouchers.append("}\n");
    }

    private void trans(Row r) {
        vouchers.append("#TRANS ").append(r.account()).append(" {");
        for (int i = 0; i < r.objects().size(); i++) {
            String[] o = r.objects().get(i);
            vouchers.append(i == 0 ? "" : " ")
                    .append(o[0])
                    .append(" \"")
                    .append(o[1])
                    .append('"');
        }
        vouchers.append("} ").append(amount(r.ore()));
        if (r.quantity() != null) {
            vouchers.append(" \"\" \"\" ").append(r.quantity());
        }
        vouchers.append('\n');
        sums.merge(r.account(), r.ore(), Long::sum);
    }

    byte[] bytes() {
        StringBuilder out = new StringBuilder();
        out.append("#FLAGGA 0\n#PROGRAM \"Styrbord demo\" 1.0\n#FORMAT PC8\n#GEN ")
                .append(year + 1)
                .append("0115\n#SIETYP 4\n");
        out.append("#FNAMN \"")
                .append(name)
                .append("\"\n#ORGNR ")
                .append(orgNumber)
                .append('\n');
        out.append("#RAR 0 ").append(year).append("0101 ").append(year).append("1231\n");
        if (!chartType.isEmpty()) {
            out.append("#KPTYP ").append(chartType).append('\n');
        }
        out.append("#VALUTA SEK\n");
        accounts.forEach((account, accountName) -> out.append("#KONTO ")
                .append(account)
                .append(" \"")
                .append(accountName)
                .append("\"\n"));
        dimensions.forEach(
                (d, n) -> out.append("#DIM ").append(d).append(" \"").append(n).append("\"\n"));
        for (String[] o : objects) {
            out.append("#OBJEKT ")
                    .append(o[0])
                    .append(" \"")
                    .append(o[1])
                    .append("\" \"")
                    .append(o[2])
                    .append("\"\n");
        }
        sums.forEach((account, sum) -> {
            if (account.charAt(0) <= '2') {
                out.append("#IB 0 ").append(account).append(" 0.00\n");
                out.append("#UB 0 ")
                        .append(account)
                        .append(' ')
                        .append(amount(sum))
                        .append('\n');
            } else {
                out.append("#RES 0 ")
                        .append(account)
                        .append(' ')
                        .append(amount(sum))
                        .append('\n');
            }
        });
        out.append(vouchers);
        return out.toString().getBytes(CP437);
    }

    static String amount(long ore) {
        String sign = ore < 0 ? "-" : "";
        long abs = Math.abs(ore);
        return sign + abs / 100 + "." + String.format("%02d", abs % 100);
    }

    /** The month's part of a yearly amount: twelve parts that sum to it exactly. */
    static long monthly(long ore, int month) {
        long base = ore / 12;
        long rest = ore - base * 12;
        return base + (month <= rest ? 1 : 0);
    }

    /** Splits an amount by weights with largest remainders, so that the parts sum to it exactly. */
    static long[] split(long ore, int... weights) {
        long total = 0;
        for (int w : weights) {
            total += w;
        }
        long[] parts = new long[weights.length];
        long given = 0;
        long[] remainders = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            parts[i] = Math.multiplyExact(ore, weights[i]) / total;
            remainders[i] = Math.multiplyExact(ore, weights[i]) % total;
            given += parts[i];
        }
        for (long left = ore - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
