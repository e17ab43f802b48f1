package se.styrbord.allocation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.InvalidInput;

/** The models a stored run can use, by the names of the command line and the API. */
public enum RunModel {
    CHARGEBACK(null),
    HEADCOUNT(Driver.EMPLOYEES),
    FTE(Driver.FTE),
    TURNOVER(Driver.TURNOVER),
    /** Stable services charged, the rest by headcount (report 5 and rec. 1a–b). */
    HYBRID(Driver.EMPLOYEES);

    private final @Nullable Driver driver;

    RunModel(@Nullable Driver driver) {
        this.driver = driver;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The driver the model weighs units by, or null for chargeback. */
    public @Nullable Driver driver() {
        return driver;
    }

    public boolean usesCatalogue() {
        return this == CHARGEBACK || this == HYBRID;
    }

    public static RunModel ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(m -> m.slug().equals(slug.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("model", "allocation.model.unknown", slug));
    }

    AllocationModel of(List<PricedService> priceList, Set<String> stable) {
        return switch (this) {
            case CHARGEBACK -> new Chargeback(priceList);
            case HYBRID -> new Hybrid(priceList, stable, Driver.EMPLOYEES);
            default -> new DriverOverhead(driver);
        };
    }
}
