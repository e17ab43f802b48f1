package se.styrbord.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.DemandSeries;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.PriceChange;
import se.styrbord.catalogue.ServiceChange;
import se.styrbord.catalogue.ServiceDemand;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.WindowReading;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service: its facts and its price history, each changed by a form with the import's rules, its
 * monthly demand as a chart and a table, its readings and signals.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/catalogue/services/{serviceCode}")
class ServicePages {

    /** A month of the demand table. */
    record DemandMonth(YearMonth month, long quantity) {}

    private final Catalogue catalogue;
    private final MessageSource messages;
    private final JsonMapper json;

    ServicePages(Catalogue catalogue, MessageSource messages, JsonMapper json) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.json = json;
    }

    /** The service's page; {@code priceYear} fills the price form with that year's price. */
    @GetMapping
    String service(
            @PathVariable String municipality,
            @PathVariable String serviceCode,
            @RequestParam(required = false) @Nullable Integer priceYear,
            Locale locale,
            Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        ItService service = catalogue.getService(code, serviceCode);
        List<ServicePrice> prices = catalogue.pricesOf(code, serviceCode);
        model.addAttribute("serviceForm", ServiceChange.of(service));
        model.addAttribute("priceForm", priceForm(prices, priceYear));
        return show(code, serviceCode, locale, model);
    }

    /** Changes the service's facts, all or nothing; the errors are shown next to their fields. */
    @PostMapping
    String changeService(
            @PathVariable String municipality,
            @PathVariable String serviceCode,
            @ModelAttribute ServiceChange form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            catalogue.changeService(code, serviceCode, form);
            redirect.addFlashAttribute("savedService", true);
            return "redirect:/" + code + "/catalogue/services/" + serviceCode;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("serviceForm", form);
            model.addAttribute("serviceErrors", byField(e, locale));
            model.addAttribute("priceForm", priceForm(catalogue.pricesOf(code, serviceCode), null));
            return show(code, serviceCode, locale, model);
        }
    }

    /** Sets the service's price for a year, all or nothing; the errors are shown next to their fields. */
    @PostMapping("/prices")
    String changePrice(
            @PathVariable String municipality,
            @PathVariable String serviceCode,
            @ModelAttribute PriceChange form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            ServicePrice price = catalogue.changePrice(code, serviceCode, form);
            redirect.addFlashAttribute("savedPrice", String.valueOf(price.year()));
            return "redirect:/" + code + "/catalogue/services/" + serviceCode + "?priceYear=" + price.year();
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("serviceForm", ServiceChange.of(catalogue.getService(code, serviceCode)));
            model.addAttribute("priceForm", form);
            model.addAttribute("priceErrors", byField(e, locale));
            return show(code, serviceCode, locale, model);
        }
    }

    private String show(MunicipalityCode code, String serviceCode, Locale locale, Model model) {
        if (!model.containsAttribute("serviceErrors")) {
            model.addAttribute("serviceErrors", Map.of());
        }
        if (!model.containsAttribute("priceErrors")) {
            model.addAttribute("priceErrors", Map.of());
        }
        ServiceDemand demand = catalogue.demandOf(code, serviceCode);
        List<DemandMonth> months = new ArrayList<>();
        demand.series().ifPresent(series -> {
            for (int i = 0; i < series.months().size(); i++) {
                months.add(new DemandMonth(
                        series.monthAt(i), Math.round(series.months().get(i))));
            }
        });
        List<WindowReading> yearly = demand.readings().stream()
                .filter(r -> r.windowEnd().getMonthValue() == 12)
                .toList();
        model.addAttribute("service", demand.service());
        model.addAttribute("prices", catalogue.pricesOf(code, serviceCode));
        model.addAttribute("months", months);
        model.addAttribute("yearly", yearly);
        model.addAttribute(
                "signals",
                catalogue.signals(code).stream()
                        .filter(s -> s.serviceCode().equals(serviceCode))
                        .toList());
        model.addAttribute(
                "chart", demand.series().map(s -> chart(s, demand, locale)).orElse(null));
        return "catalogue/service";
    }

    /** The price form: the year asked for, else the latest year with a price; a year without one starts empty. */
    private static PriceChange priceForm(List<ServicePrice> prices, @Nullable Integer year) {
        if (prices.isEmpty()) {
            return PriceChange.empty(year == null ? LocalDate.now().getYear() : year, null);
        }
        int shown = year == null ? prices.getLast().year() : year;
        return prices.stream()
                .filter(p -> p.year() == shown)
                .findFirst()
                .map(PriceChange::of)
                .orElse(PriceChange.empty(shown, prices.getLast().markup()));
    }

    private Map<String, String> byField(InvalidInput e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations()
                .forEach(v -> errors.merge(
                        v.field(),
                        messages.getMessage(v.code(), v.args().toArray(), v.code(), locale),
                        (a, b) -> a + " " + b));
        return errors;
    }

    private String chart(DemandSeries series, ServiceDemand demand, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < series.months().size(); i++) {
            labels.add(series.monthAt(i).toString());
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 70, "right", 20, "top", 30, "bottom", 40));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", Map.of("type", "value", "name", demand.service().unitOfMeasure(), "min", 0));
        option.put(
                "series",
                List.of(Map.of(
                        "type",
                        "line",
                        "name",
                        messages.getMessage("service.demand", null, locale),
                        "data",
                        series.months().stream().map(Math::round).toList(),
                        "color",
                        "#0a5191")));
        return Texts.scriptSafe(json.writeValueAsString(option));
    }
}
