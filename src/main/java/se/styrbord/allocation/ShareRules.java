package se.styrbord.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.Figures;
import se.styrbord.shared.Violation;

/**
 * The rules of a year's fixed shares, checked when they are saved and again when a run uses them
 * (the register may have changed in between). Every unit that shares the pool in the year has a
 * share, no other unit has one, no share is negative or finer than 0.0001 %, and the shares sum to
 * exactly 100 %. A share's violation is on the field {@code shares.<unit code>}.
 */
final class ShareRules {

    static final int DECISION_LENGTH = 200;

    private ShareRules() {}

    static List<Violation> check(FixedShares shares, List<Unit> register) {
        int year = shares.year();
        String inYear = String.valueOf(year);
        List<Violation> violations = new ArrayList<>();
        if (year < 1990 || year > 2100) {
            return List.of(Violation.of("year", "allocation.year.range", inYear));
        }
        if (shares.decision().isBlank()) {
            violations.add(Violation.of("decision", "allocation.shares.decision.required"));
        } else if (shares.decision().strip().length() > DECISION_LENGTH) {
            violations.add(Violation.of("decision", "allocation.shares.decision.long", DECISION_LENGTH));
        }
        Map<String, Unit> units = register.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        Set<String> seen = new HashSet<>();
        boolean complete = true;
        for (FixedShares.UnitShare share : shares.shares()) {
            String field = field(share.unitCode());
            Unit unit = units.get(share.unitCode());
            if (unit == null) {
                violations.add(Violation.of(field, "allocation.shares.unit.unknown", share.unitCode()));
            } else if (unit.type() == UnitType.IT_SERVICE_CENTRE) {
                violations.add(Violation.of(field, "allocation.shares.unit.supplier", unit.code(), unit.name()));
            } else if (!unit.isActiveIn(year)) {
                violations.add(
                        Violation.of(field, "allocation.shares.unit.inactive", unit.code(), unit.name(), inYear));
            }
            if (!seen.add(share.unitCode())) {
                violations.add(Violation.of(field, "allocation.shares.duplicate", share.unitCode()));
            }
            String name = unit == null ? share.unitCode() : unit.name();
            BigDecimal percent = share.percent();
            if (percent == null) {
                complete = false;
                violations.add(Violation.of(field, "allocation.shares.required", share.unitCode(), name));
            } else if (percent.signum() < 0) {
                complete = false;
                violations.add(Violation.of(
                        field, "allocation.shares.negative", share.unitCode(), name, Figures.decimal(percent, 4)));
            } else if (percent.stripTrailingZeros().scale() > FixedShares.DECIMALS) {
                complete = false;
                violations.add(Violation.of(
                        field, "allocation.shares.decimals", share.unitCode(), name, percent.toPlainString()));
            }
        }
        register.stream()
                .filter(u -> AllocationRuns.sharesThePool(u, year) && !seen.contains(u.code()))
                .forEach(u -> violations.add(
                        Violation.of(field(u.code()), "allocation.shares.missing.unit", u.code(), u.name(), inYear)));
        if (complete && shares.sum().compareTo(FixedShares.WHOLE) != 0) {
            violations.add(Violation.of(
                    "sum",
                    "allocation.shares.sum",
                    Figures.decimal(shares.sum(), 4),
                    Figures.decimal(FixedShares.WHOLE.subtract(shares.sum()), 4)));
        }
        return violations;
    }

    static String field(String unitCode) {
        return "shares." + unitCode;
    }
}
