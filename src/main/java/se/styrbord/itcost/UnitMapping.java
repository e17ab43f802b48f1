package se.styrbord.itcost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import se.styrbord.shared.OrgNumber;
import se.styrbord.shared.Violation;

/**
 * Which unit each ledger row belongs to: per entity, the objects of its responsibility dimension
 * (default #DIM 1) mapped to units, proposed from the objects of its newest import; rows without a
 * mapped object go to the entity's default unit (a company is its one unit unless split).
 */
@Service
@Transactional(readOnly = true)
public class UnitMapping {

    /** An object of the unit dimension: its unit as saved, or as proposed when not yet saved. */
    public record ObjectRow(
            String objectId,
            String name,
            @Nullable String unit,
            @Nullable String proposed) {}

    private final ItcostStore store;
    private final Setups setups;
    private final Recompute recompute;
    private final Organisation organisation;
    private final AuditLog audit;

    UnitMapping(ItcostStore store, Setups setups, Recompute recompute, Organisation organisation, AuditLog audit) {
        this.store = store;
        this.setups = setups;
        this.recompute = recompute;
        this.organisation = organisation;
        this.audit = audit;
    }

    public List<EntitySetup> setups(MunicipalityCode code) {
        organisation.getGroup(code);
        return setups.all(code);
    }

    public EntitySetup setup(MunicipalityCode code, String orgNumber) {
        return setups(code).stream()
                .filter(s -> s.orgNumber().equals(orgNumber))
                .findFirst()
                .orElseThrow(() -> new NotFound("legal entity", orgNumber));
    }

    /** The units of voucher rows as the classification resolves them, with the mapping as it stands now. */
    public LedgerUnits ledgerUnits(MunicipalityCode code) {
        organisation.getGroup(code);
        return new LedgerUnits(setups.resolver(code));
    }

    /** The objects of the entity's unit dimension in its newest import, with saved or proposed units. */
    public List<ObjectRow> objects(MunicipalityCode code, String orgNumber) {
        EntitySetup setup = setup(code, orgNumber);
        Map<String, String> saved = store.objectUnits(code.value()).stream()
                .filter(o -> o.orgNumber().equals(orgNumber) && o.dimension().equals(setup.unitDimension()))
                .collect(Collectors.toMap(ItcostStore.ObjectUnit::objectId, ItcostStore.ObjectUnit::unitCode));
        List<Unit> units = organisation.units(code).stream()
                .filter(u -> u.orgNumber().value().equals(orgNumber))
                .toList();
        return store.ledgerObjects(code.value(), orgNumber, setup.unitDimension()).stream()
                .map(o -> new ObjectRow(o.objectId(), o.name(), saved.get(o.objectId()), propose(o, units)))
                .toList();
    }

    /** A unit of the entity whose code or name is the object's id or name. */
    static @Nullable String propose(ItcostStore.LedgerObject object, List<Unit> units) {
        String id = object.objectId().strip().toLowerCase(Locale.ROOT);
        String name = object.name().strip().toLowerCase(Locale.ROOT);
        for (Unit u : units) {
            String code = u.code().toLowerCase(Locale.ROOT);
            String unitName = u.name().toLowerCase(Locale.ROOT);
            if (code.equals(id) || code.equals(name) || unitName.equals(name)) {
                return u.code();
            }
        }
        for (Unit u : units) {
            String unitName = u.name().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && (name.contains(unitName) || unitName.contains(name))) {
                return u.code();
            }
        }
        return null;
    }

    /**
     * Saves an entity's setup and its object mapping (object id → unit code; a blank unit leaves the
     * object unmapped) and reclassifies every year.
     */
    @Transactional
    public void save(
            MunicipalityCode code,
            String orgNumber,
            Chart chart,
            String unitDimension,
            @Nullable String defaultUnit,
            Map<String, String> objectUnits) {
        EntitySetup before = setup(code, orgNumber);
        Set<String> unitCodes =
                organisation.units(code).stream().map(Unit::code).collect(Collectors.toSet());
        List<Violation> violations = new java.util.ArrayList<>();
        String dimension = unitDimension.strip();
        if (!dimension.matches("\\d{1,20}")) {
            violations.add(Violation.of("unitDimension", "itcost.mapping.dimension", unitDimension));
        }
        String fallback = defaultUnit == null || defaultUnit.isBlank() ? null : defaultUnit.strip();
        if (fallback != null && !unitCodes.contains(fallback)) {
            violations.add(Violation.of("defaultUnit", "itcost.rule.unit", fallback));
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        objectUnits.forEach((object, unit) -> {
            if (unit == null || unit.isBlank()) {
                return;
            }
            if (!unitCodes.contains(unit.strip())) {
                violations.add(Violation.of("object." + object, "itcost.rule.unit", unit));
            } else {
                mapped.put(object, unit.strip());
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        OrgNumber.parse(orgNumber);
        Map<String, String> objectsBefore = new java.util.TreeMap<>();
        store.objectUnits(code.value()).stream()
                .filter(o -> o.orgNumber().equals(orgNumber))
                .forEach(o -> objectsBefore.put(o.dimension() + "=" + o.objectId(), o.unitCode()));
        store.saveEntity(code.value(), new ItcostStore.EntityRow(orgNumber, chart, dimension, fallback));
        store.replaceObjectUnits(code.value(), orgNumber, dimension, mapped);
        record Saved(
                Chart chart, String unitDimension, @Nullable String defaultUnit, Map<String, String> objects) {}
        audit.record(
                code.value(),
                AuditAction.UPDATE,
                "itcost-mapping",
                orgNumber,
                new Saved(before.chart(), before.unitDimension(), before.defaultUnit(), objectsBefore),
                new Saved(chart, dimension, fallback, prefixed(dimension, mapped)));
        recompute.all(code);
    }

    private static Map<String, String> prefixed(String dimension, Map<String, String> objects) {
        Map<String, String> all = new java.util.TreeMap<>();
        objects.forEach((object, unit) -> all.put(dimension + "=" + object, unit));
        return all;
    }
}
