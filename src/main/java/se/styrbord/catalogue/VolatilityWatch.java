package se.styrbord.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows each service's demand through rolling windows and signals a review whenever its class
 * changes between consecutive classified windows (domain.md "Demand volatility decides the
 * boundary"). Windows start at the first month and move by {@code stepMonths}; months that do not
 * yet fill a window wait for the next run. A window that is not classifiable (no demand) neither
 * signals nor resets: the next one is compared with the last class known.
 *
 * <p>Stepping a year at a time matches the yearly review but misses a level shift that falls between
 * two windows, since each then looks flat; stepping a month sees it, and the thresholds' hysteresis
 * keeps the monthly watch from flickering.
 */
public record VolatilityWatch(VolatilityThresholds thresholds, int windowMonths, int stepMonths) {

    public VolatilityWatch {
        if (windowMonths < Volatility.MINIMUM_MONTHS || stepMonths < 1) {
            throw new IllegalArgumentException("A window needs at least " + Volatility.MINIMUM_MONTHS
                    + " months and a step of at least one, not " + windowMonths + " and " + stepMonths);
        }
    }

    public static VolatilityWatch monthly(VolatilityThresholds thresholds) {
        return new VolatilityWatch(thresholds, 12, 1);
    }

    public static VolatilityWatch yearly(VolatilityThresholds thresholds) {
        return new VolatilityWatch(thresholds, 12, 12);
    }

    public List<WindowReading> readings(DemandSeries series) {
        List<WindowReading> readings = new ArrayList<>();
        Optional<DemandClass> last = Optional.empty();
        for (int end = windowMonths; end <= series.months().size(); end += stepMonths) {
            Optional<Volatility> volatility = Volatility.of(series.months().subList(end - windowMonths, end));
            Optional<DemandClass> previous = last;
            Optional<DemandClass> demandClass = volatility.map(v -> thresholds.classify(v, previous));
            readings.add(new WindowReading(series.monthAt(end - 1), volatility, demandClass));
            last = demandClass.or(() -> previous);
        }
        return readings;
    }

    public List<ReviewSignal> reviews(DemandSeries series) {
        List<ReviewSignal> signals = new ArrayList<>();
        Optional<DemandClass> last = Optional.empty();
        for (WindowReading reading : readings(series)) {
            if (reading.demandClass().isEmpty()) {
                continue;
            }
            DemandClass now = reading.demandClass().orElseThrow();
            last.filter(before -> before != now)
                    .ifPresent(before -> signals.add(new ReviewSignal(
                            series.serviceCode(),
                            reading.windowEnd(),
                            before,
                            now,
                            reading.volatility().orElseThrow())));
            last = reading.demandClass();
        }
        return signals;
    }

    public List<ReviewSignal> reviews(List<DemandSeries> catalogue) {
        return catalogue.stream().flatMap(series -> reviews(series).stream()).toList();
    }
}
