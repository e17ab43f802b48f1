package se.styrbord.cli;

import java.util.ArrayList;
import java.util.List;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.ledger.sie.SieProblem;

/** A check report in a few lines for people. */
final class CheckText {

    private CheckText() {}

    static String of(SieCheckReport r) {
        List<String> head = new ArrayList<>();
        head.add("SIE " + r.sieType());
        if (r.company() != null) {
            head.add(r.company());
        }
        if (r.orgNumber() != null) {
            head.add(r.orgNumber());
        }
        if (r.fiscalYear() != null) {
            head.add(r.fiscalYear().start() + " – " + r.fiscalYear().end());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(r.file()).append(": ").append(String.join(", ", head)).append('\n');
        sb.append("  ").append(r.vouchers()).append(" vouchers, ").append(r.transactions());
        sb.append(" transactions, ").append(r.unbalancedVouchers()).append(" unbalanced, checksum ");
        sb.append(r.checksum().label()).append('\n');
        if (!r.balanceMismatches().isEmpty()) {
            sb.append("  closing balances not following from the vouchers: ");
            sb.append(String.join(" ", r.balanceMismatches())).append('\n');
        }
        if (!r.resultMismatches().isEmpty()) {
            sb.append("  results not following from the vouchers: ");
            sb.append(String.join(" ", r.resultMismatches())).append('\n');
        }
        problems(sb, "error", r.errors());
        problems(sb, "warning", r.warnings());
        sb.append("  ").append(r.hasErrors() ? "FAILED" : "OK");
        sb.append(" (").append(count(r.errors().size(), "error")).append(", ");
        sb.append(count(r.warnings().size(), "warning")).append(')');
        return sb.toString();
    }

    private static void problems(StringBuilder sb, String kind, List<SieProblem> problems) {
        for (SieProblem p : problems) {
            sb.append("  ").append(kind);
            if (p.line() > 0) {
                sb.append(" line ").append(p.line());
            }
            sb.append(": ").append(p.message()).append('\n');
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
