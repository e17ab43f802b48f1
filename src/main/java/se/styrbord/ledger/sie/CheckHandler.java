package se.styrbord.ledger.sie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.styrbord.ledger.sie.SieCheckReport.ChecksumStatus;
import se.styrbord.ledger.sie.SieRecord.Checksum;
import se.styrbord.ledger.sie.SieRecord.Row;
import se.styrbord.ledger.sie.SieRecord.Voucher;
import se.styrbord.ledger.sie.SieRecord.VoucherEnd;
import se.styrbord.ledger.sie.SieRecord.YearBalance;
import se.styrbord.shared.Money;
import se.styrbord.shared.OrgNumber;

/**
 * Gathers what {@link SieCheck} reports while the file streams by: counts, each voucher's sum, and
 * per account the year-0 balances and the sum of its rows. Nothing per row is kept.
 */
final class CheckHandler implements SieHandler {

    static final int MAX_PROBLEMS = 200;

    private String sieType = "1";
    private @Nullable String company;
    private @Nullable String orgNumber;
    private SieCheckReport.@Nullable FiscalYear fiscalYear;
    private long vouchers;
    private long transactions;
    private long unbalanced;
    private ChecksumStatus checksum = ChecksumStatus.ABSENT;

    private @Nullable Voucher voucher;
    private long voucherSum;

    /** Per account: the sum of its counted rows. */
    private final Map<String, long[]> rowSums = new HashMap<>();
    /** Per account: amount and line of #IB, #UB and #RES of year 0. */
    private final Map<String, long[]> opening = new HashMap<>();

    private final Map<String, long[]> closing = new HashMap<>();
    private final Map<String, long[]> result = new HashMap<>();

    private final List<SieProblem> errors = new ArrayList<>();
    private final List<SieProblem> warnings = new ArrayList<>();
    private long moreErrors;
    private long moreWarnings;

    static SieCheckReport failed(String name, SieProblemCode code, String... args) {
        CheckHandler handler = new CheckHandler();
        handler.problem(SieProblem.error(0, code, args));
        return handler.report(name);
    }

    @Override
    public void identification(SieRecord record) {
        if (record instanceof SieRecord.FileType type) {
            sieType = type.type();
        } else if (record instanceof SieRecord.CompanyName name) {
            company = name.name();
        } else if (record instanceof SieRecord.OrganisationNumber number) {
            orgNumber(number);
        } else if (record instanceof SieRecord.FiscalYear year && year.year() == 0) {
            fiscalYear = new SieCheckReport.FiscalYear(year.start(), year.end());
        }
    }

    private void orgNumber(SieRecord.OrganisationNumber number) {
        try {
            orgNumber = OrgNumber.parse(number.number()).value();
        } catch (IllegalArgumentException ex) {
            orgNumber = number.number();
            problem(orgNumberProblem(number));
        }
    }

    /** The two faults {@link OrgNumber#parse} tells apart: not ten digits (after 16), or a wrong check digit. */
    private static SieProblem orgNumberProblem(SieRecord.OrganisationNumber number) {
        return OrgNumber.normalForm(number.number())
                .map(ten -> SieProblem.warning(number.line(), SieProblemCode.ORGANISATION_NUMBER_CHECK_DIGIT, ten))
                .orElseGet(() -> SieProblem.warning(
                        number.line(),
                        SieProblemCode.ORGANISATION_NUMBER_DIGITS,
                        number.number().strip()));
    }

    @Override
    public void yearBalance(YearBalance balance) {
        if (balance.year() != 0) {
            return;
        }
        Map<String, long[]> map = switch (balance.kind()) {
            case OPENING -> opening;
            case CLOSING -> closing;
            case RESULT -> result;
        };
        long[] entry = map.computeIfAbsent(balance.account(), a -> new long[] {0, balance.line()});
        entry[0] += balance.amountOre();
    }

    @Override
    public void voucher(Voucher voucher) {
        this.voucher = voucher;
        voucherSum = 0;
        vouchers++;
    }

    @Override
    public void row(Row row) {
        if (!row.counted()) {
            return;
        }
        transactions++;
        voucherSum += row.amountOre();
        long[] sum = rowSums.get(row.account());
        if (sum == null) {
            sum = new long[1];
            rowSums.put(row.account(), sum);
        }
        sum[0] += row.amountOre();
    }

    @Override
    public void voucherEnd(VoucherEnd end) {
        Voucher v = voucher;
        if (v != null && voucherSum != 0) {
            unbalanced++;
            String name = (v.series() + " " + v.number()).strip();
            String sum = Money.ofOre(voucherSum).toString();
            problem(
                    name.isEmpty()
                            ? SieProblem.error(v.line(), SieProblemCode.UNNAMED_VOUCHER_UNBALANCED, sum)
                            : SieProblem.error(v.line(), SieProblemCode.VOUCHER_UNBALANCED, name, sum));
        }
        voucher = null;
        voucherSum = 0;
    }

    @Override
    public void checksum(Checksum sum) {
        checksum = sum.matches() ? ChecksumStatus.OK : ChecksumStatus.MISMATCH;
    }

    @Override
    public void problem(SieProblem problem) {
        if (problem.isError()) {
            if (errors.size() < MAX_PROBLEMS) {
                errors.add(problem);
            } else {
                moreErrors++;
            }
        } else if (warnings.size() < MAX_PROBLEMS) {
            warnings.add(problem);
        } else {
            moreWarnings++;
        }
    }

    void fatal(SieException ex) {
        errors.add(ex.problem());
    }

    SieCheckReport report(String file) {
        List<String> balanceMismatches = new ArrayList<>();
        List<String> resultMismatches = new ArrayList<>();
        if (vouchers > 0) {
            mismatches(closing, true, balanceMismatches, SieProblemCode.CLOSING_BALANCE_MISMATCH);
            mismatches(result, false, resultMismatches, SieProblemCode.RESULT_MISMATCH);
        }
        List<SieProblem> allErrors = new ArrayList<>(errors);
        List<SieProblem> allWarnings = new ArrayList<>(warnings);
        allErrors.sort(Comparator.comparingLong(SieProblem::line));
        allWarnings.sort(Comparator.comparingLong(SieProblem::line));
        if (moreErrors > 0) {
            allErrors.add(SieProblem.error(0, SieProblemCode.MORE_ERRORS, String.valueOf(moreErrors)));
        }
        if (moreWarnings > 0) {
            allWarnings.add(SieProblem.warning(0, SieProblemCode.MORE_WARNINGS, String.valueOf(moreWarnings)));
        }
        return new SieCheckReport(
                file,
                sieType,
                company,
                orgNumber,
                fiscalYear,
                vouchers,
                transactions,
                unbalanced,
                checksum,
                balanceMismatches,
                resultMismatches,
                allErrors,
                allWarnings);
    }

    /**
     * #UB(0) = #IB(0) + rows, and #RES(0) = rows, per account: the accounts for which it does not
     * hold, sorted, each also as a warning on the line of its #UB or #RES.
     */
    private void mismatches(Map<String, long[]> stated, boolean withOpening, List<String> into, SieProblemCode code) {
        Map<String, long[]> sorted = new TreeMap<>(stated);
        for (Map.Entry<String, long[]> e : sorted.entrySet()) {
            long rows = valueOf(rowSums, e.getKey());
            long expected = rows + (withOpening ? valueOf(opening, e.getKey()) : 0);
            if (e.getValue()[0] != expected) {
                into.add(e.getKey());
                problem(SieProblem.warning(
                        e.getValue()[1],
                        code,
                        e.getKey(),
                        Money.ofOre(e.getValue()[0]).toString(),
                        Money.ofOre(expected).toString()));
            }
        }
    }

    private static long valueOf(Map<String, long[]> map, String account) {
        long[] v = map.get(account);
        return v == null ? 0 : v[0];
    }
}
