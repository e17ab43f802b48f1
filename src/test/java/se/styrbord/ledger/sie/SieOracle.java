package se.styrbord.ledger.sie;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A deliberately simple and slow re-computation of the check's counts, written independently of
 * the reader: whole file as one String, split into lines and words, BigDecimal sums. Good enough
 * for the well-formed rows of the public files, not a SIE reader.
 */
record SieOracle(
        long vouchers,
        long transactions,
        long unbalancedVouchers,
        String sieType,
        boolean hasChecksum,
        List<String> balanceMismatches,
        List<String> resultMismatches) {

    static SieOracle of(Path file) throws IOException {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        long vouchers = 0;
        long transactions = 0;
        long unbalanced = 0;
        String sieType = "1";
        BigDecimal voucherSum = null;
        String previousRtrans = null;
        Map<String, BigDecimal> rows = new HashMap<>();
        Map<String, BigDecimal> ib = new HashMap<>();
        Map<String, BigDecimal> ub = new HashMap<>();
        Map<String, BigDecimal> res = new HashMap<>();
        for (String raw : content.split("\n")) {
            String line = raw.strip();
            String[] words = line.split("\\s+");
            String label = words[0];
            if (label.equals("#SIETYP")) {
                sieType = unquote(words[1]);
            } else if (label.equals("#VER")) {
                vouchers++;
                voucherSum = BigDecimal.ZERO;
            } else if (label.equals("}") && voucherSum != null) {
                if (voucherSum.signum() != 0) {
                    unbalanced++;
                }
                voucherSum = null;
            } else if (label.equals("#TRANS") || label.equals("#RTRANS") || label.equals("#BTRANS")) {
                String account = unquote(words[1]);
                String objects = Arrays.toString(Arrays.stream(line.substring(line.indexOf('{') + 1, line.indexOf('}'))
                                .strip()
                                .split("\\s+"))
                        .map(SieOracle::unquote)
                        .toArray());
                BigDecimal amount = new BigDecimal(
                        line.substring(line.indexOf('}') + 1).strip().split("\\s+")[0]);
                String key = account + objects + amount.stripTrailingZeros().toPlainString();
                boolean counted = label.equals("#RTRANS") || (label.equals("#TRANS") && !key.equals(previousRtrans));
                previousRtrans = label.equals("#RTRANS") ? key : null;
                if (counted) {
                    transactions++;
                    voucherSum = voucherSum.add(amount);
                    rows.merge(account, amount, BigDecimal::add);
                }
            } else if ((label.equals("#IB") || label.equals("#UB") || label.equals("#RES"))
                    && unquote(words[1]).equals("0")) {
                Map<String, BigDecimal> map = label.equals("#IB") ? ib : label.equals("#UB") ? ub : res;
                map.merge(unquote(words[2]), new BigDecimal(unquote(words[3])), BigDecimal::add);
            }
        }
        List<String> balance = new ArrayList<>();
        List<String> result = new ArrayList<>();
        if (vouchers > 0) {
            for (String account : new TreeSet<>(ub.keySet())) {
                BigDecimal expected =
                        ib.getOrDefault(account, BigDecimal.ZERO).add(rows.getOrDefault(account, BigDecimal.ZERO));
                if (ub.get(account).compareTo(expected) != 0) {
                    balance.add(account);
                }
            }
            for (String account : new TreeSet<>(res.keySet())) {
                if (res.get(account).compareTo(rows.getOrDefault(account, BigDecimal.ZERO)) != 0) {
                    result.add(account);
                }
            }
        }
        return new SieOracle(vouchers, transactions, unbalanced, sieType, content.contains("#KSUMMA"), balance, result);
    }

    private static String unquote(String word) {
        return word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"")
                ? word.substring(1, word.length() - 1)
                : word;
    }
}
