package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's use of one catalogue service over a year: the quantity summed over its months, and the
 * months in which it used any ({@code months}: bit m set for month m, 1–12). That is all any model
 * needs of the monthly use (charges are linear in quantity; an invoice goes out for each month a
 * unit is charged), and it is a twelfth of the rows.
 */
public record YearUse(String unitCode, String serviceCode, long quantity, int months) {

    private static final int ALL_MONTHS = 0x1FFE;

    public YearUse {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(serviceCode, "serviceCode");
        if (quantity < 0) {
            throw new AllocationException("Unit " + unitCode + " has a negative use of " + serviceCode);
        }
        if ((months & ~ALL_MONTHS) != 0) {
            throw new AllocationException("Months " + Integer.toBinaryString(months) + " of " + unitCode + "'s use of "
                    + serviceCode + " are not months 1–12");
        }
        if ((quantity == 0) != (months == 0)) {
            throw new AllocationException("Unit " + unitCode + "'s use of " + serviceCode + " is " + quantity
                    + " but in " + Integer.bitCount(months) + " months");
        }
    }

    /** Monthly use of one year summed per unit and service, in the order first met. */
    public static List<YearUse> of(Year year, List<Consumption> monthly) {
        record Key(String unit, String service) {}
        Map<Key, long[]> sums = new LinkedHashMap<>();
        for (Consumption use : monthly) {
            if (use.month().getYear() != year.getValue()) {
                throw new AllocationException(
                        "Use by " + use.unitCode() + " in " + use.month() + " is outside " + year);
            }
            long[] sum = sums.computeIfAbsent(new Key(use.unitCode(), use.serviceCode()), k -> new long[2]);
            sum[0] = Math.addExact(sum[0], use.quantity());
            if (use.quantity() > 0) {
                sum[1] |= 1L << use.month().getMonthValue();
            }
        }
        return sums.entrySet().stream()
                .map(e -> new YearUse(e.getKey().unit(), e.getKey().service(), e.getValue()[0], (int) e.getValue()[1]))
                .toList();
    }
}
