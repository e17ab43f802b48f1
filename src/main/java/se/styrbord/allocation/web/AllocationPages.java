package se.styrbord.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.allocation.AllocationReport;
import se.styrbord.allocation.AllocationRuns;
import se.styrbord.allocation.ReportPdf;
import se.styrbord.allocation.ReportTexts;
import se.styrbord.allocation.ReportWorkbook;
import se.styrbord.allocation.RunCalculation;
import se.styrbord.allocation.RunModel;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.Violation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison of the current model (chargeback) with a proposed one, unit by unit: calculated
 * on the page for any year and model, stored as a run on request, and exported as XLSX or PDF.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/allocation")
class AllocationPages {

    private final AllocationRuns runs;
    private final Organisation organisation;
    private final Catalogue catalogue;
    private final MessageSource messages;
    private final JsonMapper json;

    AllocationPages(
            AllocationRuns runs,
            Organisation organisation,
            Catalogue catalogue,
            MessageSource messages,
            JsonMapper json) {
        this.runs = runs;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String compare(
            @PathVariable String municipality,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "headcount") String model,
            @RequestParam(defaultValue = "") String pool,
            @RequestParam(defaultValue = "") String hours,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model page,
            HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        Inputs inputs = new Inputs(year == null ? defaultYear(code) : year, model, pool, hours);
        page.addAttribute("inputs", inputs);
        page.addAttribute("years", years(code, inputs.year()));
        page.addAttribute("models", RunModel.values());
        try {
            AllocationReport report = runs.calculate(code, inputs.request());
            show(report, locale, page);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            page.addAttribute("errors", texts(e.violations(), locale));
        }
        return htmx == null ? "allocation/comparison" : "allocation/comparison :: result";
    }

    @PostMapping("/runs")
    String store(
            @PathVariable String municipality,
            @RequestParam int year,
            @RequestParam String model,
            @RequestParam(defaultValue = "") String pool,
            @RequestParam(defaultValue = "") String hours,
            Locale locale,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            AllocationReport report = runs.store(code, new Inputs(year, model, pool, hours).request());
            return "redirect:/" + code + "/allocation/runs/" + report.runId();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("storeErrors", texts(e.violations(), locale));
            return "redirect:/" + code + "/allocation?year=" + year + "&model=" + model;
        }
    }

    @GetMapping("/runs")
    String list(@PathVariable String municipality, Model page) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        page.addAttribute("runs", runs.runs(code));
        return "allocation/runs";
    }

    /** A stored run as stored; with {@code check=true} also calculated again from its stored inputs. */
    @GetMapping("/runs/{id}")
    String stored(
            @PathVariable String municipality,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean check,
            Locale locale,
            Model page) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        AllocationReport report = runs.stored(code, id);
        show(report, locale, page);
        if (check) {
            page.addAttribute("reproduces", RunCalculation.sameFigures(report, runs.reproduce(code, id)));
        }
        return "allocation/comparison";
    }

    @GetMapping("/export")
    void exportCalculated(
            @PathVariable String municipality,
            @RequestParam int year,
            @RequestParam(defaultValue = "headcount") String model,
            @RequestParam(defaultValue = "") String pool,
            @RequestParam(defaultValue = "") String hours,
            @RequestParam(defaultValue = "xlsx") String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        AllocationReport report;
        try {
            report = runs.calculate(code, new Inputs(year, model, pool, hours).request());
        } catch (InvalidInput e) {
            response.sendRedirect(org.springframework.web.util.UriComponentsBuilder.fromPath("/" + code + "/allocation")
                    .queryParam("year", year)
                    .queryParam("model", model)
                    .queryParam("pool", pool)
                    .queryParam("hours", hours)
                    .encode()
                    .toUriString());
            return;
        }
        export(report, format, locale, response);
    }

    @GetMapping("/runs/{id}/export")
    void exportStored(
            @PathVariable String municipality,
            @PathVariable long id,
            @RequestParam(defaultValue = "xlsx") String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        export(runs.stored(MunicipalityCode.of(municipality), id), format, locale, response);
    }

    private void export(AllocationReport report, String format, Locale locale, HttpServletResponse response)
            throws IOException {
        boolean pdf = format.equalsIgnoreCase("pdf");
        String name = "fordelning-" + report.year() + "-" + report.model().slug()
                + (report.runId() == null ? "" : "-korning-" + report.runId()) + (pdf ? ".pdf" : ".xlsx");
        response.setContentType(
                pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        ReportTexts texts = new ReportTexts(messages, locale);
        if (pdf) {
            ReportPdf.write(report, texts, response.getOutputStream());
        } else {
            ReportWorkbook.write(report, texts, response.getOutputStream());
        }
    }

    private void show(AllocationReport report, Locale locale, Model page) {
        page.addAttribute("report", report);
        page.addAttribute(
                "chart",
                Charts.differences(
                        report,
                        messages.getMessage(
                                report.hasCurrent() ? "allocation.difference" : "allocation.proposed", null, locale),
                        json));
    }

    private List<String> texts(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> messages.getMessage(v.code(), v.args().toArray(), v.code(), locale))
                .toList();
    }

    private int defaultYear(MunicipalityCode code) {
        List<Integer> years = catalogue.useYears(code);
        if (!years.isEmpty()) {
            return years.getLast();
        }
        List<Integer> facts = organisation.factYears(code);
        return facts.isEmpty() ? LocalDate.now().getYear() - 1 : facts.getLast();
    }

    private List<Integer> years(MunicipalityCode code, int shown) {
        TreeSet<Integer> years = new TreeSet<>(organisation.factYears(code));
        years.addAll(catalogue.useYears(code));
        years.add(shown);
        return List.copyOf(years);
    }
}
