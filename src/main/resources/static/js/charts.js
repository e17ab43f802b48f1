// Draws each chart from the ECharts option in the JSON block its element names (data-chart), on
// page load and after htmx has swapped in new content. The same figures are always in a table next
// to the chart, for those who cannot see it.
(() => {
  const draw = (root) => {
    if (typeof echarts === "undefined") {
      return;
    }
    root.querySelectorAll("[data-chart]").forEach((element) => {
      const source = document.getElementById(element.dataset.chart);
      if (!source) {
        return;
      }
      const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: "svg" });
      chart.setOption(JSON.parse(source.textContent), true);
    });
  };
  document.addEventListener("DOMContentLoaded", () => draw(document));
  document.addEventListener("htmx:afterSettle", (event) => draw(event.target));
  window.addEventListener("resize", () => {
    document.querySelectorAll("[data-chart]").forEach((element) => {
      const chart = typeof echarts === "undefined" ? null : echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
