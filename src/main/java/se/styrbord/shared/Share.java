package se.styrbord.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/** A ratio such as IT cost over turnover, held with enough precision to show per mille. */
public record Share(BigDecimal value) implements Comparable<Share> {

    private static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_EVEN);

    public Share {
        Objects.requireNonNull(value, "value");
    }

    public static Share of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            throw new ArithmeticException("share of a zero whole");
        }
        return new Share(part.divide(whole, PRECISION));
    }

    /** In percent, rounded half up to {@code decimals}. */
    public BigDecimal percent(int decimals) {
        return value.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** In per mille (‰), rounded half up to {@code decimals}. */
    public BigDecimal perMille(int decimals) {
        return value.movePointRight(3).setScale(decimals, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Share o) {
        return value.compareTo(o.value);
    }
}
