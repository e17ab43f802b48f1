package se.styrbord.allocation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.Violation;

/**
 * The fixed shares a group has decided for each year, for the fixed-share model: read, and
 * replaced a whole year at a time after {@link ShareRules}, with an audit entry, all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class ShareDecisions {

    private final ShareRepository repository;
    private final Organisation organisation;
    private final AuditLog audit;

    ShareDecisions(ShareRepository repository, Organisation organisation, AuditLog audit) {
        this.repository = repository;
        this.organisation = organisation;
        this.audit = audit;
    }

    public Optional<FixedShares> find(MunicipalityCode code, int year) {
        return repository.find(code, year);
    }

    /** The years that have decided shares, earliest first. */
    public List<Integer> years(MunicipalityCode code) {
        return repository.years(code);
    }

    /** The units that share the year's pool: those active in the year except the IT service centre. */
    public List<Unit> sharing(MunicipalityCode code, int year) {
        return organisation.unitsIn(code, year).stream()
                .filter(u -> AllocationRuns.sharesThePool(u, year))
                .toList();
    }

    /** Replaces the year's decision and shares; every broken rule is reported and nothing is saved. */
    @Transactional
    public FixedShares save(MunicipalityCode code, FixedShares shares) {
        organisation.getGroup(code);
        List<Violation> violations = ShareRules.check(shares, organisation.units(code));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        FixedShares saved = shares.normalised();
        Optional<FixedShares> before = repository.find(code, shares.year());
        if (before.isPresent() && before.get().equals(saved)) {
            return saved;
        }
        repository.replace(code, saved);
        audit.record(
                code.value(),
                before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                "fixed-shares",
                String.valueOf(shares.year()),
                before.orElse(null),
                saved);
        return saved;
    }

    /** Removes every year's shares of the group (used to reset the demo group). */
    @Transactional
    public void deleteAll(MunicipalityCode code) {
        repository.deleteAll(code);
    }
}
