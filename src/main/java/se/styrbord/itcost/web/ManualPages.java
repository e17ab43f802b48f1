package se.styrbord.itcost.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.itcost.ItcostFigures;
import se.styrbord.itcost.ManualInputs;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;

/**
 * The manual inputs: local IT staff and shadow-IT estimates for a year, each a list with a form to
 * add one, a delete per entry and an XLSX/CSV import that saves all rows or none.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/itcost")
class ManualPages {

    private final ManualInputs manual;
    private final ItcostFigures figures;
    private final Organisation organisation;
    private final MessageSource messages;

    ManualPages(ManualInputs manual, ItcostFigures figures, Organisation organisation, MessageSource messages) {
        this.manual = manual;
        this.figures = figures;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/staff")
    String staff(
            @PathVariable String municipality, @RequestParam(required = false) @Nullable Integer year, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        int shown = year(code, year);
        model.addAttribute("entries", manual.localStaff(code, shown));
        return page(code, shown, "staff", model);
    }

    @GetMapping("/shadow")
    String shadow(
            @PathVariable String municipality, @RequestParam(required = false) @Nullable Integer year, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        int shown = year(code, year);
        model.addAttribute("entries", manual.shadow(code, shown));
        return page(code, shown, "shadow", model);
    }

    @PostMapping("/staff")
    String addStaff(
            @PathVariable String municipality,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        return add(
                municipality,
                "staff",
                form,
                locale,
                redirect,
                (code, year) -> manual.addLocalStaff(
                        code,
                        form.getOrDefault("unit", ""),
                        year,
                        form.getOrDefault("role", ""),
                        form.getOrDefault("fte", ""),
                        form.getOrDefault("costPerFte", ""),
                        form.getOrDefault("note", "")));
    }

    @PostMapping("/shadow")
    String addShadow(
            @PathVariable String municipality,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        return add(
                municipality,
                "shadow",
                form,
                locale,
                redirect,
                (code, year) -> manual.addShadow(
                        code,
                        form.getOrDefault("unit", ""),
                        year,
                        form.getOrDefault("amount", ""),
                        form.getOrDefault("what", ""),
                        form.getOrDefault("confidence", ""),
                        form.getOrDefault("source", "")));
    }

    @PostMapping("/staff/{id}/delete")
    String deleteStaff(@PathVariable String municipality, @PathVariable long id, @RequestParam int year) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        manual.deleteLocalStaff(code, id);
        return "redirect:/" + code + "/itcost/staff?year=" + year;
    }

    @PostMapping("/shadow/{id}/delete")
    String deleteShadow(@PathVariable String municipality, @PathVariable long id, @RequestParam int year) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        manual.deleteShadow(code, id);
        return "redirect:/" + code + "/itcost/shadow?year=" + year;
    }

    @PostMapping("/staff/import")
    String importStaff(
            @PathVariable String municipality,
            @RequestParam("file") MultipartFile file,
            @RequestParam int year,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        return upload(municipality, "staff", file, year, locale, redirect, manual::importLocalStaff);
    }

    @PostMapping("/shadow/import")
    String importShadow(
            @PathVariable String municipality,
            @RequestParam("file") MultipartFile file,
            @RequestParam int year,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        return upload(municipality, "shadow", file, year, locale, redirect, manual::importShadow);
    }

    /** Adds one entry typed in the form; on bad input the page shows the errors and what was typed. */
    private String add(
            String municipality,
            String kind,
            Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect,
            BiConsumer<MunicipalityCode, String> adding) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        String year = form.getOrDefault("year", "");
        try {
            adding.accept(code, year);
            redirect.addFlashAttribute("added", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", Texts.all(e.violations(), messages, locale));
            redirect.addFlashAttribute("typed", form);
        }
        return "redirect:/" + code + "/itcost/" + kind + (year.matches("\\d{4}") ? "?year=" + year : "");
    }

    /** A file read by {@code ManualInputs}: the number of entries imported, or every error. */
    interface FileImport {
        int read(MunicipalityCode code, String fileName, InputStream in) throws IOException;
    }

    private String upload(
            String municipality,
            String kind,
            MultipartFile file,
            int year,
            Locale locale,
            RedirectAttributes redirect,
            FileImport importing)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            redirect.addFlashAttribute("imported", importing.read(code, name, file.getInputStream()));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("importErrors", Texts.all(e.violations(), messages, locale));
        }
        redirect.addFlashAttribute("importFile", name);
        return "redirect:/" + code + "/itcost/" + kind + "?year=" + year;
    }

    private String page(MunicipalityCode code, int year, String kind, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("units", organisation.unitsIn(code, year));
        model.addAttribute("kind", kind);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "itcost/" + kind;
    }

    private int year(MunicipalityCode code, @Nullable Integer year) {
        if (year != null) {
            return year;
        }
        List<Integer> years = figures.years(code);
        return years.isEmpty() ? LocalDate.now().getYear() - 1 : years.getLast();
    }
}
