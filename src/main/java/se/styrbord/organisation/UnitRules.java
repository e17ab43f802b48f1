package se.styrbord.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.styrbord.shared.OrgNumber;
import se.styrbord.shared.Violation;

/** The rules a unit must keep within its group; pure, so they can be read and tested as a table. */
final class UnitRules {

    private UnitRules() {}

    /** Checks a draft against the group's other units and entities; an empty list means valid. */
    static List<Violation> check(UnitDraft draft, List<Unit> existing, List<LegalEntity> entities, boolean isNew) {
        List<Violation> violations = new ArrayList<>();
        if (!draft.code().matches("[A-Za-z0-9_.-]{1,40}")) {
            violations.add(Violation.of("code", "unit.code.invalid"));
        } else if (isNew && existing.stream().anyMatch(u -> u.code().equalsIgnoreCase(draft.code()))) {
            violations.add(Violation.of("code", "unit.code.taken", draft.code()));
        }
        if (draft.name().isBlank() || draft.name().length() > 200) {
            violations.add(Violation.of("name", "unit.name.required"));
        }
        if (draft.type() == null) {
            violations.add(Violation.of("type", "unit.type.required"));
        }
        checkEntity(draft, entities, violations);
        if (draft.validFrom() == null) {
            violations.add(Violation.of("validFrom", "unit.validFrom.required"));
        } else if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            violations.add(Violation.of("validTo", "unit.validTo.beforeFrom"));
        }
        checkParent(draft, existing, violations);
        return violations;
    }

    /** A unit with active children cannot end before them. */
    static List<Violation> checkDeactivation(Unit unit, List<Unit> existing) {
        List<String> activeChildren = existing.stream()
                .filter(u -> unit.code().equals(u.parentCode()))
                .filter(u -> u.validTo() == null
                        || (unit.validTo() != null && u.validTo().isAfter(unit.validTo())))
                .map(Unit::code)
                .toList();
        if (unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
            return List.of(Violation.of("validTo", "unit.validTo.beforeFrom"));
        }
        return activeChildren.isEmpty()
                ? List.of()
                : List.of(Violation.of("validTo", "unit.children.active", String.join(", ", activeChildren)));
    }

    private static void checkEntity(UnitDraft draft, List<LegalEntity> entities, List<Violation> violations) {
        try {
            OrgNumber org = OrgNumber.parse(draft.orgNumber());
            if (entities.stream().noneMatch(e -> e.orgNumber().equals(org))) {
                violations.add(Violation.of("orgNumber", "unit.entity.unknown", org.value()));
            }
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("orgNumber", "orgNumber.invalid", draft.orgNumber()));
        }
    }

    private static void checkParent(UnitDraft draft, List<Unit> existing, List<Violation> violations) {
        String parentCode = draft.parentCode();
        if (parentCode == null || parentCode.isBlank()) {
            return;
        }
        Map<String, Unit> byCode = existing.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        Unit parent = byCode.get(parentCode);
        if (parent == null) {
            violations.add(Violation.of("parentCode", "unit.parent.unknown", parentCode));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Unit u = parent; u != null; u = u.parentCode() == null ? null : byCode.get(u.parentCode())) {
            if (u.code().equals(draft.code()) || draft.code().equals(u.parentCode()) || !seen.add(u.code())) {
                violations.add(Violation.of("parentCode", "unit.parent.cycle"));
                return;
            }
        }
        if (draft.validFrom() != null && !parent.isActiveOn(draft.validFrom())) {
            violations.add(Violation.of("parentCode", "unit.parent.inactive", parentCode));
        }
    }
}
