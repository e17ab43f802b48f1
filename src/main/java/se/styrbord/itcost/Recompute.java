package se.styrbord.itcost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.ledger.LedgerImported;
import se.styrbord.shared.MunicipalityCode;

/**
 * Classifies the ledger sums of the current imports (ledger_sum, summed at import: never the voucher
 * rows) and sums them with the manual inputs into the totals that pages read (ADR 0008). Runs in the
 * transaction of the change that calls for it: an import, a rule, the mapping or a manual input.
 */
@Component
class Recompute {

    /** A ledger sum with its entity's chart and its unit resolved. */
    interface SumVisitor {
        void visit(
                long importId,
                String org,
                Chart chart,
                String account,
                String objects,
                String unitCode,
                String unitObject,
                long amountOre,
                long rows);
    }

    private final ItcostStore store;
    private final Setups setups;
    private final RuleDefaults defaults;

    Recompute(ItcostStore store, Setups setups, RuleDefaults defaults) {
        this.store = store;
        this.setups = setups;
        this.defaults = defaults;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void imported(LedgerImported event) {
        year(event.municipality(), event.fiscalYear());
    }

    /** Reclassifies every year that has ledgers or manual inputs. */
    @Transactional(propagation = Propagation.MANDATORY)
    void all(MunicipalityCode code) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(store.ledgerYears(code.value()));
        years.addAll(store.manualYears(code.value()));
        years.addAll(store.totalYears(code.value()));
        for (int year : years) {
            year(code, year);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void year(MunicipalityCode code, int year) {
        String m = code.value();
        List<RuleVersion> versions = defaults.ensure(code);
        Map<Chart, Classifier> classifiers = new HashMap<>();
        for (Chart chart : Chart.values()) {
            RuleVersion version = inForce(versions, chart, year);
            classifiers.put(chart, version == null ? new Classifier(List.of()) : version.classifier());
        }
        record Key(
                long importId,
                String org,
                String unit,
                String unitObject,
                String account,
                Category category,
                boolean investment,
                @Nullable Long rule,
                String ruleObject) {}
        Map<Key, long[]> sums = new HashMap<>();
        eachSum(code, year, (importId, org, chart, account, objects, unit, unitObject, amount, rows) -> {
            Rule rule = classifiers.get(chart).classify(account, objects, unit).orElse(null);
            Key key = rule == null
                    ? new Key(importId, org, unit, unitObject, account, Category.UNCLASSIFIED, false, null, "")
                    : new Key(
                            importId,
                            org,
                            unit,
                            unitObject,
                            account,
                            rule.category(),
                            rule.investment(),
                            rule.id(),
                            rule.object() == null ? "" : rule.object());
            long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
            sum[0] += amount;
            sum[1] += rows;
        });
        store.deleteLines(m, year);
        List<ItcostStore.Line> lines = new ArrayList<>(sums.size());
        sums.forEach((k, s) -> lines.add(new ItcostStore.Line(
                year,
                k.org(),
                k.importId(),
                k.unit(),
                k.unitObject(),
                k.account(),
                k.category(),
                k.investment(),
                k.rule(),
                k.ruleObject(),
                s[0],
                s[1])));
        store.insertLines(m, lines);
        store.rebuildTotals(m, year);
    }

    /** Only the manual inputs changed: the classified lines stand, the totals are summed again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void totals(MunicipalityCode code, int year) {
        store.rebuildTotals(code.value(), year);
    }

    /** Visits every sum of the year's current imports with its chart and unit. */
    void eachSum(MunicipalityCode code, int year, SumVisitor visitor) {
        Setups.UnitResolver units = setups.resolver(code);
        store.sums(code.value(), year, (importId, org, account, objects, dim1, amount, rows) -> {
            EntitySetup setup = units.setup(org);
            Chart chart = setup == null ? Chart.BAS : setup.chart();
            Setups.Resolved unit = units.resolve(org, objects, dim1);
            visitor.visit(importId, org, chart, account, objects, unit.unitCode(), unit.unitObject(), amount, rows);
        });
    }

    /** The version of a chart in force in a year: the latest from that year or before, else the earliest. */
    static @Nullable RuleVersion inForce(List<RuleVersion> versions, Chart chart, int year) {
        RuleVersion best = null;
        RuleVersion earliest = null;
        for (RuleVersion v : versions) {
            if (v.chart() != chart) {
                continue;
            }
            if (earliest == null || v.fromYear() < earliest.fromYear()) {
                earliest = v;
            }
            if (v.fromYear() <= year && (best == null || v.fromYear() > best.fromYear())) {
                best = v;
            }
        }
        return best != null ? best : earliest;
    }
}
