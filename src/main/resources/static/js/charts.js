// Draws each chart from the ECharts option in the JSON block its element names (data-chart).
// The same figures are always in a table next to the chart, for those who cannot see it.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof echarts === "undefined") {
    return;
  }
  document.querySelectorAll("[data-chart]").forEach((element) => {
    const source = document.getElementById(element.dataset.chart);
    if (!source) {
      return;
    }
    const chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption(JSON.parse(source.textContent));
    window.addEventListener("resize", () => chart.resize());
  });
});
