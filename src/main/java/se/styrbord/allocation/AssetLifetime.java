package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

/** The economic lifetime the group uses for a class of IT assets (its depreciation period), in years. */
public record AssetLifetime(String assetClass, int years) {

    public AssetLifetime {
        requireNonNull(assetClass, "assetClass");
        if (years < 1) {
            throw new IllegalArgumentException("The lifetime of " + assetClass + " must be at least one year");
        }
    }
}
