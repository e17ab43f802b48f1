package se.styrbord.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.allocation.AssetLifetime;
import se.styrbord.allocation.AssetLifetimes;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;

/** The group's economic lifetimes of IT assets as JSON, beside their usual values. */
@RestController
@RequestMapping("/api/{municipalityId}/allocation/lifetimes")
@Tag(name = "Allocation", description = "What each unit pays under each model, against chargeback")
class LifetimeApi {

    /** An asset class (clients, servers, network, systems), its lifetime in years and its usual lifetime. */
    record LifetimeJson(String assetClass, int years, int usualYears) {
        static LifetimeJson of(AssetLifetime l) {
            return new LifetimeJson(
                    l.assetClass(),
                    l.years(),
                    AssetLifetime.defaultOf(l.assetClass()).orElseThrow().years());
        }
    }

    /** A lifetime to set; null years returns the class to its usual lifetime. */
    record LifetimeChangeJson(String assetClass, @Nullable Integer years) {}

    private final AssetLifetimes lifetimes;
    private final Organisation organisation;

    LifetimeApi(AssetLifetimes lifetimes, Organisation organisation) {
        this.lifetimes = lifetimes;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "The economic lifetimes of the group's IT assets, in years, beside the usual ones")
    List<LifetimeJson> lifetimes(@PathVariable String municipalityId) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.getGroup(code);
        return lifetimes.of(code).stream().map(LifetimeJson::of).toList();
    }

    @PutMapping
    @Operation(
            summary = "Set the lifetimes of the classes given (whole years, 1–100; null: the usual lifetime);"
                    + " classes not given keep theirs; all or nothing")
    List<LifetimeJson> saveLifetimes(
            @PathVariable String municipalityId, @RequestBody List<LifetimeChangeJson> changes) {
        Map<String, @Nullable Integer> years = new LinkedHashMap<>();
        changes.forEach(c -> years.put(java.util.Objects.requireNonNullElse(c.assetClass(), ""), c.years()));
        return lifetimes.save(MunicipalityCode.of(municipalityId), years).stream()
                .map(LifetimeJson::of)
                .toList();
    }
}
