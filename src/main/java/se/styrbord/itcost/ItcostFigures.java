package se.styrbord.itcost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/**
 * The figures of total IT cost as read models: the totals summed at import (itcost_total) set against
 * the yearly facts, per unit, entity and group (ADR 0008). Nothing here reads voucher rows.
 */
@Service
@Transactional(readOnly = true)
public class ItcostFigures {

    /** Unit types whose IT resources are compared for equality: the units that use IT, not those that supply it. */
    static final Set<UnitType> EQUALITY_TYPES =
            Set.of(UnitType.DEPARTMENT, UnitType.CENTRAL_FUNCTION, UnitType.COMPANY);

    private final JdbcClient jdbc;
    private final ItcostStore store;
    private final Organisation organisation;

    ItcostFigures(JdbcClient jdbc, ItcostStore store, Organisation organisation) {
        this.jdbc = jdbc;
        this.store = store;
        this.organisation = organisation;
    }

    /** Years that have figures, oldest first. */
    public List<Integer> years(MunicipalityCode code) {
        return store.totalYears(code.value());
    }

    public BigDecimal flagThreshold(MunicipalityCode code) {
        return store.flagThreshold(code.value());
    }

    private record TotalKey(int year, String org, String unit) {}

    public YearFigures year(MunicipalityCode code, int year) {
        organisation.getGroup(code);
        String m = code.value();
        Map<TotalKey, Amounts> totals = new HashMap<>();
        Map<Integer, Amounts> groupByYear = new TreeMap<>();
        Money[] unclassified = {Money.ZERO};
        jdbc.sql("select fiscal_year, org_number, unit_code, category, investment, sum(amount_ore) from itcost_total"
                        + " where municipality = ? group by fiscal_year, org_number, unit_code, category, investment")
                .param(m)
                .query(rs -> {
                    int y = rs.getInt(1);
                    Category category = Category.valueOf(rs.getString(4));
                    boolean investment = rs.getBoolean(5);
                    Money amount = Money.ofOre(rs.getLong(6));
                    if (y == year && category == Category.UNCLASSIFIED && !amount.isNegative()) {
                        unclassified[0] = unclassified[0].plus(amount);
                    }
                    totals.merge(
                            new TotalKey(y, rs.getString(2), rs.getString(3)),
                            Amounts.ZERO.plus(category, investment, amount),
                            Amounts::plus);
                    groupByYear.merge(y, Amounts.ZERO.plus(category, investment, amount), Amounts::plus);
                });
        List<Integer> years = new ArrayList<>(groupByYear.keySet());
        Integer firstYear = years.isEmpty() ? null : years.getFirst();
        List<Unit> units = organisation.units(code);
        Map<String, YearlyFacts> facts = new HashMap<>();
        organisation.facts(code, year).forEach(f -> facts.put(f.unitCode(), f));
        BigDecimal threshold = store.flagThreshold(m);

        List<UnitRowDraft> drafts = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Unit u : units) {
            TotalKey key = new TotalKey(year, u.orgNumber().value(), u.code());
            if (!u.isActiveIn(year) && !totals.containsKey(key)) {
                continue;
            }
            seen.add(u.orgNumber().value() + "/" + u.code());
            YearlyFacts f = facts.get(u.code());
            Drivers d = u.isActiveIn(year)
                    ? new Drivers(
                            f == null ? null : f.turnover(),
                            f == null ? null : f.employees(),
                            f == null ? null : f.fte())
                    : Drivers.NONE;
            drafts.add(
                    new UnitRowDraft(u.code(), u.name(), u.type(), u.orgNumber().value(), d));
        }
        for (var entry : totals.entrySet()) {
            TotalKey key = entry.getKey();
            Amounts a = entry.getValue();
            boolean anything = !a.total().isZero()
                    || !a.digitalisation().isZero()
                    || !a.internal().isZero();
            if (key.year() == year && anything && !seen.contains(key.org() + "/" + key.unit())) {
                seen.add(key.org() + "/" + key.unit());
                drafts.add(new UnitRowDraft(key.unit(), key.unit(), null, key.org(), Drivers.NONE));
            }
        }
        Map<String, BigDecimal> equality = new LinkedHashMap<>();
        List<KeyFigures> figures = new ArrayList<>();
        for (UnitRowDraft d : drafts) {
            Amounts now = totals.getOrDefault(new TotalKey(year, d.org(), d.code()), Amounts.ZERO);
            Amounts previous = years.contains(year - 1)
                    ? totals.getOrDefault(new TotalKey(year - 1, d.org(), d.code()), Amounts.ZERO)
                    : null;
            Amounts first = firstYear == null || firstYear >= year
                    ? null
                    : totals.getOrDefault(new TotalKey(firstYear, d.org(), d.code()), Amounts.ZERO);
            KeyFigures k = KeyFigures.of(now, d.drivers(), previous, first, firstYear);
            figures.add(k);
            if (d.type() != null && EQUALITY_TYPES.contains(d.type())) {
                equality.put(
                        d.code(),
                        k.resourcesPerEmployee() == null
                                ? null
                                : k.resourcesPerEmployee().amount());
            }
        }
        Spread spread = Spread.of(equality, threshold);
        List<YearFigures.UnitFigures> unitFigures = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            UnitRowDraft d = drafts.get(i);
            unitFigures.add(new YearFigures.UnitFigures(
                    d.code(),
                    d.name(),
                    d.type(),
                    d.org(),
                    figures.get(i),
                    equality.containsKey(d.code()),
                    spread.flagged().contains(d.code())));
        }
        unitFigures.sort(Comparator.comparing((YearFigures.UnitFigures u) ->
                        u.type() == null ? 99 : u.type().ordinal())
                .thenComparing(YearFigures.UnitFigures::name));

        List<YearFigures.EntityFigures> entities = new ArrayList<>();
        Amounts groupAmounts = Amounts.ZERO;
        Drivers groupDrivers = Drivers.NONE;
        Amounts groupPrevious = years.contains(year - 1) ? Amounts.ZERO : null;
        for (LegalEntity e : organisation.entities(code)) {
            String org = e.orgNumber().value();
            Amounts amounts = sum(totals, year, org);
            Drivers drivers = drafts.stream()
                    .filter(d -> d.org().equals(org) && d.type() != null)
                    .map(UnitRowDraft::drivers)
                    .reduce(Drivers.NONE, Drivers::plus);
            Amounts previous = years.contains(year - 1) ? sum(totals, year - 1, org) : null;
            Amounts first = firstYear == null || firstYear >= year ? null : sum(totals, firstYear, org);
            entities.add(new YearFigures.EntityFigures(
                    org, e.name(), e.kind(), KeyFigures.of(amounts, drivers, previous, first, firstYear)));
            groupAmounts = groupAmounts.plus(amounts);
            groupDrivers = groupDrivers.plus(drivers);
            if (groupPrevious != null) {
                groupPrevious = groupPrevious.plus(previous);
            }
        }
        Amounts groupFirst = firstYear == null || firstYear >= year ? null : groupByYear.get(firstYear);
        KeyFigures group = KeyFigures.of(groupAmounts, groupDrivers, groupPrevious, groupFirst, firstYear);
        List<YearFigures.YearPoint> trend = new ArrayList<>();
        for (int y : years) {
            trend.add(new YearFigures.YearPoint(y, groupByYear.get(y), turnoverOf(code, units, y)));
        }
        return new YearFigures(year, years, unitFigures, entities, group, spread, trend, unclassified[0]);
    }

    private record UnitRowDraft(
            String code, String name, @Nullable UnitType type, String org, Drivers drivers) {}

    private static Amounts sum(Map<TotalKey, Amounts> totals, int year, String org) {
        return totals.entrySet().stream()
                .filter(e -> e.getKey().year() == year && e.getKey().org().equals(org))
                .map(Map.Entry::getValue)
                .reduce(Amounts.ZERO, Amounts::plus);
    }

    /** The group's turnover in a year: the sum over the units active then, missing if any of them lacks it. */
    private @Nullable Money turnoverOf(MunicipalityCode code, List<Unit> units, int year) {
        Drivers d = Drivers.NONE;
        Map<String, YearlyFacts> facts = new HashMap<>();
        organisation.facts(code, year).forEach(f -> facts.put(f.unitCode(), f));
        for (Unit u : units) {
            if (!u.isActiveIn(year)) {
                continue;
            }
            YearlyFacts f = facts.get(u.code());
            d = d.plus(new Drivers(f == null ? null : f.turnover(), 0, BigDecimal.ZERO));
        }
        return d.turnover();
    }
}
