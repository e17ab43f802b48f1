package se.styrbord.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in Swedish kronor with öre precision.
 *
 * <p>The one rounding policy of Styrbord: amounts are held at scale 2 and anything finer is rounded
 * half up ({@link #ROUNDING}), the way Swedish accounts round to the öre. Allocations that must sum
 * to a whole use largest-remainder rounding on top of this (see the allocation module).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(SCALE, ROUNDING);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(long kronor) {
        return new Money(BigDecimal.valueOf(kronor));
    }

    public static Money ofOre(long ore) {
        return new Money(BigDecimal.valueOf(ore, SCALE));
    }

    public long ore() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** This amount as a share of {@code whole}, or empty when the whole is zero. */
    public java.util.Optional<Share> shareOf(Money whole) {
        return whole.isZero() ? java.util.Optional.empty() : java.util.Optional.of(Share.of(amount, whole.amount));
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** Plain decimal with two decimals, as in SIE files and JSON: {@code -1234.50}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
