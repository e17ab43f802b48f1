package se.styrbord.allocation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.DemandClass;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.YearlyUse;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import se.styrbord.shared.Violation;

/**
 * Allocation runs of a municipal group: the year's inputs gathered from the register and the
 * catalogue, a model run over them with chargeback beside it, and the run stored with its inputs
 * and results so that its report can be reproduced later, whatever changed since.
 *
 * <p>The units that share the pool are those active in the year except the IT service centre
 * itself, the supplier; each is prorated by the months it was active (docs/adr/0006).
 */
@Service
@Transactional(readOnly = true)
public class AllocationRuns {

    private final RunRepository repository;
    private final ShareRepository shares;
    private final AssetLifetimes lifetimes;
    private final Organisation organisation;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    AllocationRuns(
            RunRepository repository,
            ShareRepository shares,
            AssetLifetimes lifetimes,
            Organisation organisation,
            Catalogue catalogue,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.shares = shares;
        this.lifetimes = lifetimes;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** True for a unit that shares the year's pool: active in the year and not the IT service centre, the supplier. */
    static boolean sharesThePool(Unit unit, int year) {
        return unit.isActiveIn(year) && unit.type() != UnitType.IT_SERVICE_CENTRE;
    }

    /**
     * Gathers the inputs of a run; a missing driver value of any unit stops it, naming each such
     * unit, and so do missing fixed shares for the fixed-share model, naming the year, or shares
     * that no longer fit the register, naming the unit.
     */
    public RunInputs inputs(MunicipalityCode code, RunRequest request) {
        organisation.getGroup(code);
        int year = request.year();
        Map<String, YearlyFacts> facts = organisation.facts(code, year).stream()
                .collect(Collectors.toMap(YearlyFacts::unitCode, Function.identity()));
        List<Unit> recipients = organisation.unitsIn(code, year).stream()
                .filter(u -> sharesThePool(u, year))
                .toList();
        if (recipients.isEmpty()) {
            throw InvalidInput.of("year", "allocation.units.none", String.valueOf(year));
        }
        List<UnitFacts> units = recipients.stream()
                .map(u -> {
                    YearlyFacts f = facts.get(u.code());
                    return new UnitFacts(
                            u.code(),
                            u.name(),
                            f == null ? null : f.employees(),
                            f == null ? null : f.fte(),
                            f == null ? null : f.turnover(),
                            u.activeMonthsIn(year));
                })
                .toList();
        Driver driver = request.model().driver();
        if (driver != null) {
            List<Violation> missing = units.stream()
                    .filter(u -> driverValue(u, driver) == null)
                    .map(u -> Violation.of(
                            "driver",
                            "allocation.driver.missing." + driver.name(),
                            u.code(),
                            u.name(),
                            String.valueOf(year)))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidInput(missing);
            }
        }
        FixedShares decided = request.model() == RunModel.FIXED ? decidedShares(code, year) : null;
        List<RunService> services = services(code, year);
        List<YearlyUse> used = services.isEmpty() ? List.of() : catalogue.yearlyUsesIn(code, year);
        checkPriced(services, used, year);
        List<YearUse> uses = used.stream()
                .map(u -> new YearUse(u.unitCode(), u.serviceCode(), u.quantity(), u.months()))
                .toList();
        if (request.model().usesCatalogue() && services.isEmpty()) {
            throw InvalidInput.of("model", "allocation.catalogue.missing", String.valueOf(year));
        }
        Money pool = request.pool();
        RunInputs.PoolSource source = RunInputs.PoolSource.INPUT;
        if (pool == null) {
            if (services.isEmpty()) {
                throw InvalidInput.of("pool", "allocation.pool.missing", String.valueOf(year));
            }
            pool = RunInputs.selfCostOf(services, uses);
            source = RunInputs.PoolSource.CATALOGUE;
        }
        return new RunInputs(year, pool, source, units, services, uses, request.projectHours(), decided);
    }

    private FixedShares decidedShares(MunicipalityCode code, int year) {
        FixedShares decided = shares.find(code, year)
                .orElseThrow(() -> InvalidInput.of("model", "allocation.shares.none", String.valueOf(year)));
        List<Violation> broken = ShareRules.check(decided, organisation.units(code));
        if (!broken.isEmpty()) {
            throw new InvalidInput(broken);
        }
        return decided;
    }

    /** Calculates a run without storing it: the comparison page's preview. */
    public AllocationReport calculate(MunicipalityCode code, RunRequest request) {
        return calculate(inputs(code, request), request.model(), null, lifetimes.of(code));
    }

    /** Calculates a run and stores it with its inputs and results; returns the stored report. */
    @Transactional
    public AllocationReport store(MunicipalityCode code, RunRequest request) {
        RunInputs inputs = inputs(code, request);
        long id = repository.nextId();
        AllocationReport report = calculate(inputs, request.model(), id, lifetimes.of(code));
        repository.insert(code, id, report, OffsetDateTime.now(clock), actor());
        audit.record(
                code.value(),
                AuditAction.CREATE,
                "allocation-run",
                String.valueOf(id),
                null,
                new StoredRun(id, inputs.year(), request.model().slug(), inputs.pool(), report.remainder()));
        return report;
    }

    private record StoredRun(long id, int year, String model, Money pool, Money remainder) {}

    public List<RunSummary> runs(MunicipalityCode code) {
        return repository.all(code);
    }

    /**
     * A stored run's report, from its stored results. Its inputs hold the units and the price list
     * but not the year's use, which only a reproduction needs.
     */
    public AllocationReport stored(MunicipalityCode code, long id) {
        return stored(code, id, false);
    }

    /** A stored run calculated again from its stored inputs alone, use included. */
    public AllocationReport reproduce(MunicipalityCode code, long id) {
        AllocationReport stored = stored(code, id, true);
        return calculate(stored.inputs(), stored.model(), id, stored.assetLifetimes());
    }

    private AllocationReport stored(MunicipalityCode code, long id, boolean withUse) {
        RunRepository.RunRow run = repository.run(code, id).orElseThrow(() -> new NotFound("allocation run", id));
        List<ReportUnit> units = repository.units(code, id, run.model());
        RunInputs inputs = storedInputs(code, run, units, withUse);
        return new AllocationReport(
                id,
                run.model(),
                inputs,
                run.remainder(),
                run.invoices(),
                run.currentRemainder(),
                run.currentInvoices(),
                units,
                run.markup(),
                lifetimes.of(code));
    }

    /** Removes every run of the group (used to reset the demo group). */
    @Transactional
    public void deleteAll(MunicipalityCode code) {
        repository.deleteAll(code);
    }

    private static AllocationReport calculate(
            RunInputs inputs, RunModel model, @Nullable Long id, List<AssetLifetime> lifetimes) {
        try {
            return RunCalculation.calculate(inputs, model, id, lifetimes);
        } catch (AllocationException e) {
            throw InvalidInput.of("model", "allocation.failed", e.getMessage());
        }
    }

    private RunInputs storedInputs(
            MunicipalityCode code, RunRepository.RunRow run, List<ReportUnit> units, boolean withUse) {
        List<UnitFacts> facts = units.stream()
                .map(u -> new UnitFacts(u.code(), u.name(), u.employees(), u.fte(), u.turnover(), u.monthsActive()))
                .toList();
        return new RunInputs(
                run.year(),
                run.pool(),
                run.poolSource(),
                facts,
                repository.services(code, run.id()),
                withUse ? repository.uses(code, run.id()) : List.of(),
                run.projectHours(),
                run.model() == RunModel.FIXED ? storedShares(run, units) : null);
    }

    /** A fixed-share run's shares: each unit's driver, with the decision stored beside the run. */
    private static FixedShares storedShares(RunRepository.RunRow run, List<ReportUnit> units) {
        return new FixedShares(
                run.year(),
                java.util.Objects.requireNonNullElse(run.shareDecision(), ""),
                units.stream()
                        .map(u -> new FixedShares.UnitShare(u.code(), u.driver()))
                        .toList());
    }

    private List<RunService> services(MunicipalityCode code, int year) {
        Map<String, ItService> services =
                catalogue.services(code).stream().collect(Collectors.toMap(ItService::code, Function.identity()));
        List<ServicePrice> prices = catalogue.pricesIn(code, year);
        if (prices.isEmpty()) {
            return List.of();
        }
        Map<String, DemandClass> classes = catalogue.classesIn(code, year);
        List<RunService> list = new ArrayList<>();
        for (ServicePrice price : prices) {
            ItService s = services.get(price.serviceCode());
            list.add(new RunService(
                    s.code(),
                    s.name(),
                    s.unitOfMeasure(),
                    price.selfCost(),
                    price.price(),
                    classes.get(s.code()) == DemandClass.STABLE));
        }
        return list;
    }

    private static void checkPriced(List<RunService> services, List<YearlyUse> uses, int year) {
        if (services.isEmpty()) {
            return;
        }
        Set<String> priced = services.stream().map(RunService::code).collect(Collectors.toSet());
        Set<String> reported = new HashSet<>();
        List<Violation> unpriced = new ArrayList<>();
        for (YearlyUse use : uses) {
            if (!priced.contains(use.serviceCode()) && reported.add(use.serviceCode())) {
                unpriced.add(
                        Violation.of("price", "allocation.price.missing", use.serviceCode(), String.valueOf(year)));
            }
        }
        if (!unpriced.isEmpty()) {
            throw new InvalidInput(unpriced);
        }
    }

    private static Object driverValue(UnitFacts unit, Driver driver) {
        return switch (driver) {
            case EMPLOYEES -> unit.employees();
            case FTE -> unit.fte();
            case TURNOVER -> unit.turnover();
        };
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? AuditLog.SYSTEM : auth.getName();
    }
}
