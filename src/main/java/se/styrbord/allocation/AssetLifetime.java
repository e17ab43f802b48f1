package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The economic lifetime the group uses for a class of IT assets (its depreciation period), in years. */
public record AssetLifetime(String assetClass, int years) {

    /**
     * Usual depreciation periods of computers, servers, network and business systems: assumptions,
     * not from the report, that a group replaces with its own (docs/adr/0006).
     */
    public static final List<AssetLifetime> DEFAULTS = List.of(
            new AssetLifetime("clients", 4),
            new AssetLifetime("servers", 5),
            new AssetLifetime("network", 8),
            new AssetLifetime("systems", 10));

    public static final int MAX_YEARS = 100;

    public AssetLifetime {
        requireNonNull(assetClass, "assetClass");
        if (years < 1) {
            throw new IllegalArgumentException("The lifetime of " + assetClass + " must be at least one year");
        }
    }

    /** The usual lifetime of one of the default classes. */
    public static Optional<AssetLifetime> defaultOf(String assetClass) {
        return DEFAULTS.stream().filter(a -> a.assetClass().equals(assetClass)).findFirst();
    }

    /** True when this is the class's usual lifetime, not the group's own. */
    public boolean isDefault() {
        return defaultOf(assetClass).map(this::equals).orElse(false);
    }
}
