package se.styrbord.organisation;

import java.time.LocalDate;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.OrgNumber;

/**
 * What costs are followed up for: a department, a central function or a company. Valid from a date
 * and, once deactivated, to a date (inclusive), because organisations change.
 */
public record Unit(
        String code,
        String name,
        UnitType type,
        OrgNumber orgNumber,
        @Nullable String parentCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Active on at least one day of the year. */
    public boolean isActiveIn(int year) {
        LocalDate first = Year.of(year).atDay(1);
        LocalDate last = Year.of(year).atMonth(12).atEndOfMonth();
        return !validFrom.isAfter(last) && (validTo == null || !validTo.isBefore(first));
    }

    public boolean isActive(LocalDate today) {
        return validTo == null || !validTo.isBefore(today);
    }

    /** The months of the year the unit is active, 0–12, for drivers of units that come or go mid-year. */
    public int activeMonthsIn(int year) {
        int months = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
            if (!validFrom.isAfter(last) && (validTo == null || !validTo.isBefore(first))) {
                months++;
            }
        }
        return months;
    }

    public Unit deactivatedOn(LocalDate lastDay) {
        return new Unit(code, name, type, orgNumber, parentCode, validFrom, lastDay);
    }
}
