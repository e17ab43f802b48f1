package se.styrbord.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.ledger.sie.SieProblem;

/** A check report as one line of JSON; non-ASCII characters escaped so any terminal shows it intact. */
final class CheckJson {

    private final StringBuilder sb = new StringBuilder(512);

    private CheckJson() {}

    static String of(SieCheckReport r) {
        CheckJson j = new CheckJson();
        StringBuilder sb = j.sb;
        sb.append("{\"file\":").append(quote(r.file()));
        sb.append(",\"sieType\":").append(quote(r.sieType()));
        sb.append(",\"company\":").append(quote(r.company()));
        sb.append(",\"orgNumber\":").append(quote(r.orgNumber()));
        sb.append(",\"fiscalYear\":");
        if (r.fiscalYear() == null) {
            sb.append("null");
        } else {
            sb.append("{\"start\":").append(quote(r.fiscalYear().start().toString()));
            sb.append(",\"end\":")
                    .append(quote(r.fiscalYear().end().toString()))
                    .append('}');
        }
        sb.append(",\"vouchers\":").append(r.vouchers());
        sb.append(",\"transactions\":").append(r.transactions());
        sb.append(",\"unbalancedVouchers\":").append(r.unbalancedVouchers());
        sb.append(",\"checksum\":").append(quote(r.checksum().label()));
        sb.append(",\"balanceMismatches\":");
        j.strings(r.balanceMismatches());
        sb.append(",\"resultMismatches\":");
        j.strings(r.resultMismatches());
        sb.append(",\"errors\":");
        j.problems(r.errors());
        sb.append(",\"warnings\":");
        j.problems(r.warnings());
        return sb.append('}').toString();
    }

    private void strings(List<String> values) {
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(quote(values.get(i)));
        }
        sb.append(']');
    }

    private void problems(List<SieProblem> problems) {
        sb.append('[');
        for (int i = 0; i < problems.size(); i++) {
            SieProblem p = problems.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"line\":").append(p.line());
            sb.append(",\"message\":").append(quote(p.message()));
            if (p.code() != null) {
                // the kind of problem, stable across wordings and languages (SieProblemCode)
                sb.append(",\"code\":").append(quote(p.code()));
            }
            sb.append('}');
        }
        sb.append(']');
    }

    static String quote(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
