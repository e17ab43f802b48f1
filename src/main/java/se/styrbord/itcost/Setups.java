package se.styrbord.itcost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.MunicipalityCode;

/** Entity setups as stored, or their defaults: Kommun-Bas for the municipality, BAS and its one unit for a company. */
@Component
class Setups {

    private final ItcostStore store;
    private final Organisation organisation;

    Setups(ItcostStore store, Organisation organisation) {
        this.store = store;
        this.organisation = organisation;
    }

    List<EntitySetup> all(MunicipalityCode code) {
        Map<String, ItcostStore.EntityRow> stored = store.entityRows(code.value()).stream()
                .collect(Collectors.toMap(ItcostStore.EntityRow::orgNumber, Function.identity()));
        List<Unit> units = organisation.units(code);
        return organisation.entities(code).stream()
                .map(e -> of(e, stored.get(e.orgNumber().value()), units))
                .toList();
    }

    private static EntitySetup of(LegalEntity e, ItcostStore.@Nullable EntityRow row, List<Unit> units) {
        if (row != null) {
            return new EntitySetup(
                    e.orgNumber().value(),
                    e.name(),
                    e.kind(),
                    row.chart(),
                    row.unitDimension(),
                    row.defaultUnit(),
                    true);
        }
        boolean company = e.kind() == EntityKind.COMPANY;
        String defaultUnit = null;
        if (company) {
            List<Unit> own = units.stream()
                    .filter(u -> u.orgNumber().equals(e.orgNumber()) && u.type() == UnitType.COMPANY)
                    .toList();
            defaultUnit = own.size() == 1 ? own.getFirst().code() : null;
        }
        return new EntitySetup(
                e.orgNumber().value(),
                e.name(),
                e.kind(),
                company ? Chart.BAS : Chart.KOMMUN_BAS,
                "1",
                defaultUnit,
                false);
    }

    /** Resolves the unit of ledger sums: by the entity's unit-dimension object, else its default unit. */
    UnitResolver resolver(MunicipalityCode code) {
        Map<String, EntitySetup> setups =
                all(code).stream().collect(Collectors.toMap(EntitySetup::orgNumber, Function.identity()));
        Map<String, String> mapped = new HashMap<>();
        for (ItcostStore.ObjectUnit o : store.objectUnits(code.value())) {
            mapped.put(o.orgNumber() + "\u0000" + o.dimension() + "=" + o.objectId(), o.unitCode());
        }
        return new UnitResolver(setups, mapped);
    }

    /** The unit of a sum and the object that told it. */
    record Resolved(String unitCode, String unitObject) {}

    static final class UnitResolver {
        private final Map<String, EntitySetup> setups;
        private final Map<String, String> mapped;

        UnitResolver(Map<String, EntitySetup> setups, Map<String, String> mapped) {
            this.setups = setups;
            this.mapped = mapped;
        }

        @Nullable
        EntitySetup setup(String org) {
            return setups.get(org);
        }

        Resolved resolve(String org, String objects, String dim1) {
            EntitySetup setup = setups.get(org);
            if (setup == null) {
                return new Resolved("", "");
            }
            String object = setup.unitDimension().equals("1") ? dim1 : objectOf(objects, setup.unitDimension());
            if (object != null && !object.isEmpty()) {
                String ref = setup.unitDimension() + "=" + object;
                String unit = mapped.get(org + "\u0000" + ref);
                if (unit != null) {
                    return new Resolved(unit, ref);
                }
            }
            return new Resolved(setup.defaultUnit() == null ? "" : setup.defaultUnit(), "");
        }

        private static @Nullable String objectOf(String objects, String dimension) {
            String prefix = dimension + "=";
            for (String pair : objects.split("\\|")) {
                if (pair.startsWith(prefix)) {
                    return pair.substring(prefix.length());
                }
            }
            return null;
        }
    }
}
