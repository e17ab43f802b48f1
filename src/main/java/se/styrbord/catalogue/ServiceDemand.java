package se.styrbord.catalogue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A service's demand as followed: the monthly series (empty when nothing was reported) and the
 * rolling 12-month readings of its volatility and class, one per month from the first full window.
 */
public record ServiceDemand(ItService service, Optional<DemandSeries> series, List<WindowReading> readings) {

    public ServiceDemand {
        readings = List.copyOf(readings);
    }

    /** The reading of the 12 months ending December of the year: the year's volatility and class. */
    public Optional<WindowReading> inYear(int year) {
        YearMonth december = YearMonth.of(year, 12);
        return readings.stream().filter(r -> r.windowEnd().equals(december)).findFirst();
    }

    /** The class most recently known. */
    public Optional<DemandClass> latestClass() {
        return readings.reversed().stream()
                .flatMap(r -> r.demandClass().stream())
                .findFirst();
    }
}
