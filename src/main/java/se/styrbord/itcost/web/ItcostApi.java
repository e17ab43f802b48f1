package se.styrbord.itcost.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrbord.itcost.ItcostReport;
import se.styrbord.itcost.ReportJson;
import se.styrbord.shared.MunicipalityCode;

/** The yearly report "Total IT-kostnad" as JSON, under the municipality's own path. */
@RestController
@RequestMapping("/api/{municipalityId}/itcost")
@Tag(name = "IT cost", description = "Total IT cost per year: categories, key figures per unit, entity and group")
class ItcostApi {

    private final ItcostReport report;

    ItcostApi(ItcostReport report) {
        this.report = report;
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
