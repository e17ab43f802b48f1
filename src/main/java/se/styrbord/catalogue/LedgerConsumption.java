package se.styrbord.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.itcost.AccountRange;
import se.styrbord.itcost.LedgerUnits;
import se.styrbord.itcost.UnitMapping;
import se.styrbord.ledger.LedgerQueries;
import se.styrbord.ledger.LedgerQueries.YearImport;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.Violation;

/**
 * Consumption taken from the internal invoicing in the ledgers (issue 5, ADR 0009): each service's
 * ledger source, the preview of a year's use from the current imports, and saving it in place of
 * the year's use of those services, all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class LedgerConsumption {

    /** A source as typed: blank accounts mean the service has none. */
    public record SourceDraft(String serviceCode, String accounts, String object) {}

    private static final Pattern OBJECT = Pattern.compile("(\\d{1,20})\\s*=\\s*([^|]{1,100})");

    private final CatalogueRepository repository;
    private final Catalogue catalogue;
    private final LedgerQueries ledgers;
    private final UnitMapping mapping;
    private final Organisation organisation;
    private final AuditLog audit;

    LedgerConsumption(
            CatalogueRepository repository,
            Catalogue catalogue,
            LedgerQueries ledgers,
            UnitMapping mapping,
            Organisation organisation,
            AuditLog audit) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.ledgers = ledgers;
        this.mapping = mapping;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** The fiscal years that have ledgers to take use from. */
    public List<Integer> ledgerYears(MunicipalityCode code) {
        return ledgers.currentYears(code);
    }

    public List<LedgerSource> sources(MunicipalityCode code) {
        organisation.getGroup(code);
        return repository.ledgerSources(code);
    }

    /**
     * Replaces the group's sources with those typed, all or nothing; a violation names the draft's
     * 1-based row and its field ({@code serviceCode}, {@code accounts}, {@code object}).
     */
    @Transactional
    public List<LedgerSource> saveSources(MunicipalityCode code, List<SourceDraft> drafts) {
        organisation.getGroup(code);
        Set<String> services =
                repository.services(code).stream().map(ItService::code).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>();
        List<LedgerSource> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            int row = i + 1;
            SourceDraft draft = drafts.get(i);
            String service =
                    draft.serviceCode() == null ? "" : draft.serviceCode().strip();
            String accounts = draft.accounts() == null ? "" : draft.accounts().strip();
            String object = draft.object() == null ? "" : draft.object().strip();
            if (!services.contains(service)) {
                violations.add(Violation.atRow(row, "serviceCode", "catalogue.service.unknown", service));
                continue;
            }
            if (!seen.add(service)) {
                violations.add(Violation.atRow(row, "serviceCode", "ledgeruse.source.duplicate", service));
            }
            AccountRange range = null;
            if (!accounts.isEmpty()) {
                try {
                    range = AccountRange.parse(accounts);
                } catch (InvalidInput e) {
                    violations.add(Violation.atRow(row, "accounts", "ledgeruse.source.accounts", accounts));
                }
            }
            String normal = null;
            if (!object.isEmpty()) {
                Matcher m = OBJECT.matcher(object);
                if (!m.matches() || m.group(2).isBlank()) {
                    violations.add(Violation.atRow(row, "object", "ledgeruse.source.object", object));
                } else if (accounts.isEmpty()) {
                    violations.add(Violation.atRow(row, "accounts", "ledgeruse.source.objectAlone"));
                } else {
                    normal = m.group(1) + "=" + m.group(2).strip();
                }
            }
            if (range != null) {
                sources.add(new LedgerSource(service, range, normal));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        List<String> before = described(repository.ledgerSources(code));
        repository.replaceLedgerSources(code, sources);
        List<LedgerSource> after = repository.ledgerSources(code);
        audit.record(code.value(), AuditAction.UPDATE, "ledger-sources", code.value(), before, described(after));
        return after;
    }

    /**
     * The year's use of the services with a source, as the internal invoicing in the current imports
     * of the fiscal year shows it; nothing is saved.
     */
    public LedgerUsePreview preview(MunicipalityCode code, int year) {
        organisation.getGroup(code);
        List<LedgerSource> sources = repository.ledgerSources(code);
        List<YearImport> imports = ledgers.currentImports(code, year);
        Map<String, ItService> services =
                repository.services(code).stream().collect(Collectors.toMap(ItService::code, Function.identity()));
        Map<String, ServicePrice> prices = repository.pricesIn(code, year).stream()
                .collect(Collectors.toMap(ServicePrice::serviceCode, Function.identity()));
        Map<String, Unit> units =
                organisation.units(code).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        UseFromLedger use = new UseFromLedger(year, sources, services, prices, units);
        if (!sources.isEmpty() && !imports.isEmpty()) {
            List<String> accounts = ledgers.currentAccounts(code, year).stream()
                    .filter(a -> sources.stream().anyMatch(s -> s.accounts().matches(a)))
                    .toList();
            LedgerUnits rowUnits = mapping.ledgerUnits(code);
            ledgers.currentRows(
                    code, year, accounts, row -> use.add(row, rowUnits.unitOf(row.orgNumber(), row.objects())));
        }
        Set<String> withSource = sources.stream().map(LedgerSource::serviceCode).collect(Collectors.toSet());
        List<MonthlyUse> saved = repository.usesIn(code, year).stream()
                .filter(u -> withSource.contains(u.serviceCode()))
                .toList();
        return use.result(imports, saved);
    }

    /**
     * Saves the year's use from the ledgers in place of the year's use of every service with a
     * source, all or nothing. Refused when the year has no ledgers or no service a source, when
     * {@code fingerprint} is given and the preview has changed since it was taken, and when rows could
     * not become use unless {@code acceptProblems}: those rows are then left out, and counted in the
     * audit entry.
     */
    @Transactional
    public Catalogue.UseReplaced save(
            MunicipalityCode code, int year, @Nullable String fingerprint, boolean acceptProblems) {
        LedgerUsePreview preview = preview(code, year);
        if (preview.sources().isEmpty()) {
            throw InvalidInput.of("sources", "ledgeruse.noSources");
        }
        if (!preview.hasLedgers()) {
            throw InvalidInput.of("year", "ledgeruse.noLedgers", String.valueOf(year));
        }
        if (fingerprint != null
                && !fingerprint.isBlank()
                && !fingerprint.strip().equals(preview.fingerprint())) {
            throw InvalidInput.of("fingerprint", "ledgeruse.changed");
        }
        if (!preview.problems().isEmpty() && !acceptProblems) {
            throw InvalidInput.of(
                    "acceptProblems",
                    "ledgeruse.problemsFirst",
                    preview.problems().size());
        }
        record Details(
                List<String> sources, List<String> imports, String fingerprint, int figures, int problemsLeftOut) {}
        Set<String> services = preview.sources().stream()
                .map(LedgerSource::serviceCode)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return catalogue.replaceConsumption(
                code,
                year,
                services,
                preview.uses(),
                "ledger/" + year,
                new Details(
                        described(preview.sources()),
                        preview.imports().stream()
                                .map(i -> i.orgNumber() + " " + i.fileName() + " (" + i.id() + ")")
                                .toList(),
                        preview.fingerprint(),
                        preview.figures().size(),
                        preview.problems().size()));
    }

    private static List<String> described(List<LedgerSource> sources) {
        return sources.stream().map(s -> s.serviceCode() + ": " + s).toList();
    }
}
