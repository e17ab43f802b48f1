package se.styrbord.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
import se.styrbord.allocation.FixedShares;
import se.styrbord.allocation.ShareDecisions;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.shared.Figures;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.Violation;

/**
 * A year's fixed shares as decided: each unit that shares the pool with its share in percent, the
 * running sum, and the decision; saved all at once or not at all.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/allocation/shares")
class SharePages {

    /**
     * A row of the form: the unit (null when the register no longer knows it), its share as typed or
     * stored, and whether it shares the year's pool.
     */
    record Row(String code, @Nullable Unit unit, String percent, boolean sharing) {

        public String name() {
            return unit == null ? code : unit.name();
        }
    }

    /** An error of the form, the anchor of the field it concerns and the sentence. */
    record FieldError(String anchor, String text) {}

    private final ShareDecisions decisions;
    private final Organisation organisation;
    private final MessageSource messages;

    SharePages(ShareDecisions decisions, Organisation organisation, MessageSource messages) {
        this.decisions = decisions;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** The year's shares; a year without shares may start from another year's ({@code from}). */
    @GetMapping
    String shares(
            @PathVariable String municipality,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer from,
            Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        int shown = year == null ? defaultYear(code) : year;
        Optional<FixedShares> stored = decisions.find(code, shown);
        Optional<FixedShares> start = stored.isPresent() || from == null ? stored : decisions.find(code, from);
        Map<String, String> given = new LinkedHashMap<>();
        start.ifPresent(shares ->
                shares.shares().forEach(s -> given.put(s.unitCode(), s.percent() == null ? "" : shown(s.percent()))));
        List<Row> rows = rows(code, shown, given);
        model.addAttribute("stored", stored.isPresent());
        model.addAttribute("copiedFrom", stored.isEmpty() && start.isPresent() ? from : null);
        return show(code, shown, start.map(FixedShares::decision).orElse(""), rows, Map.of(), model);
    }

    @PostMapping
    String save(
            @PathVariable String municipality,
            @RequestParam int year,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        // Read as a map of lists: a single "12,5" bound to a List<String> would be split at its comma.
        String decision = Optional.ofNullable(form.getFirst("decision")).orElse("");
        List<String> unitCodes = form.getOrDefault("unit", List.of());
        List<String> percents = form.getOrDefault("percent", List.of());
        List<String> sharing =
                decisions.sharing(code, year).stream().map(Unit::code).toList();
        List<FixedShares.UnitShare> shares = new ArrayList<>();
        List<Violation> unreadable = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < unitCodes.size(); i++) {
            String unit = unitCodes.get(i);
            String text = i < percents.size() ? percents.get(i).strip() : "";
            typed.put(unit, text);
            if (text.isEmpty() && !sharing.contains(unit)) {
                continue;
            }
            BigDecimal percent = parse(text);
            if (percent == null && !text.isEmpty()) {
                unreadable.add(Violation.of("shares." + unit, "allocation.shares.number", text));
            }
            shares.add(new FixedShares.UnitShare(unit, percent));
        }
        List<Row> rows = rows(code, year, typed);
        try {
            // A share that could not be read is null, which the rules refuse: nothing is saved then.
            decisions.save(code, new FixedShares(year, decision, shares));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/" + code + "/allocation/shares?year=" + year;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            unreadable.forEach(v -> errors.put(v.field(), text(v, locale)));
            for (Violation v : e.violations()) {
                boolean saidAlready = v.code().equals("allocation.shares.required") && errors.containsKey(v.field());
                if (!saidAlready) {
                    errors.merge(v.field(), text(v, locale), (a, b) -> a + " " + b);
                }
            }
            model.addAttribute("stored", decisions.find(code, year).isPresent());
            return show(code, year, decision, rows, errors, model);
        }
    }

    private String show(
            MunicipalityCode code, int year, String decision, List<Row> rows, Map<String, String> errors, Model model) {
        TreeSet<Integer> years = new TreeSet<>(decisions.years(code));
        model.addAttribute("year", year);
        model.addAttribute("years", List.copyOf(years));
        model.addAttribute(
                "previous",
                years.headSet(year, false).isEmpty()
                        ? null
                        : years.headSet(year, false).last());
        model.addAttribute("decision", decision);
        model.addAttribute("rows", rows);
        BigDecimal sum = sum(rows);
        model.addAttribute("sum", sum);
        model.addAttribute("exact", sum != null && sum.compareTo(FixedShares.WHOLE) == 0);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errorList(rows, errors));
        return "allocation/shares";
    }

    /** The units that share the year's pool, then any other unit that has a share (to be taken out). */
    private List<Row> rows(MunicipalityCode code, int year, Map<String, String> given) {
        List<Row> rows = new ArrayList<>();
        List<Unit> sharing = decisions.sharing(code, year).stream()
                .sorted(Comparator.comparing(Unit::type).thenComparing(Unit::name))
                .toList();
        for (Unit unit : sharing) {
            rows.add(new Row(unit.code(), unit, given.getOrDefault(unit.code(), ""), true));
        }
        given.keySet().stream()
                .filter(c -> sharing.stream().noneMatch(u -> u.code().equals(c)))
                .sorted()
                .forEach(c -> rows.add(new Row(c, organisation.findUnit(code, c).orElse(null), given.get(c), false)));
        return rows;
    }

    private List<FieldError> errorList(List<Row> rows, Map<String, String> errors) {
        List<FieldError> list = new ArrayList<>();
        errors.forEach((field, text) -> {
            String anchor =
                    "decision".equals(field) ? "decision" : "sum".equals(field) ? "share-status" : "year-choice";
            for (int i = 0; i < rows.size(); i++) {
                if (field.equals("shares." + rows.get(i).code())) {
                    anchor = "share-" + (i + 1);
                }
            }
            list.add(new FieldError(anchor, text));
        });
        return list;
    }

    /** Σ of the shares that can be read, in percent; missing when none can. */
    private static @Nullable BigDecimal sum(List<Row> rows) {
        List<BigDecimal> read = rows.stream()
                .map(r -> parse(r.percent()))
                .filter(java.util.Objects::nonNull)
                .toList();
        return read.isEmpty() ? null : read.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A percent as typed: "12,5", "12.5", "12,5 %"; null when it is not a number. */
    static @Nullable BigDecimal parse(String text) {
        return Figures.parse(text.replace("%", ""));
    }

    private static String shown(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private String text(Violation v, Locale locale) {
        return messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
    }

    private int defaultYear(MunicipalityCode code) {
        List<Integer> years = decisions.years(code);
        if (!years.isEmpty()) {
            return years.getLast();
        }
        List<Integer> facts = organisation.factYears(code);
        return facts.isEmpty() ? LocalDate.now().getYear() - 1 : facts.getLast();
    }
}
