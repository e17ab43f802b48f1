package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
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
import se.styrbord.shared.Violation;

/**
 * The IT service centre's service catalogue of a municipal group: services with their yearly
 * prices, each unit's monthly use, and the volatility of each service's demand with the review
 * signals it raises. Every change is checked first and saved with its audit entry, all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final CatalogueRepository repository;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;

    Catalogue(CatalogueRepository repository, Organisation organisation, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ItService> services(MunicipalityCode code) {
        return repository.services(code);
    }

    public ItService getService(MunicipalityCode code, String serviceCode) {
        return repository.service(code, serviceCode).orElseThrow(() -> new NotFound("service", serviceCode));
    }

    public List<ServicePrice> prices(MunicipalityCode code) {
        return repository.prices(code);
    }

    public List<ServicePrice> pricesOf(MunicipalityCode code, String serviceCode) {
        return repository.pricesOf(code, serviceCode);
    }

    /** The year's price list: every service with a price for the year. */
    public List<ServicePrice> pricesIn(MunicipalityCode code, int year) {
        return repository.pricesIn(code, year);
    }

    public List<MonthlyUse> usesIn(MunicipalityCode code, int year) {
        return repository.usesIn(code, year);
    }

    /** The year's use per service and unit, summed over the months (what an allocation reads). */
    public List<YearlyUse> yearlyUsesIn(MunicipalityCode code, int year) {
        return repository.yearlyUsesIn(code, year);
    }

    public List<Integer> useYears(MunicipalityCode code) {
        return repository.useYears(code);
    }

    /**
     * Saves services and their yearly prices from catalogue rows, all or nothing: a service named
     * again is updated, a price for a year again replaced.
     */
    @Transactional
    public int saveServices(MunicipalityCode code, List<ServiceLine> lines) {
        return saveServices(code, new Parsed<>(lines, List.of()));
    }

    /** Saves a catalogue file: its unreadable rows and the rules broken by the others are reported together. */
    @Transactional
    public int saveServices(MunicipalityCode code, Parsed<ServiceLine> file) {
        organisation.getGroup(code);
        List<ServiceLine> lines = file.lines();
        List<Violation> violations = byRow(file.violations(), CatalogueRules.checkServices(lines));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        int changed = 0;
        Set<String> seen = new HashSet<>();
        for (ServiceLine line : lines) {
            ItService service = line.service();
            if (seen.add(service.code())) {
                Optional<ItService> before = repository.service(code, service.code());
                if (before.isEmpty()) {
                    repository.insertService(code, service);
                } else if (!before.get().equals(service)) {
                    repository.updateService(code, service);
                }
                if (before.isEmpty() || !before.get().equals(service)) {
                    audit.record(
                            code.value(),
                            before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                            "service",
                            service.code(),
                            before.orElse(null),
                            service);
                    changed++;
                }
            }
            ServicePrice price = line.price();
            Optional<ServicePrice> before = repository.pricesOf(code, service.code()).stream()
                    .filter(p -> p.year() == price.year())
                    .findFirst();
            if (before.isEmpty() || !before.get().equals(price)) {
                repository.upsertPrice(code, price);
                audit.record(
                        code.value(),
                        before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                        "price",
                        service.code() + "/" + price.year(),
                        before.orElse(null),
                        price);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Changes a service from the form on its page, by the rules of a catalogue row; its new dates
     * must still hold its stored prices and use. The services' review signals follow the new dates.
     */
    @Transactional
    public ItService changeService(MunicipalityCode code, String serviceCode, ServiceChange change) {
        ItService before = getService(code, serviceCode);
        List<Violation> violations = new ArrayList<>();
        ItService after = change.read(serviceCode, violations);
        if (after != null) {
            List<YearMonth> span = repository.useSpan(code, serviceCode);
            violations.addAll(CatalogueRules.checkChange(
                    after,
                    repository.pricesOf(code, serviceCode),
                    span.isEmpty() ? null : span.getFirst(),
                    span.isEmpty() ? null : span.getLast()));
        }
        if (after == null || !violations.isEmpty()) {
            throw new InvalidInput(CatalogueRules.onFields(violations, ServiceChange.FIELDS));
        }
        if (!after.equals(before)) {
            repository.updateService(code, after);
            audit.record(code.value(), AuditAction.UPDATE, "service", serviceCode, before, after);
            refreshSignals(code);
        }
        return after;
    }

    /** Sets a service's price for a year from the form on its page, by the rules of a catalogue row. */
    @Transactional
    public ServicePrice changePrice(MunicipalityCode code, String serviceCode, PriceChange change) {
        ItService service = getService(code, serviceCode);
        List<Violation> violations = new ArrayList<>();
        ServicePrice price = change.read(serviceCode, violations);
        if (price != null) {
            violations.addAll(CatalogueRules.checkPriceYear(service, price.year()));
        }
        if (price == null || !violations.isEmpty()) {
            throw new InvalidInput(CatalogueRules.onFields(violations, PriceChange.FIELDS));
        }
        Optional<ServicePrice> before = repository.pricesOf(code, serviceCode).stream()
                .filter(p -> p.year() == price.year())
                .findFirst();
        if (before.isEmpty() || !before.get().equals(price)) {
            repository.upsertPrice(code, price);
            audit.record(
                    code.value(),
                    before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                    "price",
                    serviceCode + "/" + price.year(),
                    before.orElse(null),
                    price);
        }
        return price;
    }

    /** What a consumption import did, for the page and the audit trail. */
    public record UseImport(String fileName, int rows, YearMonth firstMonth, YearMonth lastMonth, int newSignals) {}

    /**
     * Saves units' monthly use of services, all or nothing: every row is checked against the
     * catalogue and the register first; a (service, unit, month) given again replaces the earlier
     * figure. The services' review signals are brought up to date in the same transaction.
     */
    @Transactional
    public UseImport saveConsumption(MunicipalityCode code, String fileName, List<UseLine> lines) {
        return saveConsumption(code, fileName, new Parsed<>(lines, List.of()));
    }

    /** Saves a consumption file: its unreadable rows and the rules broken by the others are reported together. */
    @Transactional
    public UseImport saveConsumption(MunicipalityCode code, String fileName, Parsed<UseLine> file) {
        organisation.getGroup(code);
        List<UseLine> lines = file.lines();
        if (lines.isEmpty() && file.violations().isEmpty()) {
            throw InvalidInput.of("file", "catalogue.file.noRows");
        }
        Map<String, ItService> services =
                repository.services(code).stream().collect(Collectors.toMap(ItService::code, Function.identity()));
        Map<String, Unit> units =
                organisation.units(code).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        List<Violation> violations = byRow(file.violations(), CatalogueRules.checkUses(lines, services, units));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        List<MonthlyUse> uses = lines.stream().map(UseLine::use).toList();
        repository.upsertUses(code, uses);
        YearMonth first = uses.stream()
                .map(MonthlyUse::month)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        YearMonth last = uses.stream()
                .map(MonthlyUse::month)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        int signals = refreshSignals(code);
        UseImport result = new UseImport(fileName, uses.size(), first, last, signals);
        audit.record(code.value(), AuditAction.IMPORT, "consumption", fileName, null, result);
        return result;
    }

    /** A service's use in a year: how many figures (unit and month) and their total quantity. */
    public record UseTotal(int figures, long quantity) {}

    /** What replacing a year's use of some services did: each service's use before and after. */
    public record UseReplaced(
            int year, String source, Map<String, UseTotal> before, Map<String, UseTotal> after, int newSignals) {}

    /**
     * Replaces the year's use of the services named with {@code uses}, all or nothing: the figures are
     * checked as a consumption file's rows are, the services' earlier figures for the year are removed
     * (also those of units and months that {@code uses} does not have) and the new ones written, the
     * review signals are brought up to date, and one audit entry names {@code source} and holds each
     * service's use before and after with {@code details}.
     */
    @Transactional
    public UseReplaced replaceConsumption(
            MunicipalityCode code,
            int year,
            Set<String> serviceCodes,
            List<MonthlyUse> uses,
            String source,
            @org.jspecify.annotations.Nullable Object details) {
        organisation.getGroup(code);
        for (MonthlyUse use : uses) {
            if (use.month().getYear() != year || !serviceCodes.contains(use.serviceCode())) {
                throw new IllegalArgumentException("use " + use + " is not of " + year + " and " + serviceCodes);
            }
        }
        Map<String, ItService> services =
                repository.services(code).stream().collect(Collectors.toMap(ItService::code, Function.identity()));
        Map<String, Unit> units =
                organisation.units(code).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        List<UseLine> lines = new ArrayList<>();
        for (MonthlyUse use : uses) {
            lines.add(new UseLine(lines.size() + 1, use));
        }
        List<Violation> violations = CatalogueRules.checkUses(lines, services, units);
        serviceCodes.stream()
                .filter(s -> !services.containsKey(s))
                .forEach(s -> violations.add(Violation.of("service", "catalogue.service.unknown", s)));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        Map<String, UseTotal> before = yearUses(repository.usesIn(code, year), serviceCodes);
        repository.deleteUses(code, year, serviceCodes);
        repository.upsertUses(code, uses);
        Map<String, UseTotal> after = yearUses(uses, serviceCodes);
        int signals = refreshSignals(code);
        record Audited(
                Map<String, UseTotal> uses,
                @org.jspecify.annotations.Nullable Object details) {}
        audit.record(
                code.value(),
                AuditAction.IMPORT,
                "consumption",
                source,
                new Audited(before, null),
                new Audited(after, details));
        return new UseReplaced(year, source, before, after, signals);
    }

    private static Map<String, UseTotal> yearUses(List<MonthlyUse> uses, Set<String> serviceCodes) {
        Map<String, UseTotal> byService = new java.util.TreeMap<>();
        for (String service : serviceCodes) {
            byService.put(service, new UseTotal(0, 0));
        }
        for (MonthlyUse use : uses) {
            byService.computeIfPresent(
                    use.serviceCode(), (k, u) -> new UseTotal(u.figures() + 1, u.quantity() + use.quantity()));
        }
        return byService;
    }

    public VolatilityThresholds thresholds(MunicipalityCode code) {
        return repository.thresholds(code).orElse(VolatilityThresholds.DEFAULT);
    }

    /** Sets the group's thresholds (fractions, e.g. 0.05 and 0.10) and re-reads every service's demand with them. */
    @Transactional
    public int saveThresholds(MunicipalityCode code, BigDecimal stableUpTo, BigDecimal fluctuatingFrom) {
        organisation.getGroup(code);
        if (stableUpTo.signum() < 0
                || stableUpTo.compareTo(fluctuatingFrom) > 0
                || fluctuatingFrom.compareTo(BigDecimal.TEN) > 0
                || stableUpTo.scale() > 4
                || fluctuatingFrom.scale() > 4) {
            throw InvalidInput.of("stableUpTo", "catalogue.thresholds.invalid");
        }
        VolatilityThresholds before = thresholds(code);
        repository.saveThresholds(code, stableUpTo, fluctuatingFrom);
        audit.record(code.value(), AuditAction.UPDATE, "thresholds", code.value(), before, thresholds(code));
        return refreshSignals(code);
    }

    /** Every service with its demand series and rolling readings. */
    public List<ServiceDemand> demand(MunicipalityCode code) {
        VolatilityWatch watch = VolatilityWatch.monthly(thresholds(code));
        Map<String, DemandSeries> series = series(code, repository.services(code));
        return repository.services(code).stream()
                .map(s -> {
                    Optional<DemandSeries> own = Optional.ofNullable(series.get(s.code()));
                    return new ServiceDemand(s, own, own.map(watch::readings).orElse(List.of()));
                })
                .toList();
    }

    public ServiceDemand demandOf(MunicipalityCode code, String serviceCode) {
        ItService service = getService(code, serviceCode);
        VolatilityWatch watch = VolatilityWatch.monthly(thresholds(code));
        Optional<DemandSeries> own =
                Optional.ofNullable(series(code, List.of(service)).get(serviceCode));
        return new ServiceDemand(service, own, own.map(watch::readings).orElse(List.of()));
    }

    /** The class of each service for the year (the 12 months ending December); absent when not classifiable. */
    public Map<String, DemandClass> classesIn(MunicipalityCode code, int year) {
        Map<String, DemandClass> classes = new HashMap<>();
        for (ServiceDemand d : demand(code)) {
            d.inYear(year)
                    .flatMap(WindowReading::demandClass)
                    .ifPresent(c -> classes.put(d.service().code(), c));
        }
        return classes;
    }

    public List<StoredSignal> signals(MunicipalityCode code) {
        return repository.signals(code);
    }

    /** Acknowledges the open signal of a service for the window ending {@code windowEnd} (YYYY-MM). */
    @Transactional
    public void acknowledge(MunicipalityCode code, String serviceCode, String windowEnd) {
        try {
            acknowledge(code, serviceCode, YearMonth.parse(windowEnd));
        } catch (java.time.format.DateTimeParseException e) {
            throw new NotFound("open signal", serviceCode + "/" + windowEnd);
        }
    }

    @Transactional
    public void acknowledge(MunicipalityCode code, String serviceCode, YearMonth windowEnd) {
        getService(code, serviceCode);
        String actor = actor();
        if (repository.acknowledge(code, serviceCode, windowEnd, OffsetDateTime.now(clock), actor) == 0) {
            throw new NotFound("open signal", serviceCode + "/" + windowEnd);
        }
        audit.record(code.value(), AuditAction.UPDATE, "signal", serviceCode + "/" + windowEnd, "open", "acknowledged");
    }

    /** The catalogue's turnover for each year from the first to the last year with a price or use (or from the first service's year). */
    public List<CatalogueTurnover> turnover(MunicipalityCode code) {
        List<ItService> services = repository.services(code);
        if (services.isEmpty()) {
            return List.of();
        }
        List<Integer> priceYears =
                repository.prices(code).stream().map(ServicePrice::year).toList();
        int first = java.util.stream.Stream.concat(priceYears.stream(), repository.useYears(code).stream())
                .mapToInt(Integer::intValue)
                .min()
                .orElse(services.stream()
                        .mapToInt(s -> s.addedOn().getYear())
                        .min()
                        .orElseThrow());
        int last = Math.max(
                repository.useYears(code).stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(first),
                repository.prices(code).stream()
                        .mapToInt(ServicePrice::year)
                        .max()
                        .orElse(first));
        List<ServiceLifespan> lifespans =
                services.stream().map(ItService::lifespan).toList();
        List<CatalogueTurnover> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(CatalogueTurnover.of(java.time.Year.of(year), lifespans));
        }
        return years;
    }

    /** Each service offered in the year by the value of its use and its volatility: the boundary view. */
    public List<BoundaryPoint> boundary(MunicipalityCode code, int year) {
        Map<String, Money> prices = repository.pricesIn(code, year).stream()
                .collect(Collectors.toMap(ServicePrice::serviceCode, ServicePrice::price));
        Map<String, Long> quantities = new HashMap<>();
        for (CatalogueRepository.MonthTotal t : repository.monthTotals(code)) {
            if (t.month().getYear() == year) {
                quantities.merge(t.serviceCode(), t.quantity(), Long::sum);
            }
        }
        List<BoundaryPoint> points = new ArrayList<>();
        for (ServiceDemand d : demand(code)) {
            if (d.service().statusIn(year) == ServiceStatus.NOT_OFFERED) {
                continue;
            }
            long quantity = quantities.getOrDefault(d.service().code(), 0L);
            Money price = prices.getOrDefault(d.service().code(), Money.ZERO);
            Money value = Money.ofOre(Math.addExact(Math.multiplyExact(price.ore(), quantity), 6) / 12);
            Optional<WindowReading> reading = d.inYear(year);
            points.add(new BoundaryPoint(
                    d.service(),
                    quantity,
                    value,
                    reading.flatMap(WindowReading::volatility),
                    reading.flatMap(WindowReading::demandClass)));
        }
        return points;
    }

    /** Removes the group's whole catalogue (used to reset the demo group). */
    @Transactional
    public void deleteAll(MunicipalityCode code) {
        repository.deleteAll(code);
    }

    private int refreshSignals(MunicipalityCode code) {
        VolatilityWatch watch = VolatilityWatch.monthly(thresholds(code));
        List<ReviewSignal> now = watch.reviews(
                List.copyOf(series(code, repository.services(code)).values()));
        Map<String, StoredSignal> stored = repository.signals(code).stream()
                .collect(Collectors.toMap(s -> s.serviceCode() + "/" + s.windowEnd(), Function.identity()));
        Set<String> current = new HashSet<>();
        int added = 0;
        OffsetDateTime at = OffsetDateTime.now(clock);
        for (ReviewSignal signal : now) {
            String key = signal.serviceCode() + "/" + signal.windowEnd();
            current.add(key);
            if (!stored.containsKey(key)) {
                repository.insertSignal(code, signal, at);
                added++;
            }
        }
        stored.values().stream()
                .filter(s -> s.isOpen() && !current.contains(s.serviceCode() + "/" + s.windowEnd()))
                .forEach(s -> repository.deleteSignal(code, s.serviceCode(), s.windowEnd()));
        return added;
    }

    /**
     * Each service's demand, summed over the units, month by month over the months the catalogue has
     * use reported for (from the first to the last such month), within the months the service was
     * offered. A month inside that span with nothing reported for the service is zero demand.
     */
    private Map<String, DemandSeries> series(MunicipalityCode code, List<ItService> services) {
        List<CatalogueRepository.MonthTotal> totals = repository.monthTotals(code);
        if (totals.isEmpty()) {
            return Map.of();
        }
        YearMonth first = totals.stream()
                .map(CatalogueRepository.MonthTotal::month)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        YearMonth last = totals.stream()
                .map(CatalogueRepository.MonthTotal::month)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, Map<YearMonth, Long>> byService = new HashMap<>();
        for (CatalogueRepository.MonthTotal t : totals) {
            byService.computeIfAbsent(t.serviceCode(), k -> new HashMap<>()).put(t.month(), t.quantity());
        }
        Map<String, DemandSeries> series = new HashMap<>();
        for (ItService s : services) {
            ServiceLifespan span = s.lifespan();
            YearMonth from = span.firstMonth().isAfter(first) ? span.firstMonth() : first;
            YearMonth to = span.lastMonth() != null && span.lastMonth().isBefore(last) ? span.lastMonth() : last;
            Map<YearMonth, Long> own = byService.getOrDefault(s.code(), Map.of());
            if (from.isAfter(to) || own.isEmpty()) {
                continue;
            }
            List<Double> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(own.getOrDefault(m, 0L).doubleValue());
            }
            series.put(s.code(), new DemandSeries(s.code(), from, months));
        }
        return series;
    }

    private static List<Violation> byRow(List<Violation> unreadable, List<Violation> broken) {
        List<Violation> all = new ArrayList<>(unreadable);
        all.addAll(broken);
        all.sort(Comparator.comparing((Violation v) -> v.row() == null ? 0 : v.row()));
        return all;
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? AuditLog.SYSTEM : auth.getName();
    }
}
