package se.styrbord.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import se.styrbord.shared.OrgNumber;
import se.styrbord.shared.Violation;

/**
 * The organisation register of a municipal group. Every change is checked against the rules first,
 * saved in one transaction together with its audit entry, or not at all.
 */
@Service
@Transactional(readOnly = true)
public class Organisation {

    private final OrganisationRepository repository;
    private final AuditLog audit;

    Organisation(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<MunicipalGroup> groups() {
        return repository.groups();
    }

    public Optional<MunicipalGroup> findGroup(MunicipalityCode code) {
        return repository.group(code);
    }

    public MunicipalGroup getGroup(MunicipalityCode code) {
        return findGroup(code).orElseThrow(() -> new NotFound("municipal group", code));
    }

    @Transactional
    public MunicipalGroup createGroup(MunicipalityCode code, String name) {
        if (repository.group(code).isPresent()) {
            throw InvalidInput.of("code", "group.code.taken", code.value());
        }
        if (name.isBlank()) {
            throw InvalidInput.of("name", "group.name.required");
        }
        MunicipalGroup group = new MunicipalGroup(code, name.strip());
        repository.insertGroup(group);
        audit.record(code.value(), AuditAction.CREATE, "group", code.value(), null, group);
        return group;
    }

    public List<LegalEntity> entities(MunicipalityCode code) {
        return repository.entities(code);
    }

    public Optional<LegalEntity> findEntity(MunicipalityCode code, OrgNumber orgNumber) {
        return repository.entity(code, orgNumber);
    }

    @Transactional
    public LegalEntity addEntity(MunicipalityCode code, LegalEntity entity) {
        getGroup(code);
        List<Violation> violations = new ArrayList<>();
        if (repository.entity(code, entity.orgNumber()).isPresent()) {
            violations.add(Violation.of(
                    "orgNumber", "entity.orgNumber.taken", entity.orgNumber().value()));
        }
        if (entity.name().isBlank()) {
            violations.add(Violation.of("name", "entity.name.required"));
        }
        if (entity.kind() == EntityKind.MUNICIPALITY
                && repository.entities(code).stream().anyMatch(e -> e.kind() == EntityKind.MUNICIPALITY)) {
            violations.add(Violation.of("kind", "entity.municipality.exists"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        repository.insertEntity(code, entity);
        audit.record(
                code.value(), AuditAction.CREATE, "entity", entity.orgNumber().value(), null, entity);
        return entity;
    }

    @Transactional
    public void renameEntity(MunicipalityCode code, OrgNumber orgNumber, String name) {
        LegalEntity before =
                repository.entity(code, orgNumber).orElseThrow(() -> new NotFound("legal entity", orgNumber));
        if (name.isBlank()) {
            throw InvalidInput.of("name", "entity.name.required");
        }
        repository.updateEntityName(code, orgNumber, name.strip());
        audit.record(
                code.value(),
                AuditAction.UPDATE,
                "entity",
                orgNumber.value(),
                before,
                new LegalEntity(orgNumber, name.strip(), before.kind()));
    }

    public List<Unit> units(MunicipalityCode code) {
        return repository.units(code);
    }

    /** The units active at some time in the year, for follow-up of that year. */
    public List<Unit> unitsIn(MunicipalityCode code, int year) {
        return repository.units(code).stream().filter(u -> u.isActiveIn(year)).toList();
    }

    public Optional<Unit> findUnit(MunicipalityCode code, String unitCode) {
        return repository.unit(code, unitCode);
    }

    public Unit getUnit(MunicipalityCode code, String unitCode) {
        return findUnit(code, unitCode).orElseThrow(() -> new NotFound("unit", unitCode));
    }

    @Transactional
    public Unit createUnit(MunicipalityCode code, UnitDraft draft) {
        getGroup(code);
        Unit unit = validated(code, draft, true);
        repository.insertUnit(code, unit);
        audit.record(code.value(), AuditAction.CREATE, "unit", unit.code(), null, unit);
        return unit;
    }

    @Transactional
    public Unit updateUnit(MunicipalityCode code, UnitDraft draft) {
        Unit before = getUnit(code, draft.code());
        Unit after = validated(code, draft, false);
        List<Violation> endViolations = UnitRules.checkDeactivation(after, repository.units(code));
        if (after.validTo() != null && !endViolations.isEmpty()) {
            throw new InvalidInput(endViolations);
        }
        repository.updateUnit(code, after);
        audit.record(code.value(), AuditAction.UPDATE, "unit", after.code(), before, after);
        return after;
    }

    /** Ends a unit's validity on {@code lastDay}; its history and facts are kept. */
    @Transactional
    public Unit deactivateUnit(MunicipalityCode code, String unitCode, LocalDate lastDay) {
        Unit before = getUnit(code, unitCode);
        Unit after = before.deactivatedOn(lastDay);
        List<Violation> violations = UnitRules.checkDeactivation(after, repository.units(code));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        repository.updateUnit(code, after);
        audit.record(code.value(), AuditAction.DEACTIVATE, "unit", unitCode, before, after);
        return after;
    }

    public List<YearlyFacts> facts(MunicipalityCode code, int year) {
        return repository.facts(code, year);
    }

    public List<YearlyFacts> factsOf(MunicipalityCode code, String unitCode) {
        return repository.factsOf(code, unitCode);
    }

    public List<Integer> factYears(MunicipalityCode code) {
        return repository.factYears(code);
    }

    /**
     * Saves rows of yearly facts, all or nothing: every row is checked first and any violation, with
     * its row number, stops the whole save. A row with no figures removes the unit's facts for that
     * year.
     */
    @Transactional
    public int saveFacts(MunicipalityCode code, List<YearlyFacts> rows) {
        getGroup(code);
        Map<String, Unit> units =
                repository.units(code).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            YearlyFacts row = rows.get(i);
            violations.addAll(FactsRules.check(i + 1, row, units));
            Integer earlier = firstRowOfKey.putIfAbsent(row.unitCode() + "/" + row.year(), i + 1);
            if (earlier != null) {
                violations.add(Violation.atRow(
                        i + 1,
                        "unit",
                        "facts.duplicate",
                        row.unitCode(),
                        String.valueOf(row.year()),
                        String.valueOf(earlier)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        int changed = 0;
        for (YearlyFacts row : rows) {
            Optional<YearlyFacts> before = repository.factsOf(code, row.unitCode()).stream()
                    .filter(f -> f.year() == row.year())
                    .findFirst();
            if (before.isPresent() && before.get().equals(row) || before.isEmpty() && row.isEmpty()) {
                continue;
            }
            if (row.isEmpty()) {
                repository.deleteFacts(code, row.unitCode(), row.year());
            } else {
                repository.upsertFacts(code, row);
            }
            audit.record(
                    code.value(),
                    before.isEmpty() ? AuditAction.CREATE : row.isEmpty() ? AuditAction.DELETE : AuditAction.UPDATE,
                    "facts",
                    row.unitCode() + "/" + row.year(),
                    before.orElse(null),
                    row.isEmpty() ? null : row);
            changed++;
        }
        return changed;
    }

    /** Removes a whole group and everything registered for it (used to reset the demo group). */
    @Transactional
    public void deleteGroup(MunicipalityCode code) {
        MunicipalGroup group = getGroup(code);
        repository.deleteGroup(code);
        audit.record(code.value(), AuditAction.DELETE, "group", code.value(), group, null);
    }

    private Unit validated(MunicipalityCode code, UnitDraft draft, boolean isNew) {
        List<Unit> existing = repository.units(code).stream()
                .filter(u -> isNew || !u.code().equals(draft.code()))
                .toList();
        List<Violation> violations = UnitRules.check(draft, existing, repository.entities(code), isNew);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String parent = draft.parentCode() == null || draft.parentCode().isBlank() ? null : draft.parentCode();
        return new Unit(
                draft.code(),
                draft.name().strip(),
                java.util.Objects.requireNonNull(draft.type()),
                OrgNumber.parse(draft.orgNumber()),
                parent,
                java.util.Objects.requireNonNull(draft.validFrom()),
                draft.validTo());
    }
}
