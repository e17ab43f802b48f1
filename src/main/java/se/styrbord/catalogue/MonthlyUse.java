package se.styrbord.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/** A unit's use of a service in a month, in whole units of the service's measure. */
public record MonthlyUse(String serviceCode, String unitCode, YearMonth month, long quantity) {

    public MonthlyUse {
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(month, "month");
    }
}
