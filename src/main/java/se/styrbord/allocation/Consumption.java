package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * A unit's use of one catalogue service in one month, in whole units of the service's measure
 * (licences, devices, accounts, GB): choose a measure fine enough that use is counted, not measured.
 */
public record Consumption(String unitCode, String serviceCode, YearMonth month, long quantity) {

    public Consumption {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(month, "month");
        if (quantity < 0) {
            throw new AllocationException(
                    "Unit " + unitCode + " has a negative use of " + serviceCode + " in " + month);
        }
    }
}
