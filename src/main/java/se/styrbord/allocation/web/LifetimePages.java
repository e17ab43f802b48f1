package se.styrbord.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.allocation.AllocationReport;
import se.styrbord.allocation.AllocationRuns;
import se.styrbord.allocation.AssetLifetime;
import se.styrbord.allocation.AssetLifetimes;
import se.styrbord.allocation.MarkupRenewal;
import se.styrbord.allocation.RunModel;
import se.styrbord.allocation.RunRequest;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.Violation;

/**
 * The group's economic lifetimes of its IT assets beside the renewal period that the catalogue's
 * markup pays for in the latest year with use; a lifetime left empty is the usual one.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/allocation/lifetimes")
class LifetimePages {

    /** A row of the form: the asset class, its years as typed or set, its usual years and, when known, the markup's verdict. */
    record Row(String assetClass, String years, int usualYears, MarkupRenewal.@Nullable Lifetime renewal) {}

    private final AssetLifetimes lifetimes;
    private final AllocationRuns runs;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final MessageSource messages;

    LifetimePages(
            AssetLifetimes lifetimes,
            AllocationRuns runs,
            Catalogue catalogue,
            Organisation organisation,
            MessageSource messages) {
        this.lifetimes = lifetimes;
        this.runs = runs;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping
    String lifetimes(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        Map<String, String> typed = new LinkedHashMap<>();
        lifetimes.of(code).forEach(l -> typed.put(l.assetClass(), l.isDefault() ? "" : String.valueOf(l.years())));
        return show(code, typed, Map.of(), model);
    }

    @PostMapping
    String save(
            @PathVariable String municipality,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, @Nullable Integer> years = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (AssetLifetime usual : AssetLifetime.DEFAULTS) {
            String text = Optional.ofNullable(form.getFirst(usual.assetClass()))
                    .orElse("")
                    .strip();
            typed.put(usual.assetClass(), text);
            if (text.isEmpty()) {
                years.put(usual.assetClass(), null);
            } else if (text.matches("\\d{1,3}")) {
                years.put(usual.assetClass(), Integer.parseInt(text));
            } else {
                errors.put(usual.assetClass(), text("allocation.lifetimes.range", locale, AssetLifetime.MAX_YEARS));
            }
        }
        try {
            if (errors.isEmpty()) {
                lifetimes.save(code, years);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/" + code + "/allocation/lifetimes";
            }
        } catch (InvalidInput e) {
            for (Violation v : e.violations()) {
                errors.put(
                        v.field().substring(v.field().indexOf('.') + 1),
                        text(v.code(), locale, v.args().toArray()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(code, typed, errors, model);
    }

    private String show(MunicipalityCode code, Map<String, String> typed, Map<String, String> errors, Model model) {
        Optional<Integer> year = catalogue.useYears(code).stream().reduce((a, b) -> b);
        Optional<MarkupRenewal> renewal = year.flatMap(y -> markupIn(code, y));
        List<Row> rows = lifetimes.of(code).stream()
                .map(l -> new Row(
                        l.assetClass(),
                        typed.getOrDefault(l.assetClass(), ""),
                        AssetLifetime.defaultOf(l.assetClass()).orElseThrow().years(),
                        renewal.map(r -> r.against(List.of(l)).getFirst()).orElse(null)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("year", year.orElse(null));
        model.addAttribute("renewal", renewal.orElse(null));
        return "allocation/lifetimes";
    }

    /** The markup the price list charged on the year's use, as chargeback reports it; empty when it cannot be told. */
    private Optional<MarkupRenewal> markupIn(MunicipalityCode code, int year) {
        try {
            AllocationReport report = runs.calculate(code, new RunRequest(year, RunModel.CHARGEBACK, null, null));
            return report.renewal();
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
