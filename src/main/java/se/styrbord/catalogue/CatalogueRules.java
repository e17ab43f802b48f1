package se.styrbord.catalogue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
            int year = line.price().year();
            for (Violation v : checkService(s)) {
                violations.add(
                        Violation.atRow(row, v.field(), v.code(), v.args().toArray()));
            }
            for (Violation v : checkPriceYear(s, year)) {
                violations.add(
                        Violation.atRow(row, v.field(), v.code(), v.args().toArray()));
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

    /** The rules of one service, on the catalogue file's columns: its code, the length of its texts, its dates. */
    static List<Violation> checkService(ItService s) {
        List<Violation> violations = new ArrayList<>();
        if (!s.code().matches("[A-Za-z0-9_.-]{1,40}")) {
            violations.add(Violation.of("tjänst", "catalogue.service.code", s.code()));
        }
        if (s.name().length() > 200) {
            violations.add(Violation.of("namn", "catalogue.text.long"));
        }
        if (s.owner().length() > 200) {
            violations.add(Violation.of("ägare", "catalogue.text.long"));
        }
        if (s.unitOfMeasure().length() > 60) {
            violations.add(Violation.of("måttenhet", "catalogue.text.long"));
        }
        if (s.retiredOn() != null && s.retiredOn().isBefore(s.addedOn())) {
            violations.add(Violation.of("borttagen", "catalogue.service.retiredBeforeAdded"));
        }
        return violations;
    }

    /** A price only for a year in which the service was offered. */
    static List<Violation> checkPriceYear(ItService s, int year) {
        if (year < s.addedOn().getYear()
                || (s.retiredOn() != null && year > s.retiredOn().getYear())) {
            return List.of(Violation.of("år", "catalogue.price.outside", String.valueOf(year), s.code()));
        }
        return List.of();
    }

    /**
     * A service changed on its page: the rules of a catalogue row, and its new dates must still hold
     * the years of its stored prices and the months of its stored use.
     */
    static List<Violation> checkChange(
            ItService s, List<ServicePrice> prices, @Nullable YearMonth firstUse, @Nullable YearMonth lastUse) {
        List<Violation> violations = new ArrayList<>(checkService(s));
        if (!violations.isEmpty()) {
            return violations;
        }
        prices.stream()
                .map(ServicePrice::year)
                .filter(year -> !checkPriceYear(s, year).isEmpty())
                .findFirst()
                .ifPresent(year -> violations.add(Violation.of(
                        year < s.addedOn().getYear() ? "tillagd" : "borttagen",
                        "catalogue.service.priceOutside",
                        String.valueOf(year))));
        for (YearMonth month : java.util.Arrays.asList(firstUse, lastUse)) {
            if (month != null && !s.offeredIn(month)) {
                String field = YearMonth.from(s.addedOn()).isAfter(month) ? "tillagd" : "borttagen";
                if (violations.stream().noneMatch(v -> v.field().equals(field))) {
                    violations.add(Violation.of(field, "catalogue.service.useOutside", month.toString()));
                }
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

    /** Violations of a form read as a catalogue row, moved from the file's columns to the form's fields. */
    static List<Violation> onFields(List<Violation> violations, Map<String, String> fieldOfColumn) {
        return violations.stream()
                .map(v -> new Violation(fieldOfColumn.getOrDefault(v.field(), v.field()), null, v.code(), v.args()))
                .toList();
    }

    static boolean activeIn(Unit unit, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return !unit.validFrom().isAfter(last)
                && (unit.validTo() == null || !unit.validTo().isBefore(first));
    }
}
