package se.styrbord.itcost.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.itcost.Category;
import se.styrbord.itcost.ItcostDrilldown;
import se.styrbord.itcost.ItcostFigures;
import se.styrbord.itcost.ItcostSettings;
import se.styrbord.itcost.ManualInputs;
import se.styrbord.itcost.YearFigures;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

/**
 * Total IT cost for a year: the overview with its charts and tables, a page per unit, and the
 * drill-down from every figure to its categories, accounts, manual entries and voucher rows.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/itcost")
class ItcostPages {

    private final ItcostFigures figures;
    private final ItcostDrilldown drilldown;
    private final ManualInputs manual;
    private final ItcostSettings settings;
    private final Organisation organisation;
    private final MessageSource messages;
    private final JsonMapper json;

    ItcostPages(
            ItcostFigures figures,
            ItcostDrilldown drilldown,
            ManualInputs manual,
            ItcostSettings settings,
            Organisation organisation,
            MessageSource messages,
            JsonMapper json) {
        this.figures = figures;
        this.drilldown = drilldown;
        this.manual = manual;
        this.settings = settings;
        this.organisation = organisation;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String latest(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        List<Integer> years = figures.years(code);
        if (years.isEmpty()) {
            return "itcost/empty";
        }
        return "redirect:/" + code + "/itcost/" + years.getLast();
    }

    @GetMapping("/{year:\\d{4}}")
    String overview(@PathVariable String municipality, @PathVariable int year, Model model, Locale locale) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        YearFigures y = figures.year(code, year);
        model.addAttribute("y", y);
        model.addAttribute("year", year);
        model.addAttribute("charts", json.writeValueAsString(charts(y, locale)).replace("<", "\\u003c"));
        model.addAttribute("entityNames", entityNames(code));
        return "itcost/overview";
    }

    @GetMapping("/{year:\\d{4}}/units/{unit}")
    String unit(@PathVariable String municipality, @PathVariable int year, @PathVariable String unit, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        YearFigures y = figures.year(code, year);
        YearFigures.UnitFigures u = y.units().stream()
                .filter(x -> x.code().equals(unit))
                .findFirst()
                .orElseThrow(() -> new NotFound("unit", unit));
        model.addAttribute("y", y);
        model.addAttribute("year", year);
        model.addAttribute("u", u);
        return "itcost/unit";
    }

    /** A category's accounts and manual entries, of one unit or of all. */
    @GetMapping("/{year:\\d{4}}/lines")
    String lines(
            @PathVariable String municipality,
            @PathVariable int year,
            @RequestParam String category,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String entity,
            Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        Category c = Category.valueOf(category);
        String org = entity == null || entity.isBlank() ? null : entity;
        String unitCode = unit == null || unit.isBlank() ? (org == null ? null : "") : unit;
        model.addAttribute("year", year);
        model.addAttribute("category", c);
        model.addAttribute("unit", unitCode);
        model.addAttribute("entity", org);
        model.addAttribute(
                "unitName",
                unitCode == null || unitCode.isEmpty()
                        ? null
                        : organisation
                                .findUnit(code, unitCode)
                                .map(u -> u.name())
                                .orElse(unitCode));
        model.addAttribute("lines", drilldown.lines(code, year, c, unitCode, org));
        model.addAttribute("entityNames", entityNames(code));
        model.addAttribute(
                "staff",
                c == Category.LOCAL_IT_STAFF
                        ? manual.localStaff(code, year).stream()
                                .filter(s -> unitCode == null || s.unitCode().equals(unitCode))
                                .toList()
                        : List.of());
        model.addAttribute(
                "shadow",
                c == Category.SHADOW_IT
                        ? manual.shadow(code, year).stream()
                                .filter(s -> unitCode == null || s.unitCode().equals(unitCode))
                                .toList()
                        : List.of());
        return "itcost/lines";
    }

    @GetMapping("/{year:\\d{4}}/unclassified")
    String unclassified(@PathVariable String municipality, @PathVariable int year, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        model.addAttribute("year", year);
        model.addAttribute("accounts", drilldown.unclassified(code, year, 50));
        model.addAttribute("entityNames", entityNames(code));
        return "itcost/unclassified";
    }

    @GetMapping("/internal")
    String internal(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        var byUnit = drilldown.internalInvoicing(code);
        TreeSet<Integer> years = new TreeSet<>();
        byUnit.values().forEach(m -> years.addAll(m.keySet()));
        Map<String, String> names = new LinkedHashMap<>();
        organisation.units(code).forEach(u -> names.put(u.code(), u.name()));
        model.addAttribute("byUnit", byUnit);
        model.addAttribute("years", new ArrayList<>(years));
        model.addAttribute("unitNames", names);
        return "itcost/internal";
    }

    @PostMapping("/settings")
    String saveThreshold(
            @PathVariable String municipality,
            @RequestParam String threshold,
            @RequestParam int year,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            BigDecimal percent = new BigDecimal(threshold.strip().replace(',', '.'));
            settings.setFlagThreshold(code, percent.movePointLeft(2));
            redirect.addFlashAttribute("thresholdSaved", true);
        } catch (NumberFormatException | InvalidInput e) {
            redirect.addFlashAttribute("thresholdError", threshold);
        }
        return "redirect:/" + code + "/itcost/" + year + "#equality";
    }

    private Map<String, String> entityNames(MunicipalityCode code) {
        Map<String, String> names = new LinkedHashMap<>();
        organisation.entities(code).forEach(e -> names.put(e.orgNumber().value(), e.name()));
        return names;
    }

    /** The data of the three charts; each is also shown as a table on the page. */
    private Map<String, Object> charts(YearFigures y, Locale locale) {
        Map<String, Object> charts = new LinkedHashMap<>();
        var a = y.group().amounts();
        charts.put(
                "composition",
                List.of(
                        point(text("itcost.category.CENTRAL_IT", locale), a.central()),
                        point(text("itcost.category.EXTERNAL_IT", locale), a.external()),
                        point(text("itcost.category.LOCAL_IT_STAFF", locale), a.localStaff()),
                        point(text("itcost.category.SHADOW_IT", locale), a.shadow())));
        List<String> names = new ArrayList<>();
        List<Object> shares = new ArrayList<>();
        for (YearFigures.UnitFigures u : y.units()) {
            if (!u.isUnmapped() && u.figures().itShareOfTurnover() != null) {
                names.add(u.name());
                shares.add(u.figures().itShareOfTurnover().percent(3));
            }
        }
        charts.put("perTurnover", Map.of("units", names, "percent", shares));
        List<Integer> years = new ArrayList<>();
        List<Object> total = new ArrayList<>();
        List<Object> central = new ArrayList<>();
        List<Object> digitalisation = new ArrayList<>();
        for (YearFigures.YearPoint p : y.trend()) {
            years.add(p.year());
            total.add(p.amounts().total().amount());
            central.add(p.amounts().central().amount());
            digitalisation.add(p.amounts().digitalisation().amount());
        }
        charts.put(
                "trend",
                Map.of(
                        "years",
                        years,
                        "series",
                        List.of(
                                Map.of("name", text("itcost.total", locale), "data", total),
                                Map.of("name", text("itcost.category.CENTRAL_IT", locale), "data", central),
                                Map.of(
                                        "name",
                                        text("itcost.category.DIGITALISATION", locale),
                                        "data",
                                        digitalisation))));
        charts.put(
                "labels",
                Map.of(
                        "percentOfTurnover", text("itcost.chart.percentOfTurnover", locale),
                        "sek", text("itcost.chart.sek", locale)));
        return charts;
    }

    private static Map<String, Object> point(String name, se.styrbord.shared.Money amount) {
        return Map.of("name", name, "value", amount.amount());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
