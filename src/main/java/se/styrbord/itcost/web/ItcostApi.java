package se.styrbord.itcost.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.itcost.ItcostDrilldown;
import se.styrbord.itcost.ItcostReport;
import se.styrbord.itcost.ReportJson;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;

/** The yearly report "Total IT-kostnad" as JSON, under the municipality's own path. */
@RestController
@RequestMapping("/api/{municipalityId}/itcost")
@Tag(name = "IT cost", description = "Total IT cost per year: categories, key figures per unit, entity and group")
class ItcostApi {

    /** What a unit bought from the IT service centre in a year (internal invoicing, eliminated from total). */
    record InternalJson(String unit, int year, java.math.BigDecimal amount) {}

    private final ItcostReport report;
    private final ItcostDrilldown drilldown;
    private final Organisation organisation;

    ItcostApi(ItcostReport report, ItcostDrilldown drilldown, Organisation organisation) {
        this.report = report;
        this.drilldown = drilldown;
        this.organisation = organisation;
    }

    @GetMapping("/internal")
    @Operation(
            summary = "Internal invoicing per unit and year",
            description =
                    "Internal IT purchases from the IT service centre, eliminated from total IT cost, per unit and"
                            + " year in SEK; unit is empty for sums that no unit could be told for.")
    java.util.List<InternalJson> internal(@PathVariable String municipalityId) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.getGroup(code);
        java.util.List<InternalJson> rows = new java.util.ArrayList<>();
        drilldown
                .internalInvoicing(code)
                .forEach((unit, years) ->
                        years.forEach((year, amount) -> rows.add(new InternalJson(unit, year, amount.amount()))));
        return rows;
    }

    @GetMapping("/{year}")
    @Operation(
            summary = "The report Total IT-kostnad for a year",
            description = "Amounts in SEK with two decimals; ratios as fractions with six decimals (0.0171 is 1.71 %);"
                    + " a missing figure is null, never 0. internalEliminated is the internal IT purchases, eliminated"
                    + " from total.")
    ReportJson year(@PathVariable String municipalityId, @PathVariable int year, Locale locale) {
        return report.json(MunicipalityCode.of(municipalityId), year, locale);
    }
}
