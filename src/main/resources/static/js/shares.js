// The running sum of the fixed-shares form, in ten-thousandths of a percent so that it is exact.
// The page works without it: the server shows the sum of what was saved or typed.
(() => {
  const SCALE = 10000;
  const read = (text) => {
    const normal = text.replace(/[\s\u00a0%]/g, "").replace("\u2212", "-").replace(",", ".");
    if (normal === "") {
      return 0;
    }
    const match = /^(-?)(\d+)(?:\.(\d{1,4}))?$/.exec(normal);
    if (!match) {
      return null;
    }
    const whole = Number(match[2]) * SCALE + Number((match[3] || "").padEnd(4, "0"));
    return match[1] === "-" ? -whole : whole;
  };
  const show = (units) => {
    const sign = units < 0 ? "-" : "";
    const abs = Math.abs(units);
    const whole = Math.floor(abs / SCALE).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    return sign + whole + "," + String(abs % SCALE).padStart(4, "0");
  };
  const update = (form) => {
    const sum = document.getElementById("share-sum");
    const status = document.getElementById("share-status");
    let total = 0;
    let unreadable = false;
    form.querySelectorAll("input[name=percent]").forEach((input) => {
      const value = read(input.value);
      if (value === null) {
        unreadable = true;
      } else {
        total += value;
      }
    });
    sum.textContent = unreadable ? sum.dataset.missing : show(total) + " %";
    status.classList.remove("field-error");
    if (unreadable) {
      status.textContent = status.dataset.unreadable;
    } else if (total === 100 * SCALE) {
      status.textContent = status.dataset.exact;
    } else if (total < 100 * SCALE) {
      status.textContent = status.dataset.short.replace("{0}", show(100 * SCALE - total));
    } else {
      status.textContent = status.dataset.over.replace("{0}", show(total - 100 * SCALE));
    }
  };
  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("shares-form");
    if (form) {
      form.addEventListener("input", () => update(form));
    }
  });
})();
