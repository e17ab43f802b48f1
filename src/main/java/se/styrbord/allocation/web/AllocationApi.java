package se.styrbord.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.allocation.AllocationReport;
import se.styrbord.allocation.AllocationRuns;
import se.styrbord.allocation.ReportJson;
import se.styrbord.allocation.RunModel;
import se.styrbord.allocation.RunRequest;
import se.styrbord.allocation.RunSummary;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;

/**
 * Allocation reports as JSON, in the shape of {@code styrbord report allocation --format json}:
 * calculated for a year and model, or stored as a run and read back later.
 */
@RestController
@RequestMapping("/api/{municipalityId}/allocation")
@Tag(name = "Allocation", description = "What each unit pays under each model, against chargeback")
class AllocationApi {

    /** A run to store; pool null takes the catalogue's self-cost of the year's use. */
    record RunJson(
            int year,
            String model,
            @Nullable BigDecimal pool,
            @Nullable BigDecimal projectHours) {}

    record RunSummaryJson(long id, int year, String model, BigDecimal pool, BigDecimal remainder, String createdBy) {
        static RunSummaryJson of(RunSummary s) {
            return new RunSummaryJson(
                    s.id(),
                    s.year(),
                    s.model().slug(),
                    s.pool().amount(),
                    s.remainder().amount(),
                    s.createdBy());
        }
    }

    private final AllocationRuns runs;

    AllocationApi(AllocationRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/{year}")
    @Operation(
            summary = "Calculate a year's allocation by a model (chargeback, headcount, fte, turnover, hybrid, fixed)"
                    + " beside chargeback; not stored")
    ReportJson calculate(
            @PathVariable String municipalityId,
            @PathVariable int year,
            @RequestParam(defaultValue = "headcount") String model,
            @RequestParam(required = false) @Nullable BigDecimal pool,
            @RequestParam(required = false) @Nullable BigDecimal projectHours) {
        return ReportJson.of(runs.calculate(
                MunicipalityCode.of(municipalityId),
                new RunRequest(year, RunModel.ofSlug(model), money(pool), projectHours)));
    }

    @PostMapping("/runs")
    @Operation(summary = "Calculate and store a run with its inputs, so that its report can be reproduced")
    ResponseEntity<ReportJson> store(@PathVariable String municipalityId, @RequestBody RunJson run) {
        AllocationReport report = runs.store(
                MunicipalityCode.of(municipalityId),
                new RunRequest(run.year(), RunModel.ofSlug(run.model()), money(run.pool()), run.projectHours()));
        return ResponseEntity.created(URI.create("/api/" + municipalityId + "/allocation/runs/" + report.runId()))
                .body(ReportJson.of(report));
    }

    @GetMapping("/runs")
    @Operation(summary = "The stored runs, newest first")
    List<RunSummaryJson> list(@PathVariable String municipalityId) {
        return runs.runs(MunicipalityCode.of(municipalityId)).stream()
                .map(RunSummaryJson::of)
                .toList();
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "A stored run's report, as stored")
    ReportJson stored(@PathVariable String municipalityId, @PathVariable long id) {
        return ReportJson.of(runs.stored(MunicipalityCode.of(municipalityId), id));
    }

    private static @Nullable Money money(@Nullable BigDecimal amount) {
        if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            throw InvalidInput.of("pool", "allocation.number", amount.toPlainString());
        }
        return amount == null ? null : new Money(amount);
    }
}
