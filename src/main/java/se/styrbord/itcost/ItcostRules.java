package se.styrbord.itcost;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;

/**
 * The group's classification rules: a rule set per chart of accounts, versioned by the year it is in
 * force from. A change is shown before it is saved (what it moves between categories), saved with
 * its audit entry and the figures of the years it governs reclassified in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ItcostRules {

    /** What a change of rules moves from one category to another, over the years the version governs. */
    public record Movement(Category from, Category to, Money amount, long sums) {}

    public record Preview(List<Integer> years, List<Movement> movements) {}

    private final ItcostStore store;
    private final RuleDefaults defaults;
    private final Recompute recompute;
    private final Organisation organisation;
    private final AuditLog audit;

    ItcostRules(
            ItcostStore store, RuleDefaults defaults, Recompute recompute, Organisation organisation, AuditLog audit) {
        this.store = store;
        this.defaults = defaults;
        this.recompute = recompute;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** Every version of every chart, the starting points created on first use. */
    @Transactional
    public List<RuleVersion> versions(MunicipalityCode code) {
        organisation.getGroup(code);
        return defaults.ensure(code);
    }

    @Transactional
    public RuleVersion version(MunicipalityCode code, long id) {
        return versions(code).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("rule version", id));
    }

    /** Checks drafts against the group's units: the rules, or every violation with its row. */
    public List<Rule> parse(MunicipalityCode code, List<RuleDraft> drafts) {
        Set<String> units = organisation.units(code).stream().map(Unit::code).collect(Collectors.toSet());
        return RuleDraft.parse(drafts, units);
    }

    /** What saving {@code proposed} in place of the version's rules would move between categories. */
    public Preview preview(MunicipalityCode code, long versionId, List<Rule> proposed) {
        List<RuleVersion> all = store.versions(code.value());
        RuleVersion version = all.stream()
                .filter(v -> v.id() == versionId)
                .findFirst()
                .orElseThrow(() -> new NotFound("rule version", versionId));
        Classifier before = version.classifier();
        Classifier after = new Classifier(proposed);
        Map<Category, Map<Category, long[]>> moved = new EnumMap<>(Category.class);
        List<Integer> years = governed(code, all, version);
        for (int year : years) {
            recompute.eachSum(code, year, (importId, org, chart, account, objects, unit, unitObject, amount, rows) -> {
                if (chart != version.chart()) {
                    return;
                }
                Category from = before.categoryOf(account, objects, unit);
                Category to = after.categoryOf(account, objects, unit);
                if (from != to) {
                    long[] sum = moved.computeIfAbsent(from, k -> new EnumMap<>(Category.class))
                            .computeIfAbsent(to, k -> new long[2]);
                    sum[0] += amount;
                    sum[1]++;
                }
            });
        }
        List<Movement> movements = new ArrayList<>();
        moved.forEach((from, tos) ->
                tos.forEach((to, sum) -> movements.add(new Movement(from, to, Money.ofOre(sum[0]), sum[1]))));
        return new Preview(years, movements);
    }

    /** Saves a version's rules and reclassifies the years it governs. */
    @Transactional
    public RuleVersion save(MunicipalityCode code, long versionId, List<Rule> rules) {
        RuleVersion before = version(code, versionId);
        List<Rule> positioned = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            positioned.add(rules.get(i).at(i));
        }
        store.replaceRules(code.value(), versionId, positioned);
        audit.record(
                code.value(),
                AuditAction.UPDATE,
                "itcost-rules",
                before.chart() + "/" + before.fromYear(),
                before.rules(),
                positioned);
        List<RuleVersion> all = store.versions(code.value());
        RuleVersion after =
                all.stream().filter(v -> v.id() == versionId).findFirst().orElseThrow();
        for (int year : governed(code, all, after)) {
            recompute.year(code, year);
        }
        return after;
    }

    /** A new version of a chart's rules from {@code fromYear}, starting as a copy of the one in force then. */
    @Transactional
    public RuleVersion newVersion(MunicipalityCode code, Chart chart, int fromYear) {
        List<RuleVersion> all = versions(code);
        if (all.stream().anyMatch(v -> v.chart() == chart && v.fromYear() == fromYear)) {
            throw InvalidInput.of("fromYear", "itcost.rules.versionExists", String.valueOf(fromYear));
        }
        if (fromYear < 1990 || fromYear > 2100) {
            throw InvalidInput.of("fromYear", "itcost.rules.year", String.valueOf(fromYear));
        }
        RuleVersion source = Recompute.inForce(all, chart, fromYear);
        long id = store.nextId();
        String note = source == null ? "" : source.note();
        List<Rule> copy = source == null
                ? List.of()
                : source.rules().stream()
                        .map(r -> new Rule(
                                0,
                                r.position(),
                                r.accounts(),
                                r.object(),
                                r.unit(),
                                r.category(),
                                r.investment(),
                                r.note()))
                        .toList();
        store.insertVersion(code.value(), id, chart, fromYear, note);
        store.replaceRules(code.value(), id, copy);
        audit.record(code.value(), AuditAction.CREATE, "itcost-rules", chart + "/" + fromYear, null, copy);
        return version(code, id);
    }

    /** The years with ledgers or manual inputs that a version governs. */
    private List<Integer> governed(MunicipalityCode code, List<RuleVersion> all, RuleVersion version) {
        TreeSet<Integer> years = new TreeSet<>(store.ledgerYears(code.value()));
        years.addAll(store.manualYears(code.value()));
        return years.stream()
                .filter(year -> {
                    RuleVersion v = Recompute.inForce(all, version.chart(), year);
                    return v != null && v.id() == version.id();
                })
                .toList();
    }
}
