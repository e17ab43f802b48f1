package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.styrbord.catalogue.LedgerUsePreview.Basis;
import se.styrbord.catalogue.LedgerUsePreview.ProblemKind;
import se.styrbord.catalogue.LedgerUsePreview.RowGroup;
import se.styrbord.catalogue.LedgerUsePreview.ServiceUse;
import se.styrbord.catalogue.LedgerUsePreview.UseFigure;
import se.styrbord.catalogue.LedgerUsePreview.UseProblem;
import se.styrbord.itcost.LedgerUnits.RowUnit;
import se.styrbord.ledger.LedgerQueries.YearImport;
import se.styrbord.ledger.LedgerQueries.YearRow;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.Money;

/**
 * Turns the internal invoicing rows of a year's ledgers into use per service, unit and month (ADR
 * 0009). A row belongs to the one service whose source it matches; it counts in the month of its
 * date (the row's, else its voucher's) for the unit the IT-cost mapping gives it. A figure's quantity
 * is the sum of its rows' SIE quantities when every row carries one (a quantity of 0 counts as none:
 * exporters write 0 for "not given"), otherwise the amount × 12 / the service's price per year, since
 * a unit is invoiced price per year × quantity / 12 a month ({@code ChargeSheet}, domain.md
 * "Chargeback"); either is rounded half up to whole units. Rows that cannot become a figure are
 * problems, summed per import, account, object list and month so that each leads to its rows.
 * Rows are summed as they come, so memory grows with the figures, not with the rows.
 */
final class UseFromLedger {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final int EXACT_SCALE = 4;

    private record FigureKey(String service, String unit, YearMonth month) {}

    private record GroupKey(long importId, String org, String account, String objects) {}

    private record ProblemKey(
            ProblemKind kind,
            List<String> services,
            @Nullable String unit,
            GroupKey group,
            @Nullable YearMonth month) {}

    private static final class Sum {
        long rows;
        long ore;

        void add(long amountOre) {
            rows++;
            ore = Math.addExact(ore, amountOre);
        }
    }

    private static final class Figure {
        final Map<GroupKey, Sum> groups = new HashMap<>();
        final Sum total = new Sum();
        BigDecimal quantity = BigDecimal.ZERO;
        boolean everyRowHasQuantity = true;
    }

    private final int year;
    private final List<LedgerSource> sources;
    private final Map<String, ItService> services;
    private final Map<String, ServicePrice> prices;
    private final Map<String, Unit> units;
    private final Map<FigureKey, Figure> figures = new HashMap<>();
    private final Map<ProblemKey, Sum> problems = new HashMap<>();

    UseFromLedger(
            int year,
            List<LedgerSource> sources,
            Map<String, ItService> services,
            Map<String, ServicePrice> prices,
            Map<String, Unit> units) {
        this.year = year;
        this.sources = List.copyOf(sources);
        this.services = Map.copyOf(services);
        this.prices = Map.copyOf(prices);
        this.units = Map.copyOf(units);
    }

    /** Takes one voucher row with the unit the mapping gives it; rows that match no source are not the services'. */
    void add(YearRow row, Optional<RowUnit> unit) {
        List<String> matched = sources.stream()
                .filter(s -> s.matches(row.account(), row.objects()))
                .map(LedgerSource::serviceCode)
                .toList();
        if (matched.isEmpty()) {
            return;
        }
        GroupKey group = new GroupKey(row.importId(), row.orgNumber(), row.account(), row.objects());
        YearMonth month = row.date() == null ? null : YearMonth.from(row.date());
        String unitCode = unit.map(RowUnit::unitCode).orElse(null);
        ProblemKind problem = problemOf(row, matched, month, unitCode);
        if (problem != null) {
            problems.computeIfAbsent(new ProblemKey(problem, matched, unitCode, group, month), k -> new Sum())
                    .add(row.amountOre());
            return;
        }
        Figure figure = figures.computeIfAbsent(new FigureKey(matched.getFirst(), unitCode, month), k -> new Figure());
        figure.total.add(row.amountOre());
        figure.groups.computeIfAbsent(group, k -> new Sum()).add(row.amountOre());
        if (row.quantity() == null || row.quantity().signum() == 0) {
            figure.everyRowHasQuantity = false;
        } else {
            figure.quantity = figure.quantity.add(row.quantity());
        }
    }

    private @Nullable ProblemKind problemOf(
            YearRow row, List<String> matched, @Nullable YearMonth month, @Nullable String unitCode) {
        if (matched.size() > 1) {
            return ProblemKind.OVERLAP;
        }
        if (row.amountOre() < 0 || (row.quantity() != null && row.quantity().signum() < 0)) {
            return ProblemKind.CREDIT;
        }
        if (month == null) {
            return ProblemKind.NO_DATE;
        }
        if (month.getYear() != year) {
            return ProblemKind.OUTSIDE_YEAR;
        }
        Unit unit = unitCode == null ? null : units.get(unitCode);
        if (unit == null) {
            return ProblemKind.UNMAPPED;
        }
        if (unit.type() == UnitType.IT_SERVICE_CENTRE) {
            return ProblemKind.SUPPLIER;
        }
        if (!CatalogueRules.activeIn(unit, month)) {
            return ProblemKind.UNIT_INACTIVE;
        }
        ItService service = services.get(matched.getFirst());
        if (service == null || !service.offeredIn(month)) {
            return ProblemKind.NOT_OFFERED;
        }
        return null;
    }

    /** The preview, with what is saved for the year now beside it. */
    LedgerUsePreview result(List<YearImport> imports, List<MonthlyUse> saved) {
        Map<FigureKey, Long> savedNow = new HashMap<>();
        for (MonthlyUse use : saved) {
            savedNow.merge(new FigureKey(use.serviceCode(), use.unitCode(), use.month()), use.quantity(), Long::sum);
        }
        List<UseFigure> done = new ArrayList<>();
        Map<ProblemKey, Sum> allProblems = new HashMap<>(problems);
        figures.forEach((key, figure) -> {
            ServicePrice price = prices.get(key.service());
            if (figure.everyRowHasQuantity) {
                long quantity =
                        figure.quantity.setScale(0, RoundingMode.HALF_UP).longValueExact();
                done.add(figure(key, figure, Basis.QUANTITY, figure.quantity, quantity, savedNow.get(key)));
            } else if (price == null || price.price().isZero()) {
                figure.groups.forEach((group, sum) -> allProblems.put(
                        new ProblemKey(ProblemKind.NO_PRICE, List.of(key.service()), key.unit(), group, key.month()),
                        sum));
            } else {
                BigDecimal twelfths = BigDecimal.valueOf(figure.total.ore).multiply(MONTHS);
                BigDecimal priceOre = BigDecimal.valueOf(price.price().ore());
                long quantity =
                        twelfths.divide(priceOre, 0, RoundingMode.HALF_UP).longValueExact();
                BigDecimal exact = twelfths.divide(priceOre, EXACT_SCALE, RoundingMode.HALF_UP);
                done.add(figure(key, figure, Basis.AMOUNT, exact, quantity, savedNow.get(key)));
            }
        });
        done.sort(Comparator.comparing(UseFigure::serviceCode)
                .thenComparing(UseFigure::unitCode)
                .thenComparing(UseFigure::month));
        List<UseProblem> problemList = new ArrayList<>();
        allProblems.forEach((key, sum) -> problemList.add(new UseProblem(
                key.kind(),
                key.services(),
                key.unit(),
                new RowGroup(
                        key.group().importId(),
                        key.group().org(),
                        key.group().account(),
                        key.group().objects(),
                        key.month(),
                        sum.rows,
                        Money.ofOre(sum.ore)))));
        problemList.sort(Comparator.comparing(UseProblem::kind)
                .thenComparing(p -> String.join(",", p.services()))
                .thenComparing(p -> p.group().month(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(p -> p.unitCode() == null ? "" : p.unitCode())
                .thenComparing(p -> p.group().orgNumber())
                .thenComparing(p -> p.group().account())
                .thenComparing(p -> p.group().objects()));
        java.util.Set<FigureKey> present = new java.util.HashSet<>();
        done.forEach(f -> present.add(new FigureKey(f.serviceCode(), f.unitCode(), f.month())));
        List<ServiceUse> summaries = sources.stream()
                .sorted(Comparator.comparing(LedgerSource::serviceCode))
                .map(s -> summary(s, done, problemList, saved, savedNow, present))
                .toList();
        List<LedgerSource> sorted = sources.stream()
                .sorted(Comparator.comparing(LedgerSource::serviceCode))
                .toList();
        return new LedgerUsePreview(
                year,
                sorted,
                imports,
                summaries,
                done,
                problemList,
                fingerprint(sorted, imports, summaries, done, problemList));
    }

    private static UseFigure figure(
            FigureKey key, Figure figure, Basis basis, BigDecimal exact, long quantity, @Nullable Long saved) {
        List<RowGroup> groups = figure.groups.entrySet().stream()
                .map(e -> new RowGroup(
                        e.getKey().importId(),
                        e.getKey().org(),
                        e.getKey().account(),
                        e.getKey().objects(),
                        key.month(),
                        e.getValue().rows,
                        Money.ofOre(e.getValue().ore)))
                .sorted(Comparator.comparing(RowGroup::orgNumber)
                        .thenComparing(RowGroup::account)
                        .thenComparing(RowGroup::objects))
                .toList();
        return new UseFigure(
                key.service(),
                key.unit(),
                key.month(),
                figure.total.rows,
                Money.ofOre(figure.total.ore),
                basis,
                exact.setScale(EXACT_SCALE, RoundingMode.HALF_UP),
                quantity,
                saved,
                groups);
    }

    private ServiceUse summary(
            LedgerSource source,
            List<UseFigure> figures,
            List<UseProblem> problems,
            List<MonthlyUse> saved,
            Map<FigureKey, Long> savedNow,
            java.util.Set<FigureKey> present) {
        String code = source.serviceCode();
        List<UseFigure> own =
                figures.stream().filter(f -> f.serviceCode().equals(code)).toList();
        long rows = 0;
        long ore = 0;
        long quantity = 0;
        BigDecimal exact = BigDecimal.ZERO.setScale(EXACT_SCALE);
        for (UseFigure f : own) {
            rows += f.rows();
            ore = Math.addExact(ore, f.amount().ore());
            quantity = Math.addExact(quantity, f.quantity());
            exact = exact.add(f.exact());
        }
        Long savedTotal = null;
        for (MonthlyUse use : saved) {
            if (use.serviceCode().equals(code)) {
                savedTotal = (savedTotal == null ? 0 : savedTotal) + use.quantity();
            }
        }
        int removed = (int) savedNow.keySet().stream()
                .filter(k -> k.service().equals(code))
                .filter(k -> !present.contains(k))
                .count();
        ItService service = services.get(code);
        ServicePrice price = prices.get(code);
        return new ServiceUse(
                source,
                service == null ? code : service.name(),
                service == null ? "" : service.unitOfMeasure(),
                price == null ? null : price.price(),
                own.size(),
                rows,
                Money.ofOre(ore),
                exact,
                quantity,
                savedTotal,
                removed,
                (int) problems.stream().filter(p -> p.services().contains(code)).count());
    }

    /** A digest of everything saving depends on or shows: sources, imports, what is saved now, figures, problems. */
    private static String fingerprint(
            List<LedgerSource> sources,
            List<YearImport> imports,
            List<ServiceUse> services,
            List<UseFigure> figures,
            List<UseProblem> problems) {
        StringBuilder text = new StringBuilder();
        sources.forEach(s ->
                text.append("S").append(s.serviceCode()).append(' ').append(s).append('\n'));
        services.forEach(s -> text.append("U")
                .append(s.source().serviceCode())
                .append(' ')
                .append(s.saved())
                .append(' ')
                .append(s.removed())
                .append('\n'));
        imports.forEach(i -> text.append("I").append(i.id()).append('\n'));
        figures.forEach(f -> text.append("F")
                .append(f.serviceCode())
                .append(' ')
                .append(f.unitCode())
                .append(' ')
                .append(f.month())
                .append(' ')
                .append(f.quantity())
                .append(' ')
                .append(f.amount())
                .append(' ')
                .append(f.saved())
                .append('\n'));
        problems.forEach(p -> text.append("P")
                .append(p.kind())
                .append(' ')
                .append(p.services())
                .append(' ')
                .append(p.group())
                .append('\n'));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
