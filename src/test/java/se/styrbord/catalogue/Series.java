package se.styrbord.catalogue;

import java.time.YearMonth;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/** Constructed demand series for tests: month t = 0, 1, … from January 2020. */
final class Series {

    static final YearMonth START = YearMonth.of(2020, 1);

    private Series() {}

    static List<Double> months(int count, IntToDoubleFunction demand) {
        return IntStream.range(0, count).mapToDouble(demand).boxed().toList();
    }

    static DemandSeries of(String service, int count, IntToDoubleFunction demand) {
        return new DemandSeries(service, START, months(count, demand));
    }

    static double seasonal(int t, double amplitude) {
        return 100 + amplitude * Math.sin(2 * Math.PI * t / 12);
    }
}
