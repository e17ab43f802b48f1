package se.styrbord.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The months a service was in the catalogue: from its first month to its last, which is null while it is still offered. */
public record ServiceLifespan(
        String serviceCode, YearMonth firstMonth, @Nullable YearMonth lastMonth) {

    public ServiceLifespan {
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(firstMonth, "firstMonth");
        if (lastMonth != null && lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("Service " + serviceCode + " cannot be retired before it was added");
        }
    }

    boolean addedIn(Year year) {
        return firstMonth.getYear() == year.getValue();
    }

    boolean retiredIn(Year year) {
        return lastMonth != null && lastMonth.getYear() == year.getValue();
    }

    boolean activeIn(Year year) {
        return firstMonth.getYear() <= year.getValue() && (lastMonth == null || lastMonth.getYear() >= year.getValue());
    }
}
