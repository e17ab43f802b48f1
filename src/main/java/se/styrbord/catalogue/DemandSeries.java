package se.styrbord.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;

/** A service's demand month by month from its first month on, in the service's own measure (users, licences, calls). */
public record DemandSeries(String serviceCode, YearMonth firstMonth, List<Double> months) {

    public DemandSeries {
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(firstMonth, "firstMonth");
        months = List.copyOf(months);
        for (int i = 0; i < months.size(); i++) {
            double demand = months.get(i);
            if (!Double.isFinite(demand) || demand < 0) {
                throw new IllegalArgumentException("Demand for " + serviceCode + " in " + firstMonth.plusMonths(i)
                        + " must be a finite number not below 0, not " + demand);
            }
        }
    }

    public YearMonth monthAt(int index) {
        return firstMonth.plusMonths(index);
    }
}
