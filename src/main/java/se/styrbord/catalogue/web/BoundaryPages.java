package se.styrbord.catalogue.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import se.styrbord.catalogue.BoundaryPoint;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.DemandClass;
import se.styrbord.catalogue.VolatilityThresholds;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The boundary of buy/sell (report Figures 7 and 9): the year's services by the value of their use
 * and their volatility, with the thresholds drawn, as a chart and a table; the thresholds can be
 * changed here.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/catalogue/boundary")
class BoundaryPages {

    private final Catalogue catalogue;
    private final Organisation organisation;
    private final MessageSource messages;
    private final JsonMapper json;

    BoundaryPages(Catalogue catalogue, Organisation organisation, MessageSource messages, JsonMapper json) {
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String boundary(
            @PathVariable String municipality,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        int shown = year == null ? CataloguePages.defaultYear(catalogue, code) : year;
        List<BoundaryPoint> points = catalogue.boundary(code, shown).stream()
                .sorted(Comparator.comparing((BoundaryPoint p) -> p.volatility()
                                .map(v -> v.coefficientOfVariation())
                                .orElse(Double.MAX_VALUE))
                        .thenComparing(p -> p.service().code()))
                .toList();
        VolatilityThresholds thresholds = catalogue.thresholds(code);
        List<Integer> years = catalogue.useYears(code);
        model.addAttribute("year", shown);
        model.addAttribute("years", years.isEmpty() ? List.of(shown) : years);
        model.addAttribute("points", points);
        model.addAttribute("stableUpTo", BigDecimal.valueOf(thresholds.stableUpTo()));
        model.addAttribute("fluctuatingFrom", BigDecimal.valueOf(thresholds.fluctuatingFrom()));
        model.addAttribute("chart", chart(points, thresholds, locale));
        return "catalogue/boundary";
    }

    @PostMapping("/thresholds")
    String thresholds(
            @PathVariable String municipality,
            @RequestParam String stableUpTo,
            @RequestParam String fluctuatingFrom,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            int signals = catalogue.saveThresholds(code, fraction(stableUpTo), fraction(fluctuatingFrom));
            redirect.addFlashAttribute("saved", messages.getMessage("boundary.saved", new Object[] {signals}, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("thresholdError", Texts.all(e.violations(), messages, locale));
        }
        return "redirect:/" + code + "/catalogue/boundary" + (year == null ? "" : "?year=" + year);
    }

    private static BigDecimal fraction(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("stableUpTo", "catalogue.thresholds.invalid");
        }
    }

    private String chart(List<BoundaryPoint> points, VolatilityThresholds thresholds, Locale locale) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (DemandClass demandClass : DemandClass.values()) {
            List<List<Object>> data = points.stream()
                    .filter(p -> p.demandClass().orElse(null) == demandClass)
                    .map(p -> List.<Object>of(
                            p.value().amount(),
                            p.volatility().orElseThrow().rounded(),
                            p.service().name()))
                    .toList();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("type", "scatter");
            s.put("name", messages.getMessage("demandClass." + demandClass, null, locale));
            s.put("data", data);
            s.put("symbolSize", 12);
            s.put("color", demandClass == DemandClass.STABLE ? "#1e6b33" : "#a4161a");
            s.put("symbol", demandClass == DemandClass.STABLE ? "circle" : "triangle");
            if (demandClass == DemandClass.STABLE) {
                s.put(
                        "markLine",
                        Map.of(
                                "symbol",
                                "none",
                                "lineStyle",
                                Map.of("color", "#1b1f24", "type", "dashed"),
                                "data",
                                List.of(
                                        Map.of(
                                                "yAxis",
                                                thresholds.stableUpTo(),
                                                "name",
                                                messages.getMessage("boundary.stableUpTo", null, locale)),
                                        Map.of(
                                                "yAxis",
                                                thresholds.fluctuatingFrom(),
                                                "name",
                                                messages.getMessage("boundary.fluctuatingFrom", null, locale)))));
            }
            series.add(s);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("legend", Map.of("top", 0));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("grid", Map.of("left", 70, "right", 120, "top", 40, "bottom", 50));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "log",
                        "name",
                        messages.getMessage("boundary.axis.value", null, locale),
                        "nameLocation",
                        "middle",
                        "nameGap",
                        28));
        option.put(
                "yAxis",
                Map.of("type", "value", "name", messages.getMessage("boundary.axis.cv", null, locale), "min", 0));
        option.put("series", series);
        return Texts.scriptSafe(json.writeValueAsString(option));
    }
}
