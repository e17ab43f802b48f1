package se.styrbord.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.LedgerConsumption;
import se.styrbord.catalogue.LedgerSource;
import se.styrbord.catalogue.LedgerUsePreview;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.Violation;

/**
 * Consumption from the internal invoicing in the ledgers: each service's source (account range and
 * object) as a table to edit, and a year's preview, figure by figure down to the voucher rows, with
 * the rows that could not become use, to save in place of the year's use of those services.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/catalogue/ledger")
class LedgerUsePages {

    /** A row of the sources table: a service with its source as saved or typed. */
    record SourceRow(String code, String name, String accounts, String object) {}

    private final LedgerConsumption consumption;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final MessageSource messages;

    LedgerUsePages(
            LedgerConsumption consumption, Catalogue catalogue, Organisation organisation, MessageSource messages) {
        this.consumption = consumption;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping
    String preview(
            @PathVariable String municipality, @RequestParam(required = false) @Nullable Integer year, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        return show(code, year == null ? defaultYear(code) : year, Map.of(), model);
    }

    @PostMapping
    String save(
            @PathVariable String municipality,
            @RequestParam int year,
            @RequestParam(defaultValue = "") String fingerprint,
            @RequestParam(defaultValue = "false") boolean acceptProblems,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            Catalogue.UseReplaced saved = consumption.save(code, year, fingerprint, acceptProblems);
            int figures = saved.after().values().stream()
                    .mapToInt(Catalogue.UseTotal::figures)
                    .sum();
            redirect.addFlashAttribute(
                    "saved",
                    messages.getMessage(
                            "ledgeruse.saved",
                            new Object[] {String.valueOf(year), saved.after().size(), figures, saved.newSignals()},
                            locale));
            return "redirect:/" + code + "/catalogue/ledger?year=" + year;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(code, year, byField(e.violations(), locale), model);
        }
    }

    @GetMapping("/sources")
    String sources(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        Map<String, LedgerSource> saved = consumption.sources(code).stream()
                .collect(Collectors.toMap(LedgerSource::serviceCode, Function.identity()));
        List<SourceRow> rows = services(code).stream()
                .map(s -> {
                    LedgerSource source = saved.get(s.code());
                    return new SourceRow(
                            s.code(),
                            s.name(),
                            source == null ? "" : source.accounts().toString(),
                            source == null || source.object() == null ? "" : source.object());
                })
                .toList();
        return showSources(rows, Map.of(), model);
    }

    @PostMapping("/sources")
    String saveSources(
            @PathVariable String municipality,
            @RequestParam(name = "service", defaultValue = "") List<String> serviceCodes,
            @RequestParam(name = "accounts", defaultValue = "") List<String> accounts,
            @RequestParam(name = "object", defaultValue = "") List<String> objects,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        List<LedgerConsumption.SourceDraft> drafts = new ArrayList<>();
        for (int i = 0; i < serviceCodes.size(); i++) {
            drafts.add(new LedgerConsumption.SourceDraft(serviceCodes.get(i), at(accounts, i), at(objects, i)));
        }
        try {
            List<LedgerSource> saved = consumption.saveSources(code, drafts);
            redirect.addFlashAttribute(
                    "savedSources",
                    messages.getMessage("ledgeruse.sources.saved", new Object[] {saved.size()}, locale));
            return "redirect:/" + code + "/catalogue/ledger/sources";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> names =
                    services(code).stream().collect(Collectors.toMap(ItService::code, ItService::name));
            List<SourceRow> rows = drafts.stream()
                    .map(d -> new SourceRow(
                            d.serviceCode(),
                            names.getOrDefault(d.serviceCode(), d.serviceCode()),
                            d.accounts(),
                            d.object()))
                    .toList();
            return showSources(rows, byField(e.violations(), locale), model);
        }
    }

    private String showSources(List<SourceRow> rows, Map<String, String> errors, Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        return "catalogue/ledger-sources";
    }

    private String show(MunicipalityCode code, int year, Map<String, String> errors, Model model) {
        LedgerUsePreview preview = consumption.preview(code, year);
        List<Integer> years = new ArrayList<>(consumption.ledgerYears(code));
        if (!years.contains(year)) {
            years.add(year);
        }
        years.sort(Comparator.naturalOrder());
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("preview", preview);
        model.addAttribute(
                "imports",
                preview.imports().stream()
                        .collect(Collectors.toMap(i -> i.id(), Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute(
                "unitNames", organisation.units(code).stream().collect(Collectors.toMap(Unit::code, Unit::name)));
        model.addAttribute("errors", errors);
        return "catalogue/ledger-use";
    }

    private List<ItService> services(MunicipalityCode code) {
        return catalogue.services(code).stream()
                .sorted(Comparator.comparing(ItService::name))
                .toList();
    }

    private int defaultYear(MunicipalityCode code) {
        List<Integer> years = consumption.ledgerYears(code);
        return years.isEmpty() ? LocalDate.now().getYear() - 1 : years.getLast();
    }

    /** Messages by field, a table's fields as {@code row.field}; the first message of a field wins. */
    private Map<String, String> byField(List<Violation> violations, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : violations) {
            String key = v.row() == null ? v.field() : v.row() + "." + v.field();
            errors.putIfAbsent(key, messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
        }
        return errors;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }
}
