package se.styrbord.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.organisation.FactsFile;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;

/**
 * The yearly-facts table: edited in place for a year (the whole table saved at once, all or
 * nothing), imported and exported as XLSX or CSV, with a template to fill in.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/organisation/facts")
class FactsPages {

    private final Organisation organisation;
    private final MessageSource messages;

    FactsPages(Organisation organisation, MessageSource messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    /** A row of the grid: the unit and the cells as typed (or as stored). */
    record GridRow(Unit unit, String turnover, String employees, String fte) {}

    @GetMapping
    String table(
            @PathVariable String municipality,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        int shown = year == null ? defaultYear(code) : year;
        Map<String, YearlyFacts> stored = organisation.facts(code, shown).stream()
                .collect(Collectors.toMap(YearlyFacts::unitCode, Function.identity()));
        List<GridRow> rows = units(code, shown).stream()
                .map(u -> stored.containsKey(u.code()) ? row(u, stored.get(u.code())) : new GridRow(u, "", "", ""))
                .toList();
        return show(code, shown, rows, Map.of(), htmx != null, model);
    }

    @PostMapping
    String save(
            @PathVariable String municipality,
            @RequestParam int year,
            @RequestParam(name = "unit", defaultValue = "") List<String> unitCodes,
            @RequestParam(name = "turnover", defaultValue = "") List<String> turnover,
            @RequestParam(name = "employees", defaultValue = "") List<String> employees,
            @RequestParam(name = "fte", defaultValue = "") List<String> fte,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        Map<String, Unit> units =
                organisation.units(code).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        List<List<String>> table = new ArrayList<>();
        table.add(FactsFile.HEADERS);
        List<GridRow> typed = new ArrayList<>();
        for (int i = 0; i < unitCodes.size(); i++) {
            String t = at(turnover, i), e = at(employees, i), f = at(fte, i);
            table.add(List.of(unitCodes.get(i), "", String.valueOf(year), t, e, f));
            Unit unit = units.get(unitCodes.get(i));
            if (unit != null) {
                typed.add(new GridRow(unit, t, e, f));
            }
        }
        try {
            int changed = organisation.saveFacts(code, FactsFile.fromRows(table));
            model.addAttribute("savedCount", changed);
            return table(municipality, year, htmx, model);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = Messages.byField(
                    e.violations().stream()
                            .map(v -> v.row() == null
                                    ? v
                                    : new se.styrbord.shared.Violation(v.field(), v.row() - 1, v.code(), v.args()))
                            .toList(),
                    messages,
                    locale);
            return show(code, year, typed, errors, htmx != null, model);
        }
    }

    @GetMapping("/export")
    void export(
            @PathVariable String municipality,
            @RequestParam int year,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "false") boolean template,
            HttpServletResponse response)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        FactsFile.Format fileFormat = FactsFile.Format.valueOf(format.toUpperCase(Locale.ROOT));
        Map<String, YearlyFacts> stored = template
                ? Map.of()
                : organisation.facts(code, year).stream()
                        .collect(Collectors.toMap(YearlyFacts::unitCode, Function.identity()));
        List<FactsFile.Line> lines = units(code, year).stream()
                .map(u -> new FactsFile.Line(u.code(), u.name(), year, stored.get(u.code())))
                .toList();
        String name = (template ? "arsfakta-mall-" : "arsfakta-") + code + "-" + year + "."
                + fileFormat.name().toLowerCase(Locale.ROOT);
        response.setContentType(
                fileFormat == FactsFile.Format.CSV
                        ? "text/csv;charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        FactsFile.write(lines, fileFormat, response.getOutputStream());
    }

    @PostMapping("/import")
    String importFile(
            @PathVariable String municipality,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            FactsFile.Format format = FactsFile.Format.ofFileName(fileName);
            List<YearlyFacts> rows = FactsFile.read(file.getInputStream(), format);
            int changed = organisation.saveFacts(code, rows);
            redirect.addFlashAttribute("importedCount", changed);
            redirect.addFlashAttribute("importedFile", fileName);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("importFile", fileName);
            redirect.addFlashAttribute(
                    "importErrors",
                    e.violations().stream()
                            .map(v -> Messages.text(v, messages, locale))
                            .toList());
        }
        return "redirect:/" + code + "/organisation/facts" + (year == null ? "" : "?year=" + year);
    }

    private String show(
            MunicipalityCode code,
            int year,
            List<GridRow> rows,
            Map<String, String> errors,
            boolean fragment,
            Model model) {
        List<Integer> years = new ArrayList<>(organisation.factYears(code));
        if (!years.contains(year)) {
            years.add(year);
        }
        years.sort(Comparator.naturalOrder());
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        return fragment ? "organisation/facts :: grid" : "organisation/facts";
    }

    private List<Unit> units(MunicipalityCode code, int year) {
        return organisation.unitsIn(code, year).stream()
                .sorted(Comparator.comparing(Unit::type).thenComparing(Unit::name))
                .toList();
    }

    private int defaultYear(MunicipalityCode code) {
        List<Integer> years = organisation.factYears(code);
        return years.isEmpty() ? LocalDate.now().getYear() - 1 : years.getLast();
    }

    private static GridRow row(Unit unit, YearlyFacts f) {
        return new GridRow(
                unit,
                f.turnover() == null
                        ? ""
                        : f.turnover().amount().toPlainString().replace('.', ','),
                f.employees() == null ? "" : f.employees().toString(),
                f.fte() == null ? "" : f.fte().toPlainString().replace('.', ','));
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }
}
