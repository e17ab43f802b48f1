package se.styrbord.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;

/**
 * What a run is asked for: the year, the model, the pool (null: the catalogue's self-cost of the
 * year's use) and the hours of the year's investment projects (null: not known).
 */
public record RunRequest(
        int year,
        RunModel model,
        @Nullable Money pool,
        @Nullable BigDecimal projectHours) {

    public RunRequest {
        if (year < 1990 || year > 2100) {
            throw InvalidInput.of("year", "allocation.year.range", String.valueOf(year));
        }
        if (pool != null && pool.isNegative()) {
            throw InvalidInput.of("pool", "allocation.pool.negative");
        }
        if (projectHours != null) {
            if (projectHours.signum() < 0) {
                throw InvalidInput.of("hours", "allocation.hours.negative");
            }
            projectHours = projectHours.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
