package se.styrbord.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.styrbord.shared.Violation;

/** The rules of yearly facts: a known unit, active in the year, and no negative figures. */
final class FactsRules {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private FactsRules() {}

    /** Checks one row (1-based) of a facts table. */
    static List<Violation> check(int row, YearlyFacts facts, Map<String, Unit> units) {
        List<Violation> violations = new ArrayList<>();
        Unit unit = units.get(facts.unitCode());
        if (unit == null) {
            violations.add(Violation.atRow(row, "unit", "facts.unit.unknown", facts.unitCode()));
        } else if (facts.year() >= FIRST_YEAR && facts.year() <= LAST_YEAR && !unit.isActiveIn(facts.year())) {
            violations.add(Violation.atRow(
                    row, "year", "facts.unit.inactive", facts.unitCode(), String.valueOf(facts.year())));
        }
        if (facts.year() < FIRST_YEAR || facts.year() > LAST_YEAR) {
            violations.add(Violation.atRow(
                    row, "year", "facts.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (facts.turnover() != null && facts.turnover().isNegative()) {
            violations.add(Violation.atRow(row, "turnover", "facts.negative"));
        }
        if (facts.employees() != null && facts.employees() < 0) {
            violations.add(Violation.atRow(row, "employees", "facts.negative"));
        }
        if (facts.fte() != null && facts.fte().signum() < 0) {
            violations.add(Violation.atRow(row, "fte", "facts.negative"));
        }
        if (facts.fte() != null && facts.fte().scale() > 2) {
            violations.add(
                    Violation.atRow(row, "fte", "facts.decimals", facts.fte().toPlainString()));
        }
        return violations;
    }
}
