package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Demand volatility, <b>defined here</b> (domain.md "Demand volatility decides the boundary"; report
 * 5: buy/sell works only while demand is stable): the coefficient of variation of the detrended
 * monthly demand.
 *
 * <p>A least-squares line is fitted over the months t = 0 … n−1; the residuals are demand − line;
 * CV = s / ȳ with ȳ the mean demand and s = √(Σ residual² / (n − 2)), the sample standard deviation
 * of the residuals counting the two degrees of freedom the line used (the population form would
 * understate a 12-month window by about 9 %). A steady trend, growth or decline, can be planned for
 * and is not volatility; seasons and level shifts are.
 *
 * <p>Not classifiable, so missing and never 0: fewer than {@value #MINIMUM_MONTHS} months, since
 * less than a year cannot tell a season from a trend; and no demand at all (mean 0).
 */
public record Volatility(double coefficientOfVariation) {

    public static final int MINIMUM_MONTHS = 12;

    public static Optional<Volatility> of(List<Double> monthlyDemand) {
        int n = monthlyDemand.size();
        if (n < MINIMUM_MONTHS) {
            return Optional.empty();
        }
        double mean = monthlyDemand.stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        if (mean <= 0) {
            return Optional.empty();
        }
        double middle = (n - 1) / 2.0;
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < n; t++) {
            sxx += (t - middle) * (t - middle);
            sxy += (t - middle) * (monthlyDemand.get(t) - mean);
        }
        double slope = sxy / sxx;
        double squaredResiduals = 0;
        for (int t = 0; t < n; t++) {
            double residual = monthlyDemand.get(t) - mean - slope * (t - middle);
            squaredResiduals += residual * residual;
        }
        return Optional.of(new Volatility(Math.sqrt(squaredResiduals / (n - 2)) / mean));
    }

    /** For display: three decimals, half up. */
    public BigDecimal rounded() {
        return BigDecimal.valueOf(coefficientOfVariation).setScale(3, RoundingMode.HALF_UP);
    }
}
