package se.styrbord.allocation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styrbord.allocation.AllocationReport;
import se.styrbord.allocation.ReportUnit;
import se.styrbord.shared.Money;
import tools.jackson.databind.json.JsonMapper;

/** The comparison chart as an ECharts option: each unit's difference, savings green to the left, increases red to the right. */
final class Charts {

    private Charts() {}

    static String differences(AllocationReport report, String seriesName, JsonMapper json) {
        List<ReportUnit> units = report.hasCurrent()
                ? report.byDifference().reversed()
                : report.units().reversed();
        List<Map<String, Object>> data = units.stream()
                .map(u -> {
                    Money value = report.hasCurrent() ? u.difference().orElseThrow() : u.amount();
                    return Map.<String, Object>of(
                            "value",
                            value.amount(),
                            "itemStyle",
                            Map.of("color", value.isNegative() ? "#1e6b33" : "#a4161a"));
                })
                .toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 230, "right", 40, "top", 20, "bottom", 30));
        option.put("xAxis", Map.of("type", "value"));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        units.stream().map(ReportUnit::name).toList()));
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName, "data", data)));
        return json.writeValueAsString(option).replace("<", "\\u003c");
    }
}
