package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A year's fixed shares as agreed by decision: each unit's share of the pool in percent, at most
 * four decimals, and the decision that set them, e.g. "KF 2021-03-15 § 42". Whether they may be
 * saved or run is for {@link ShareRules} to say; a share not given is null, never 0.
 */
public record FixedShares(int year, String decision, List<UnitShare> shares) {

    /** One unit's share of the pool in percent (12.5 is 12.5 %); null when it was left out. */
    public record UnitShare(String unitCode, @Nullable BigDecimal percent) {

        public UnitShare {
            requireNonNull(unitCode, "unitCode");
        }
    }

    public static final BigDecimal WHOLE = BigDecimal.valueOf(100);
    public static final int DECIMALS = 4;

    public FixedShares {
        requireNonNull(decision, "decision");
        shares = List.copyOf(shares);
    }

    /** Σ of the shares given, in percent. */
    public BigDecimal sum() {
        return shares.stream()
                .map(UnitShare::percent)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<BigDecimal> percentOf(String unitCode) {
        return shares.stream()
                .filter(s -> s.unitCode().equals(unitCode))
                .findFirst()
                .map(UnitShare::percent);
    }

    /** The same shares, decision stripped, percents at four decimals and units in code order: as stored. */
    FixedShares normalised() {
        return new FixedShares(
                year,
                decision.strip(),
                shares.stream()
                        .map(s -> new UnitShare(
                                s.unitCode(),
                                s.percent() == null ? null : s.percent().setScale(DECIMALS)))
                        .sorted(Comparator.comparing(UnitShare::unitCode))
                        .toList());
    }

    /** The model these shares decide: each share as a fraction of the pool (percent / 100). */
    FixedShare model() {
        return new FixedShare(shares.stream()
                .collect(Collectors.toMap(
                        UnitShare::unitCode,
                        s -> requireNonNull(s.percent(), s.unitCode()).movePointLeft(2))));
    }
}
