package se.styrbord.itcost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Equality between the units of a group (domain.md "Equality", report 4.1 and rec. 5a): the spread
 * of a per-unit figure and the units below a share of the group's median. Not a benchmark between
 * municipalities, which the report advises against.
 *
 * @param count units with a value
 * @param median the middle value, the mean of the two middle ones for an even count
 * @param coefficientOfVariation population standard deviation / mean (defined here), null for fewer
 *     than two values or a zero mean
 * @param threshold the share of the median below which a unit is flagged
 * @param flagged units whose value is below {@code threshold × median}, lowest first
 * @param missing units without a value (a missing input), never counted as zero
 */
public record Spread(
        int count,
        @Nullable BigDecimal min,
        @Nullable BigDecimal median,
        @Nullable BigDecimal max,
        @Nullable BigDecimal mean,
        @Nullable BigDecimal coefficientOfVariation,
        BigDecimal threshold,
        List<String> flagged,
        List<String> missing) {

    private static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_EVEN);

    /** The spread of {@code values} by unit code; a null value is a missing one. */
    public static Spread of(Map<String, @Nullable BigDecimal> values, BigDecimal threshold) {
        List<Map.Entry<String, BigDecimal>> known = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        values.forEach((unit, value) -> {
            if (value == null) {
                missing.add(unit);
            } else {
                known.add(Map.entry(unit, value));
            }
        });
        known.sort(Map.Entry.<String, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        missing.sort(Comparator.naturalOrder());
        int n = known.size();
        if (n == 0) {
            return new Spread(0, null, null, null, null, null, threshold, List.of(), missing);
        }
        List<BigDecimal> sorted = known.stream().map(Map.Entry::getValue).toList();
        BigDecimal median = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, PRECISION);
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), PRECISION);
        BigDecimal cv = null;
        if (n >= 2 && mean.signum() != 0) {
            BigDecimal squares =
                    sorted.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal deviation =
                    squares.divide(BigDecimal.valueOf(n), PRECISION).sqrt(PRECISION);
            cv = deviation.divide(mean.abs(), PRECISION);
        }
        BigDecimal limit = median.multiply(threshold, PRECISION);
        List<String> flagged = known.stream()
                .filter(e -> e.getValue().compareTo(limit) < 0)
                .map(Map.Entry::getKey)
                .toList();
        return new Spread(n, sorted.getFirst(), median, sorted.getLast(), mean, cv, threshold, flagged, missing);
    }
}
