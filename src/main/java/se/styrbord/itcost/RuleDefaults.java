package se.styrbord.itcost;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.MunicipalityCode;

/** Creates a group's rule sets from the starting points the first time they are needed. */
@Component
class RuleDefaults {

    private final ItcostStore store;
    private final Organisation organisation;
    private final AuditLog audit;

    RuleDefaults(ItcostStore store, Organisation organisation, AuditLog audit) {
        this.store = store;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** The group's versions, creating the two starting points first when there are none. */
    List<RuleVersion> ensure(MunicipalityCode code) {
        List<RuleVersion> versions = store.versions(code.value());
        if (!versions.isEmpty()) {
            return versions;
        }
        List<Unit> units = organisation.units(code);
        int fromYear = firstYear(code);
        create(code, Chart.BAS, fromYear, DefaultRules.BAS_NOTE, DefaultRules.bas());
        create(
                code,
                Chart.KOMMUN_BAS,
                fromYear,
                DefaultRules.KOMMUN_BAS_NOTE,
                DefaultRules.kommunBas(
                        codes(units, UnitType.IT_SERVICE_CENTRE), codes(units, UnitType.DIGITALISATION)));
        return store.versions(code.value());
    }

    private void create(MunicipalityCode code, Chart chart, int fromYear, String note, List<Rule> rules) {
        long id = store.nextId();
        store.insertVersion(code.value(), id, chart, fromYear, note);
        store.replaceRules(code.value(), id, rules);
        audit.record(code.value(), AuditAction.CREATE, "itcost-rules", chart + "/" + fromYear, null, rules);
    }

    private int firstYear(MunicipalityCode code) {
        List<Integer> years = store.ledgerYears(code.value());
        if (!years.isEmpty()) {
            return years.getFirst();
        }
        List<Integer> facts = organisation.factYears(code);
        return facts.isEmpty() ? LocalDate.now().getYear() : facts.getFirst();
    }

    private static List<String> codes(List<Unit> units, UnitType type) {
        return units.stream().filter(u -> u.type() == type).map(Unit::code).toList();
    }
}
