package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.InvalidInput;

/** The models a stored run can use, by the names of the command line and the API. */
public enum RunModel {
    CHARGEBACK(null),
    HEADCOUNT(Driver.EMPLOYEES),
    FTE(Driver.FTE),
    TURNOVER(Driver.TURNOVER),
    /** Stable services charged, the rest by headcount (report 5 and rec. 1a–b). */
    HYBRID(Driver.EMPLOYEES),
    /** The year's shares as agreed by decision ({@link FixedShares}), stored with the run. */
    FIXED(null);

    private final @Nullable Driver driver;

    RunModel(@Nullable Driver driver) {
        this.driver = driver;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The driver the model weighs units by, or null for chargeback and fixed shares. */
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

    /**
     * The decimals of a unit's weight as reported: a fixed share is a percent with four decimals,
     * every driver two.
     */
    public int driverDecimals() {
        return this == FIXED ? FixedShares.DECIMALS : 2;
    }

    /** The message key of the column that shows each unit's weight. */
    public String driverLabel() {
        return this == FIXED ? "allocation.share" : "allocation.driver";
    }

    AllocationModel of(RunInputs inputs) {
        return switch (this) {
            case CHARGEBACK -> new Chargeback(inputs.priceList());
            case HYBRID -> new Hybrid(inputs.priceList(), inputs.stable(), Driver.EMPLOYEES);
            case FIXED -> inputs.fixedShare();
            default -> new DriverOverhead(driver);
        };
    }

    /** A unit's weight as reported: a fixed share back in percent (the model weighs by fractions), any other as it is. */
    @Nullable
    BigDecimal reported(@Nullable BigDecimal weight) {
        return this == FIXED && weight != null ? weight.movePointRight(2).setScale(driverDecimals()) : weight;
    }
}
