package se.styrbord.organisation.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;

/** Pages to list, create, edit and deactivate units and to register legal entities. */
@Controller
@RequestMapping("/{municipality:\\d{4}}/organisation")
class UnitPages {

    private final Organisation organisation;
    private final MessageSource messages;

    UnitPages(Organisation organisation, MessageSource messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    @ModelAttribute("unitTypes")
    UnitType[] unitTypes() {
        return UnitType.values();
    }

    @GetMapping
    String list(@PathVariable String municipality, @RequestParam(defaultValue = "false") boolean all, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        LocalDate today = LocalDate.now();
        List<Unit> units = organisation.units(code).stream()
                .filter(u -> all || u.isActive(today))
                .sorted(Comparator.comparing(Unit::type).thenComparing(Unit::name))
                .toList();
        model.addAttribute("units", units);
        model.addAttribute("all", all);
        model.addAttribute("entities", organisation.entities(code));
        model.addAttribute("today", today);
        return "organisation/units";
    }

    @GetMapping("/units/new")
    String newUnit(@PathVariable String municipality, Model model) {
        return form(MunicipalityCode.of(municipality), UnitForm.empty(), true, model);
    }

    @PostMapping("/units")
    String create(
            @PathVariable String municipality,
            @ModelAttribute UnitForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            Unit unit = organisation.createUnit(code, form.draft());
            redirect.addFlashAttribute("saved", unit.name());
            return "redirect:/" + code + "/organisation/units/" + unit.code();
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", Messages.byField(e.violations(), messages, locale));
            return form(code, form, true, model);
        }
    }

    @GetMapping("/units/{unitCode}")
    String edit(@PathVariable String municipality, @PathVariable String unitCode, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        Unit unit = organisation.getUnit(code, unitCode);
        return form(code, UnitForm.of(se.styrbord.organisation.UnitDraft.of(unit)), false, model);
    }

    @PostMapping("/units/{unitCode}")
    String update(
            @PathVariable String municipality,
            @PathVariable String unitCode,
            @ModelAttribute UnitForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        UnitForm same = new UnitForm(
                unitCode,
                form.name(),
                form.type(),
                form.orgNumber(),
                form.parentCode(),
                form.validFrom(),
                form.validTo());
        try {
            organisation.updateUnit(code, same.draft());
            redirect.addFlashAttribute("saved", form.name());
            return "redirect:/" + code + "/organisation/units/" + unitCode;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", Messages.byField(e.violations(), messages, locale));
            return form(code, same, false, model);
        }
    }

    @PostMapping("/units/{unitCode}/deactivate")
    String deactivate(
            @PathVariable String municipality,
            @PathVariable String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            Locale locale,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            organisation.deactivateUnit(code, unitCode, lastDay == null ? LocalDate.now() : lastDay);
            redirect.addFlashAttribute("saved", unitCode);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "deactivateError", Messages.text(e.violations().getFirst(), messages, locale));
        }
        return "redirect:/" + code + "/organisation/units/" + unitCode;
    }

    @PostMapping("/entities")
    String addEntity(
            @PathVariable String municipality,
            @RequestParam String orgNumber,
            @RequestParam String name,
            @RequestParam EntityKind kind,
            Locale locale,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            organisation.addEntity(code, new LegalEntity(OrgNumber.parse(orgNumber), name.strip(), kind));
            redirect.addFlashAttribute("saved", name);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(
                    "entityError", messages.getMessage("orgNumber.invalid", new Object[] {orgNumber}, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "entityError", Messages.text(e.violations().getFirst(), messages, locale));
        }
        return "redirect:/" + code + "/organisation";
    }

    @PostMapping("/entities/{orgNumber}")
    String renameEntity(
            @PathVariable String municipality,
            @PathVariable String orgNumber,
            @RequestParam String name,
            Locale locale,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        try {
            organisation.renameEntity(code, OrgNumber.parse(orgNumber), name);
            redirect.addFlashAttribute("saved", name);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "entityError", Messages.text(e.violations().getFirst(), messages, locale));
        }
        return "redirect:/" + code + "/organisation";
    }

    private String form(MunicipalityCode code, UnitForm form, boolean isNew, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("entities", organisation.entities(code));
        model.addAttribute(
                "parents",
                organisation.units(code).stream()
                        .filter(u -> !u.code().equals(form.code()))
                        .sorted(Comparator.comparing(Unit::name))
                        .toList());
        if (!isNew && form.code() != null) {
            model.addAttribute("facts", organisation.factsOf(code, form.code()));
            model.addAttribute("unit", organisation.getUnit(code, form.code()));
        }
        return "organisation/unit";
    }
}
