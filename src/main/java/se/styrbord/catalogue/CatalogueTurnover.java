package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The yearly turnover of the service catalogue, <b>defined here</b> (domain.md "Demand volatility
 * decides the boundary"): (services added + services retired in the year) / services active in the
 * year. Active means in the catalogue in any month of the year, so a service added and retired in
 * the same year counts in all three; the rate is then at most 2.
 */
public record CatalogueTurnover(Year year, int added, int retired, int active) {

    public static CatalogueTurnover of(Year year, List<ServiceLifespan> services) {
        return new CatalogueTurnover(
                year,
                (int) services.stream().filter(s -> s.addedIn(year)).count(),
                (int) services.stream().filter(s -> s.retiredIn(year)).count(),
                (int) services.stream().filter(s -> s.activeIn(year)).count());
    }

    /** The turnover rate, three decimals; missing when no service was active in the year. */
    public Optional<BigDecimal> rate() {
        return active == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(added + retired)
                        .divide(BigDecimal.valueOf(active), 3, RoundingMode.HALF_UP));
    }
}
