package se.styrbord.organisation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * A unit's facts for a year: turnover (omslutning, SEK), employees (medarbetare, headcount) and
 * full-time equivalents (årsarbetare). Each may be missing, and missing is not zero.
 */
public record YearlyFacts(
        String unitCode,
        int year,
        @Nullable Money turnover,
        @Nullable Integer employees,
        @Nullable BigDecimal fte) {

    /** FTE are kept with at least two decimals, as stored, so that 9.5 and 9.50 are the same fact. */
    public YearlyFacts {
        if (fte != null && fte.scale() < 2) {
            fte = fte.setScale(2);
        }
    }

    public boolean isEmpty() {
        return turnover == null && employees == null && fte == null;
    }
}
