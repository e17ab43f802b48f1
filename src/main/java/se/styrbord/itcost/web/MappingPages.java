package se.styrbord.itcost.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.itcost.Chart;
import se.styrbord.itcost.EntitySetup;
import se.styrbord.itcost.UnitMapping;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;

/** Which unit each ledger object is: per entity, its chart, unit dimension, default unit and objects. */
@Controller
@RequestMapping("/{municipality:\\d{4}}/itcost/mapping")
class MappingPages {

    private final UnitMapping mapping;
    private final Organisation organisation;
    private final MessageSource messages;

    MappingPages(UnitMapping mapping, Organisation organisation, MessageSource messages) {
        this.mapping = mapping;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable String municipality, Model model) {
        model.addAttribute("setups", mapping.setups(MunicipalityCode.of(municipality)));
        return "itcost/mapping";
    }

    @GetMapping("/{org}")
    String entity(@PathVariable String municipality, @PathVariable String org, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        return show(code, mapping.setup(code, org), null, List.of(), model);
    }

    @PostMapping("/{org}")
    String save(
            @PathVariable String municipality,
            @PathVariable String org,
            @RequestParam String chart,
            @RequestParam String unitDimension,
            @RequestParam(required = false) @Nullable String defaultUnit,
            @RequestParam(name = "objectId", defaultValue = "") List<String> objectIds,
            @RequestParam(name = "objectUnit", defaultValue = "") List<String> objectUnits,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        Map<String, String> units = new LinkedHashMap<>();
        for (int i = 0; i < objectIds.size(); i++) {
            units.put(objectIds.get(i), i < objectUnits.size() ? objectUnits.get(i) : "");
        }
        try {
            mapping.save(code, org, Chart.valueOf(chart), unitDimension, defaultUnit, units);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/" + code + "/itcost/mapping/" + org;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(code, mapping.setup(code, org), units, Texts.all(e.violations(), messages, locale), model);
        }
    }

    private String show(
            MunicipalityCode code,
            EntitySetup setup,
            @Nullable Map<String, String> typed,
            List<String> errors,
            Model model) {
        model.addAttribute("setup", setup);
        model.addAttribute("objects", mapping.objects(code, setup.orgNumber()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("charts", Chart.values());
        model.addAttribute(
                "units",
                organisation.units(code).stream()
                        .filter(u -> u.orgNumber().value().equals(setup.orgNumber()))
                        .toList());
        return "itcost/mapping-entity";
    }
}
