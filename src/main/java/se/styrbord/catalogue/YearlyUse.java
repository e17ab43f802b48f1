package se.styrbord.catalogue;

import static java.util.Objects.requireNonNull;

/**
 * A unit's use of a service over a year: the monthly quantities summed, and the months with any
 * use ({@code months}: bit m set for month m, 1–12).
 */
public record YearlyUse(String serviceCode, String unitCode, long quantity, int months) {

    public YearlyUse {
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(unitCode, "unitCode");
    }
}
