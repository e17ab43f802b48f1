package se.styrbord.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A service in the IT service centre's catalogue (tjänstekatalog): who owns it, what it is counted
 * in, and the days it was added and, once retired, its last day.
 */
public record ItService(
        String code,
        String name,
        String owner,
        String unitOfMeasure,
        LocalDate addedOn,
        @Nullable LocalDate retiredOn) {

    public ItService {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(owner, "owner");
        requireNonNull(unitOfMeasure, "unitOfMeasure");
        requireNonNull(addedOn, "addedOn");
    }

    public ServiceLifespan lifespan() {
        return new ServiceLifespan(code, YearMonth.from(addedOn), retiredOn == null ? null : YearMonth.from(retiredOn));
    }

    public boolean offeredIn(YearMonth month) {
        return !YearMonth.from(addedOn).isAfter(month)
                && (retiredOn == null || !YearMonth.from(retiredOn).isBefore(month));
    }

    /** What happened to the service in the year: added, retired, simply offered, or not offered at all. */
    public ServiceStatus statusIn(int year) {
        if (addedOn.getYear() > year || (retiredOn != null && retiredOn.getYear() < year)) {
            return ServiceStatus.NOT_OFFERED;
        }
        if (retiredOn != null && retiredOn.getYear() == year) {
            return ServiceStatus.RETIRED;
        }
        return addedOn.getYear() == year ? ServiceStatus.ADDED : ServiceStatus.ACTIVE;
    }
}
