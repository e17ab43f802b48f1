package se.styrbord.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.allocation.FixedShares;
import se.styrbord.allocation.ShareDecisions;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;

/** A year's fixed shares as JSON: read, and replaced all at once or not at all. */
@RestController
@RequestMapping("/api/{municipalityId}/allocation/shares")
@Tag(name = "Allocation", description = "What each unit pays under each model, against chargeback")
class ShareApi {

    /** One unit's share of the pool in percent, at most four decimals. */
    record ShareJson(String unitCode, @Nullable BigDecimal percent) {}

    /** A year's shares, the decision they rest on and their sum, which must be exactly 100. */
    record SharesJson(int year, String decision, List<ShareJson> shares, BigDecimal sum) {
        static SharesJson of(FixedShares s) {
            return new SharesJson(
                    s.year(),
                    s.decision(),
                    s.shares().stream()
                            .map(u -> new ShareJson(u.unitCode(), u.percent()))
                            .toList(),
                    s.sum());
        }
    }

    /** The shares to save for the year of the path. */
    record DecisionJson(@Nullable String decision, @Nullable List<ShareJson> shares) {}

    private final ShareDecisions decisions;
    private final Organisation organisation;

    ShareApi(ShareDecisions decisions, Organisation organisation) {
        this.decisions = decisions;
        this.organisation = organisation;
    }

    @GetMapping("/{year}")
    @Operation(summary = "The fixed shares decided for a year, in percent, with the decision")
    SharesJson fixedShares(@PathVariable String municipalityId, @PathVariable int year) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.getGroup(code);
        return decisions.find(code, year).map(SharesJson::of).orElseThrow(() -> new NotFound("fixed shares for", year));
    }

    @PutMapping("/{year}")
    @Operation(
            summary = "Replace a year's fixed shares: every unit that shares the pool with a share in percent"
                    + " (at most four decimals, none negative, summing to exactly 100) and the decision;"
                    + " all or nothing")
    SharesJson saveFixedShares(
            @PathVariable String municipalityId, @PathVariable int year, @RequestBody DecisionJson body) {
        List<FixedShares.UnitShare> shares = body.shares() == null
                ? List.of()
                : body.shares().stream()
                        .map(s -> new FixedShares.UnitShare(s.unitCode() == null ? "" : s.unitCode(), s.percent()))
                        .toList();
        FixedShares saved = decisions.save(
                MunicipalityCode.of(municipalityId),
                new FixedShares(year, body.decision() == null ? "" : body.decision(), shares));
        return SharesJson.of(saved);
    }
}
