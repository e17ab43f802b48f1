package se.styrbord.catalogue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.Violation;

/** The rules of catalogue and consumption rows, each violation naming the file's row and column. */
final class CatalogueRules {

    private CatalogueRules() {}

    static List<Violation> checkServices(List<ServiceLine> lines) {
        List<Violation> violations = new ArrayList<>();
        Map<String, ServiceLine> firstOfService = new HashMap<>();
        Map<String, Integer> rowOfYear = new HashMap<>();
        for (ServiceLine line : lines) {
            ItService s = line.service();
            int row = line.row();
            if (!s.code().matches("[A-Za-z0-9_.-]{1,40}")) {
                violations.add(Violation.atRow(row, "tjänst", "catalogue.service.code", s.code()));
            }
            if (s.name().length() > 200
                    || s.owner().length() > 200
                    || s.unitOfMeasure().length() > 60) {
                violations.add(Violation.atRow(row, "namn", "catalogue.text.long"));
            }
            if (s.retiredOn() != null && s.retiredOn().isBefore(s.addedOn())) {
                violations.add(Violation.atRow(row, "borttagen", "catalogue.service.retiredBeforeAdded"));
            }
            int year = line.price().year();
            if (year < s.addedOn().getYear()
                    || (s.retiredOn() != null && year > s.retiredOn().getYear())) {
                violations.add(Violation.atRow(row, "år", "catalogue.price.outside", String.valueOf(year), s.code()));
            }
            ServiceLine first = firstOfService.putIfAbsent(s.code(), line);
            if (first != null && !first.service().equals(s)) {
                violations.add(Violation.atRow(
                        row, "tjänst", "catalogue.service.conflict", s.code(), String.valueOf(first.row())));
            }
            Integer earlier = rowOfYear.putIfAbsent(s.code() + "/" + year, row);
            if (earlier != null) {
                violations.add(Violation.atRow(
                        row,
                        "år",
                        "catalogue.price.duplicate",
                        s.code(),
                        String.valueOf(year),
                        String.valueOf(earlier)));
            }
        }
        return violations;
    }

    static List<Violation> checkUses(List<UseLine> lines, Map<String, ItService> services, Map<String, Unit> units) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (UseLine line : lines) {
            MonthlyUse use = line.use();
            int row = line.row();
            ItService service = services.get(use.serviceCode());
            if (service == null) {
                violations.add(Violation.atRow(row, "tjänst", "catalogue.service.unknown", use.serviceCode()));
            } else if (!service.offeredIn(use.month())) {
                violations.add(Violation.atRow(
                        row,
                        "månad",
                        "catalogue.service.notOffered",
                        use.serviceCode(),
                        use.month().toString()));
            }
            Unit unit = units.get(use.unitCode());
            if (unit == null) {
                violations.add(Violation.atRow(row, "enhet", "catalogue.unit.unknown", use.unitCode()));
            } else if (unit.type() == UnitType.IT_SERVICE_CENTRE) {
                violations.add(Violation.atRow(row, "enhet", "catalogue.unit.supplier", use.unitCode()));
            } else if (!activeIn(unit, use.month())) {
                violations.add(Violation.atRow(
                        row,
                        "månad",
                        "catalogue.unit.inactive",
                        use.unitCode(),
                        use.month().toString()));
            }
            Integer earlier = rowOfKey.putIfAbsent(use.serviceCode() + "/" + use.unitCode() + "/" + use.month(), row);
            if (earlier != null) {
                violations.add(Violation.atRow(
                        row,
                        "månad",
                        "catalogue.use.duplicate",
                        use.serviceCode(),
                        use.unitCode(),
                        use.month().toString(),
                        String.valueOf(earlier)));
            }
        }
        return violations;
    }

    static boolean activeIn(Unit unit, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return !unit.validFrom().isAfter(last)
                && (unit.validTo() == null || !unit.validTo().isBefore(first));
    }
}
