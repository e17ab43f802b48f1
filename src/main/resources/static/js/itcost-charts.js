// Charts of the IT-cost overview, drawn from the JSON beside them; every chart has a table too.
document.addEventListener("DOMContentLoaded", () => {
  const source = document.getElementById("itcost-charts");
  if (!source || typeof echarts === "undefined") {
    return;
  }
  const data = JSON.parse(source.textContent);
  const sv = document.documentElement.lang === "sv";
  const number = new Intl.NumberFormat(sv ? "sv-SE" : "en-GB", { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(sv ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
  const colours = ["#0a5191", "#1e6b33", "#8a4b00", "#6b2d8f", "#a4161a"];
  const draw = (name, option) => {
    const element = document.querySelector(`[data-chart="${name}"]`);
    if (element) {
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(Object.assign({ color: colours, animation: false, aria: { enabled: true } }, option));
      window.addEventListener("resize", () => chart.resize());
    }
  };
  draw("composition", {
    tooltip: { trigger: "item", valueFormatter: (v) => number.format(v) + " kr" },
    legend: { bottom: 0 },
    series: [{ type: "pie", radius: ["35%", "65%"], data: data.composition,
      label: { formatter: (p) => `${p.name}\n${decimal.format(p.percent)} %` } }],
  });
  const perTurnover = data.perTurnover;
  draw("perTurnover", {
    tooltip: { trigger: "axis", valueFormatter: (v) => decimal.format(v) + " %" },
    grid: { left: 220, right: 30, top: 10, bottom: 30 },
    xAxis: { type: "value", name: data.labels.percentOfTurnover, nameLocation: "middle", nameGap: 25 },
    yAxis: { type: "category", data: perTurnover.units, inverse: true },
    series: [{ type: "bar", data: perTurnover.percent }],
  });
  draw("trend", {
    tooltip: { trigger: "axis", valueFormatter: (v) => number.format(v) + " kr" },
    legend: { bottom: 0 },
    grid: { left: 110, right: 30, top: 20, bottom: 50 },
    xAxis: { type: "category", data: data.trend.years.map(String) },
    yAxis: { type: "value", name: data.labels.sek, axisLabel: { formatter: (v) => number.format(v) } },
    series: data.trend.series.map((s) => ({ type: "line", name: s.name, data: s.data })),
  });
});
