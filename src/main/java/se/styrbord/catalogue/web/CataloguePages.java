package se.styrbord.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.catalogue.BoundaryPoint;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.ConsumptionFile;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.MonthlyUse;
import se.styrbord.catalogue.ServiceFile;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.StoredSignal;
import se.styrbord.catalogue.TableFile;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.MunicipalityCode;

/**
 * The catalogue for a year: every service with its price, status, use and demand class, the
 * catalogue's turnover over the years, and the files: the catalogue and the consumption, each
 * exported, as a template, and imported all or nothing.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/catalogue")
class CataloguePages {

    private final Catalogue catalogue;
    private final Organisation organisation;
    private final MessageSource messages;

    CataloguePages(Catalogue catalogue, Organisation organisation, MessageSource messages) {
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** A row of the catalogue table. */
    record Row(ItService service, @Nullable ServicePrice price, BoundaryPoint point, boolean openSignal) {}

    @GetMapping
    String list(
            @PathVariable String municipality, @RequestParam(required = false) @Nullable Integer year, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        int shown = year == null ? defaultYear(catalogue, code) : year;
        Map<String, ServicePrice> prices = catalogue.pricesIn(code, shown).stream()
                .collect(Collectors.toMap(ServicePrice::serviceCode, Function.identity()));
        List<String> open = catalogue.signals(code).stream()
                .filter(StoredSignal::isOpen)
                .map(StoredSignal::serviceCode)
                .toList();
        List<Row> rows = catalogue.boundary(code, shown).stream()
                .map(p -> new Row(
                        p.service(),
                        prices.get(p.service().code()),
                        p,
                        open.contains(p.service().code())))
                .sorted(Comparator.comparing((Row r) -> r.service().name()))
                .toList();
        List<Integer> years = new ArrayList<>(catalogue.useYears(code));
        catalogue.prices(code).stream()
                .map(ServicePrice::year)
                .filter(y -> !years.contains(y))
                .forEach(years::add);
        if (!years.contains(shown)) {
            years.add(shown);
        }
        years.sort(Comparator.naturalOrder());
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("rows", rows);
        model.addAttribute("turnover", catalogue.turnover(code));
        var thresholds = catalogue.thresholds(code);
        model.addAttribute("stableUpTo", java.math.BigDecimal.valueOf(thresholds.stableUpTo()));
        model.addAttribute("fluctuatingFrom", java.math.BigDecimal.valueOf(thresholds.fluctuatingFrom()));
        model.addAttribute("openSignals", open.size());
        return "catalogue/list";
    }

    @GetMapping("/export")
    void exportCatalogue(
            @PathVariable String municipality,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "false") boolean template,
            HttpServletResponse response)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        TableFile.Format fileFormat = TableFile.Format.valueOf(format.toUpperCase(Locale.ROOT));
        attachment(response, fileFormat, (template ? "tjanstekatalog-mall-" : "tjanstekatalog-") + code);
        ServiceFile.write(
                template ? List.of() : catalogue.services(code),
                template ? List.of() : catalogue.prices(code),
                fileFormat,
                response.getOutputStream());
    }

    /** The year's consumption, or a template with a row per service, unit and month to fill in. */
    @GetMapping("/consumption/export")
    void exportConsumption(
            @PathVariable String municipality,
            @RequestParam int year,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "false") boolean template,
            HttpServletResponse response)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        TableFile.Format fileFormat = TableFile.Format.valueOf(format.toUpperCase(Locale.ROOT));
        List<ConsumptionFile.Line> lines = new ArrayList<>();
        if (template) {
            List<Unit> units = organisation.unitsIn(code, year).stream()
                    .filter(u -> u.type() != UnitType.IT_SERVICE_CENTRE)
                    .toList();
            for (ItService s : catalogue.services(code)) {
                for (int month = 1; month <= 12; month++) {
                    YearMonth ym = YearMonth.of(year, month);
                    if (!s.offeredIn(ym)) {
                        continue;
                    }
                    for (Unit u : units) {
                        if (!u.validFrom().isAfter(ym.atEndOfMonth())
                                && (u.validTo() == null || !u.validTo().isBefore(ym.atDay(1)))) {
                            lines.add(new ConsumptionFile.Line(s.code(), u.code(), ym, null));
                        }
                    }
                }
            }
        } else {
            catalogue.usesIn(code, year).stream()
                    .sorted(Comparator.comparing(MonthlyUse::serviceCode)
                            .thenComparing(MonthlyUse::unitCode)
                            .thenComparing(MonthlyUse::month))
                    .forEach(u -> lines.add(
                            new ConsumptionFile.Line(u.serviceCode(), u.unitCode(), u.month(), u.quantity())));
        }
        attachment(response, fileFormat, (template ? "forbrukning-mall-" : "forbrukning-") + code + "-" + year);
        ConsumptionFile.write(lines, fileFormat, response.getOutputStream());
    }

    @PostMapping("/import")
    String importCatalogue(
            @PathVariable String municipality,
            @RequestParam("file") MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        String name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
        try {
            int changed = catalogue.saveServices(
                    code, ServiceFile.parse(file.getInputStream(), TableFile.Format.ofFileName(name)));
            redirect.addFlashAttribute(
                    "imported", messages.getMessage("catalogue.imported", new Object[] {name, changed}, locale));
        } catch (InvalidInput e) {
            failed(redirect, name, e, locale);
        }
        return "redirect:/" + code + "/catalogue";
    }

    @PostMapping("/consumption/import")
    String importConsumption(
            @PathVariable String municipality,
            @RequestParam("file") MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        String name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
        try {
            Catalogue.UseImport result = catalogue.saveConsumption(
                    code, name, ConsumptionFile.parse(file.getInputStream(), TableFile.Format.ofFileName(name)));
            redirect.addFlashAttribute(
                    "imported",
                    messages.getMessage(
                            "consumption.imported",
                            new Object[] {
                                name,
                                result.rows(),
                                result.firstMonth().toString(),
                                result.lastMonth().toString(),
                                result.newSignals()
                            },
                            locale));
        } catch (InvalidInput e) {
            failed(redirect, name, e, locale);
        }
        return "redirect:/" + code + "/catalogue";
    }

    private void failed(RedirectAttributes redirect, String name, InvalidInput e, Locale locale) {
        redirect.addFlashAttribute("importFile", name);
        redirect.addFlashAttribute("importErrors", Texts.all(e.violations(), messages, locale));
    }

    static int defaultYear(Catalogue catalogue, MunicipalityCode code) {
        List<Integer> years = catalogue.useYears(code);
        return years.isEmpty() ? LocalDate.now().getYear() - 1 : years.getLast();
    }

    private static void attachment(HttpServletResponse response, TableFile.Format format, String name) {
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name + "." + format.extension())
                        .build()
                        .toString());
    }
}
