package se.styrbord.itcost;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;

/** The group's settings of the module, and the removal of all its data (to reset the demo group). */
@Service
@Transactional(readOnly = true)
public class ItcostSettings {

    private final ItcostStore store;
    private final AuditLog audit;

    ItcostSettings(ItcostStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public BigDecimal flagThreshold(MunicipalityCode code) {
        return store.flagThreshold(code.value());
    }

    /** Units whose IT resources per employee are below this share of the group's median are flagged. */
    @Transactional
    public void setFlagThreshold(MunicipalityCode code, BigDecimal threshold) {
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0 || threshold.scale() > 4) {
            throw InvalidInput.of("threshold", "itcost.settings.threshold", threshold.toPlainString());
        }
        BigDecimal before = store.flagThreshold(code.value());
        store.saveFlagThreshold(code.value(), threshold);
        audit.record(code.value(), AuditAction.UPDATE, "itcost-settings", "flagThreshold", before, threshold);
    }

    /** Removes every rule, mapping, manual input and figure of the group. */
    @Transactional
    public void deleteAll(MunicipalityCode code) {
        store.deleteAll(code.value());
    }
}
