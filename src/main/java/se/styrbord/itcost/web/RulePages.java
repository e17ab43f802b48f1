package se.styrbord.itcost.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.itcost.Category;
import se.styrbord.itcost.Chart;
import se.styrbord.itcost.ItcostRules;
import se.styrbord.itcost.Rule;
import se.styrbord.itcost.RuleDraft;
import se.styrbord.itcost.RuleVersion;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;

/**
 * The rule editor: the versions of each chart's rule set, and a version's rules as a table. A change
 * is first shown as what it moves between categories; only then can it be saved.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/itcost/rules")
class RulePages {

    static final int EMPTY_ROWS = 3;

    private final ItcostRules rules;
    private final Organisation organisation;
    private final MessageSource messages;

    RulePages(ItcostRules rules, Organisation organisation, MessageSource messages) {
        this.rules = rules;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        model.addAttribute("versions", rules.versions(code));
        model.addAttribute("charts", Chart.values());
        return "itcost/rules";
    }

    @PostMapping("/new")
    String newVersion(
            @PathVariable String municipality,
            @RequestParam String chart,
            @RequestParam String fromYear,
            RedirectAttributes redirect,
            Locale locale) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            RuleVersion v = rules.newVersion(code, Chart.valueOf(chart), Integer.parseInt(fromYear.strip()));
            return "redirect:/" + code + "/itcost/rules/" + v.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "error", Texts.all(e.violations(), messages, locale).getFirst());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute(
                    "error", messages.getMessage("itcost.rules.year", new Object[] {fromYear}, locale));
        }
        return "redirect:/" + code + "/itcost/rules";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String municipality, @PathVariable long id, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        RuleVersion version = rules.version(code, id);
        List<RuleDraft> drafts =
                new ArrayList<>(version.rules().stream().map(RuleDraft::of).toList());
        return show(code, version, drafts, null, List.of(), model);
    }

    /** {@code action} is "preview" (show what moves) or "save" (only offered after a preview). */
    @PostMapping("/{id}")
    String post(
            @PathVariable String municipality,
            @PathVariable long id,
            @RequestParam(defaultValue = "preview") String action,
            @RequestParam(name = "ruleId", defaultValue = "") List<String> ids,
            @RequestParam(name = "accounts", defaultValue = "") List<String> accounts,
            @RequestParam(name = "object", defaultValue = "") List<String> objects,
            @RequestParam(name = "unit", defaultValue = "") List<String> units,
            @RequestParam(name = "category", defaultValue = "") List<String> categories,
            @RequestParam(name = "investment", defaultValue = "") List<String> investments,
            @RequestParam(name = "note", defaultValue = "") List<String> notes,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        RuleVersion version = rules.version(code, id);
        List<RuleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            String ruleId = at(ids, i);
            drafts.add(new RuleDraft(
                    ruleId.matches("\\d{1,18}") ? Long.parseLong(ruleId) : 0,
                    at(accounts, i),
                    at(objects, i),
                    at(units, i),
                    at(categories, i),
                    investments.contains(String.valueOf(i)),
                    at(notes, i)));
        }
        List<Rule> parsed;
        try {
            parsed = rules.parse(code, drafts);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(code, version, drafts, null, Texts.all(e.violations(), messages, locale), model);
        }
        if (action.equals("save")) {
            rules.save(code, id, parsed);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/" + code + "/itcost/rules/" + id;
        }
        return show(code, version, drafts, rules.preview(code, id, parsed), List.of(), model);
    }

    private String show(
            MunicipalityCode code,
            RuleVersion version,
            List<RuleDraft> drafts,
            ItcostRules.Preview preview,
            List<String> errors,
            Model model) {
        List<RuleDraft> rows = new ArrayList<>(drafts);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new RuleDraft(0, "", "", "", "", false, ""));
        }
        model.addAttribute("version", version);
        model.addAttribute("rows", rows);
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "categories",
                java.util.Arrays.stream(Category.values())
                        .filter(Category::isRuleCategory)
                        .toList());
        model.addAttribute("units", organisation.units(code));
        return "itcost/rule-edit";
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }
}
