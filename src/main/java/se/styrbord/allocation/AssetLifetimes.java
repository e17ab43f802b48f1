package se.styrbord.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.Violation;

/**
 * The economic lifetimes a group sets for its classes of IT assets, shown beside the markup's
 * renewal period; a class the group has not set has its usual lifetime ({@link AssetLifetime#DEFAULTS}).
 */
@Service
@Transactional(readOnly = true)
public class AssetLifetimes {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditLog audit;

    AssetLifetimes(JdbcClient jdbc, Organisation organisation, AuditLog audit) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** Every class with the group's lifetime, or the usual one where the group has set none. */
    public List<AssetLifetime> of(MunicipalityCode code) {
        Map<String, Integer> own = own(code);
        return AssetLifetime.DEFAULTS.stream()
                .map(d -> new AssetLifetime(d.assetClass(), own.getOrDefault(d.assetClass(), d.years())))
                .toList();
    }

    /**
     * Sets the lifetimes of the classes given, in whole years from 1 to 100; a class given as null
     * returns to its usual lifetime, one not given keeps what it has. All or nothing.
     */
    @Transactional
    public List<AssetLifetime> save(MunicipalityCode code, Map<String, @Nullable Integer> years) {
        organisation.getGroup(code);
        List<Violation> violations = new ArrayList<>();
        years.forEach((assetClass, value) -> {
            if (AssetLifetime.defaultOf(assetClass).isEmpty()) {
                violations.add(Violation.of(field(assetClass), "allocation.lifetimes.unknown", assetClass));
            } else if (value != null && (value < 1 || value > AssetLifetime.MAX_YEARS)) {
                violations.add(Violation.of(
                        field(assetClass), "allocation.lifetimes.range", String.valueOf(AssetLifetime.MAX_YEARS)));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        List<AssetLifetime> before = of(code);
        years.forEach((assetClass, value) -> {
            jdbc.sql("delete from allocation_lifetime where municipality = ? and asset_class = ?")
                    .params(code.value(), assetClass)
                    .update();
            Optional<AssetLifetime> usual = AssetLifetime.defaultOf(assetClass);
            if (value != null && usual.map(u -> u.years() != value).orElse(true)) {
                jdbc.sql("insert into allocation_lifetime (municipality, asset_class, years) values (?, ?, ?)")
                        .params(code.value(), assetClass, value)
                        .update();
            }
        });
        List<AssetLifetime> after = of(code);
        if (!after.equals(before)) {
            audit.record(code.value(), AuditAction.UPDATE, "asset-lifetimes", code.value(), before, after);
        }
        return after;
    }

    /** Removes the group's own lifetimes (used to reset the demo group). */
    @Transactional
    public void deleteAll(MunicipalityCode code) {
        jdbc.sql("delete from allocation_lifetime where municipality = ?")
                .param(code.value())
                .update();
    }

    static String field(String assetClass) {
        return "lifetimes." + assetClass;
    }

    private Map<String, Integer> own(MunicipalityCode code) {
        return jdbc
                .sql("select asset_class, years from allocation_lifetime where municipality = ?")
                .param(code.value())
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
