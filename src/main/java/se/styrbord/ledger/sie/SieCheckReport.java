package se.styrbord.ledger.sie;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SieCheck} found in one file.
 *
 * @param sieType as written in #SIETYP, "1" when absent (SIE 4C: missing means type 1)
 * @param vouchers number of #VER
 * @param transactions rows as they stand: every #TRANS, an #RTRANS in place of the #TRANS that
 *     repeats it, no #BTRANS
 * @param unbalancedVouchers vouchers whose counted rows do not sum to zero
 * @param balanceMismatches accounts whose #UB of year 0 is not their #IB of year 0 plus their rows
 *     (only for files with vouchers), sorted
 * @param resultMismatches accounts whose #RES of year 0 is not the sum of their rows (only for files
 *     with vouchers), sorted
 */
public record SieCheckReport(
        String file,
        String sieType,
        @Nullable String company,
        @Nullable String orgNumber,
        @Nullable FiscalYear fiscalYear,
        long vouchers,
        long transactions,
        long unbalancedVouchers,
        ChecksumStatus checksum,
        List<String> balanceMismatches,
        List<String> resultMismatches,
        List<SieProblem> errors,
        List<SieProblem> warnings) {

    public SieCheckReport {
        balanceMismatches = List.copyOf(balanceMismatches);
        resultMismatches = List.copyOf(resultMismatches);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The current fiscal year, {@code #RAR 0}. */
    public record FiscalYear(LocalDate start, LocalDate end) {}

    public enum ChecksumStatus {
        OK,
        ABSENT,
        MISMATCH;

        /** As written in the check's output: ok, absent, mismatch. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
