package se.styrbord.catalogue;

import java.util.Optional;

/**
 * Where demand stops being stable, <b>defined here</b> and configurable per group: a CV at or below
 * {@code stableUpTo} is STABLE, at or above {@code fluctuatingFrom} FLUCTUATING. Between the two lies
 * a hysteresis band in which a service keeps its previous class, so that one hovering near a
 * threshold does not flip, and call for a review, every period. A first reading inside the band
 * takes the class of the nearer threshold. Equal thresholds make a single cut with no band.
 */
public record VolatilityThresholds(double stableUpTo, double fluctuatingFrom) {

    /** Starting values, to be calibrated on the group's own services: not from the report. */
    public static final VolatilityThresholds DEFAULT = new VolatilityThresholds(0.05, 0.10);

    public VolatilityThresholds {
        if (!(stableUpTo >= 0 && stableUpTo <= fluctuatingFrom && Double.isFinite(fluctuatingFrom))) {
            throw new IllegalArgumentException("Thresholds need 0 ≤ stable up to ≤ fluctuating from, not " + stableUpTo
                    + " and " + fluctuatingFrom);
        }
    }

    public DemandClass classify(Volatility volatility, Optional<DemandClass> previous) {
        double cv = volatility.coefficientOfVariation();
        if (cv <= stableUpTo) {
            return DemandClass.STABLE;
        }
        if (cv >= fluctuatingFrom) {
            return DemandClass.FLUCTUATING;
        }
        return previous.orElse(cv <= (stableUpTo + fluctuatingFrom) / 2 ? DemandClass.STABLE : DemandClass.FLUCTUATING);
    }
}
