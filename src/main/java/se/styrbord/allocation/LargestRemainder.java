package se.styrbord.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a whole number of öre in proportion to weights so that the parts sum to the whole exactly:
 * the largest-remainder (Hamilton) method, the rounding of every allocation (domain.md "Allocations
 * must reconcile exactly"). Each part is first rounded toward zero; the öre left over go one each to
 * the largest remainders, ties to the larger weight and then to the earlier unit code. A negative
 * whole (a credit) is split as its mirror image.
 */
final class LargestRemainder {

    record Claim(String code, BigDecimal weight) {}

    private LargestRemainder() {}

    static long[] split(long wholeOre, List<Claim> claims) {
        if (wholeOre < 0) {
            long[] mirrored = split(-wholeOre, claims);
            return IntStream.range(0, mirrored.length)
                    .mapToLong(i -> -mirrored[i])
                    .toArray();
        }
        int scale = claims.stream()
                .mapToInt(c -> c.weight().stripTrailingZeros().scale())
                .max()
                .orElse(0);
        BigInteger[] weights = claims.stream()
                .map(c -> c.weight().movePointRight(Math.max(scale, 0)).toBigIntegerExact())
                .toArray(BigInteger[]::new);
        BigInteger total = Arrays.stream(weights).reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() <= 0) {
            throw new IllegalStateException("weights must be non-negative and not all zero");
        }
        long[] parts = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long leftover = wholeOre;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] quotient =
                    BigInteger.valueOf(wholeOre).multiply(weights[i]).divideAndRemainder(total);
            parts[i] = quotient[0].longValueExact();
            remainders[i] = quotient[1];
            leftover -= parts[i];
        }
        Comparator<Integer> largestRemainderFirst = Comparator.<Integer, BigInteger>comparing(i -> remainders[i])
                .reversed()
                .thenComparing(Comparator.<Integer, BigInteger>comparing(i -> weights[i])
                        .reversed())
                .thenComparing(i -> claims.get(i).code());
        IntStream.range(0, parts.length)
                .boxed()
                .sorted(largestRemainderFirst)
                .limit(leftover)
                .forEach(i -> parts[i]++);
        return parts;
    }
}
