package se.styrbord.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/** The organisation register as JSON, under the municipality's own path. */
@RestController
@RequestMapping("/api/{municipalityId}/organisation")
@Tag(name = "Organisation", description = "Legal entities, units and their yearly facts")
class OrganisationApi {

    record GroupJson(String municipalityId, String name, List<EntityJson> entities) {}

    record EntityJson(String orgNumber, String name, String kind) {
        static EntityJson of(LegalEntity e) {
            return new EntityJson(e.orgNumber().value(), e.name(), e.kind().name());
        }
    }

    record UnitJson(
            String code,
            String name,
            UnitType type,
            String orgNumber,
            @Nullable String parentCode,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {
        static UnitJson of(Unit u) {
            return new UnitJson(
                    u.code(), u.name(), u.type(), u.orgNumber().value(), u.parentCode(), u.validFrom(), u.validTo());
        }

        UnitDraft draft() {
            return new UnitDraft(code, name, type, orgNumber, parentCode, validFrom, validTo);
        }
    }

    /** A unit's facts; the year is taken from the path when saving. */
    record FactsJson(
            String unitCode,
            @Nullable Integer year,
            @Nullable BigDecimal turnover,
            @Nullable Integer employees,
            @Nullable BigDecimal fte) {
        static FactsJson of(YearlyFacts f) {
            return new FactsJson(
                    f.unitCode(),
                    f.year(),
                    f.turnover() == null ? null : f.turnover().amount(),
                    f.employees(),
                    f.fte());
        }

        YearlyFacts facts(int forYear) {
            return new YearlyFacts(unitCode, forYear, turnover == null ? null : new Money(turnover), employees, fte);
        }
    }

    record Deactivation(LocalDate lastDay) {}

    private final Organisation organisation;

    OrganisationApi(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "The municipal group and its legal entities")
    GroupJson group(@PathVariable String municipalityId) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        return new GroupJson(
                code.value(),
                organisation.getGroup(code).name(),
                organisation.entities(code).stream().map(EntityJson::of).toList());
    }

    @GetMapping("/units")
    @Operation(summary = "Units, all or those active on a day")
    List<UnitJson> units(
            @PathVariable String municipalityId, @RequestParam(required = false) @Nullable LocalDate activeOn) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.getGroup(code);
        return organisation.units(code).stream()
                .filter(u -> activeOn == null || u.isActiveOn(activeOn))
                .map(UnitJson::of)
                .toList();
    }

    @GetMapping("/units/{unitCode}")
    @Operation(summary = "One unit")
    UnitJson unit(@PathVariable String municipalityId, @PathVariable String unitCode) {
        return UnitJson.of(organisation.getUnit(MunicipalityCode.of(municipalityId), unitCode));
    }

    @PostMapping("/units")
    @Operation(summary = "Create a unit")
    ResponseEntity<UnitJson> create(@PathVariable String municipalityId, @RequestBody UnitJson unit) {
        Unit created = organisation.createUnit(MunicipalityCode.of(municipalityId), unit.draft());
        return ResponseEntity.created(URI.create("/api/" + municipalityId + "/organisation/units/" + created.code()))
                .body(UnitJson.of(created));
    }

    @PutMapping("/units/{unitCode}")
    @Operation(summary = "Change a unit")
    UnitJson update(@PathVariable String municipalityId, @PathVariable String unitCode, @RequestBody UnitJson unit) {
        UnitJson same = new UnitJson(
                unitCode,
                unit.name(),
                unit.type(),
                unit.orgNumber(),
                unit.parentCode(),
                unit.validFrom(),
                unit.validTo());
        return UnitJson.of(organisation.updateUnit(MunicipalityCode.of(municipalityId), same.draft()));
    }

    @PostMapping("/units/{unitCode}/deactivation")
    @Operation(summary = "End a unit's validity on a day; its history is kept")
    UnitJson deactivate(
            @PathVariable String municipalityId,
            @PathVariable String unitCode,
            @RequestBody Deactivation deactivation) {
        return UnitJson.of(
                organisation.deactivateUnit(MunicipalityCode.of(municipalityId), unitCode, deactivation.lastDay()));
    }

    @GetMapping("/facts/{year}")
    @Operation(summary = "Yearly facts of the units for a year; a missing figure is null, not zero")
    List<FactsJson> facts(@PathVariable String municipalityId, @PathVariable int year) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.getGroup(code);
        return organisation.facts(code, year).stream().map(FactsJson::of).toList();
    }

    @PutMapping("/facts/{year}")
    @Operation(summary = "Save yearly facts for a year, all rows or none")
    List<FactsJson> saveFacts(
            @PathVariable String municipalityId, @PathVariable int year, @RequestBody List<FactsJson> rows) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.saveFacts(code, rows.stream().map(r -> r.facts(year)).toList());
        return facts(municipalityId, year);
    }
}
