package se.styrbord.catalogue.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.DemandSeries;
import se.styrbord.catalogue.ServiceDemand;
import se.styrbord.catalogue.WindowReading;
import se.styrbord.shared.MunicipalityCode;
import tools.jackson.databind.json.JsonMapper;

/** One service: its facts, its price history, its monthly demand as a chart and a table, its readings and signals. */
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

    @GetMapping
    String service(@PathVariable String municipality, @PathVariable String serviceCode, Locale locale, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
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
