package se.styrbord.ledger.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styrbord.ledger.ImportOutcome;
import se.styrbord.ledger.LedgerJobs;
import se.styrbord.ledger.LedgerQueries;
import se.styrbord.ledger.Ledgers;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import se.styrbord.shared.OrgNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import page (several SIE files at once, a progress bar fed from the server while each file is
 * read, then what was found), a page per import, and its voucher rows by account and object.
 */
@Controller
@RequestMapping("/{municipality:\\d{4}}/import")
class LedgerPages {

    private final Ledgers ledgers;
    private final LedgerJobs jobs;
    private final LedgerQueries queries;
    private final Organisation organisation;
    private final JsonMapper json;
    private final MessageSource messages;

    LedgerPages(
            Ledgers ledgers,
            LedgerJobs jobs,
            LedgerQueries queries,
            Organisation organisation,
            JsonMapper json,
            MessageSource messages) {
        this.ledgers = ledgers;
        this.jobs = jobs;
        this.queries = queries;
        this.organisation = organisation;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable String municipality, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        model.addAttribute("imports", ledgers.imports(code));
        model.addAttribute("entities", organisation.entities(code));
        return "ledger/import";
    }

    @PostMapping("/ledger")
    String upload(
            @PathVariable String municipality,
            @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) @Nullable String entity,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        List<LedgerJobs.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                String name = file.getOriginalFilename() == null ? "fil.se" : file.getOriginalFilename();
                uploads.add(new LedgerJobs.Upload(name, file.getInputStream()));
            }
        }
        if (uploads.isEmpty()) {
            redirect.addFlashAttribute("uploadError", true);
            return "redirect:/" + code + "/import";
        }
        OrgNumber chosen = entity == null || entity.isBlank() ? null : OrgNumber.parse(entity);
        List<Long> ids = jobs.submit(code, uploads, chosen);
        return "redirect:/" + code + "/import/jobs?ids="
                + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The jobs' progress; an htmx request gets the list only, which polls itself until all are done. */
    @GetMapping("/jobs")
    String jobs(
            @PathVariable String municipality,
            @RequestParam String ids,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        List<Long> wanted = Arrays.stream(ids.split(","))
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        List<LedgerJobs.Job> found = jobs.jobs(code, wanted);
        model.addAttribute("jobs", found);
        List<@Nullable ImportOutcome> outcomes =
                found.stream().map(jobs::outcome).toList();
        model.addAttribute("outcomes", outcomes);
        model.addAttribute(
                "problems",
                outcomes.stream()
                        .map(o -> o == null ? List.<String>of() : ProblemTexts.of(o.problems(), messages, locale))
                        .toList());
        model.addAttribute("ids", ids);
        model.addAttribute("running", found.stream().anyMatch(j -> !j.finished()));
        return htmx != null ? "ledger/jobs :: list" : "ledger/jobs";
    }

    @GetMapping("/ledger/{id}")
    String importPage(@PathVariable String municipality, @PathVariable long id, Locale locale, Model model) {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        var row = ledgers.findImport(code, id).orElseThrow(() -> new NotFound("import", id));
        model.addAttribute("imp", row);
        SieCheckReport report = json.readValue(row.report(), SieCheckReport.class);
        model.addAttribute("report", report);
        model.addAttribute("warnings", ProblemTexts.of(report.warnings(), messages, locale));
        model.addAttribute(
                "accounts",
                queries.accounts(code, id).stream().filter(a -> a.rows() > 0).toList());
        model.addAttribute(
                "unusedAccounts",
                queries.accounts(code, id).stream().filter(a -> a.rows() == 0).count());
        model.addAttribute("objects", queries.objects(code, id));
        model.addAttribute(
                "entity",
                organisation.findEntity(code, OrgNumber.parse(row.orgNumber())).orElse(null));
        return "ledger/import-detail";
    }

    @GetMapping("/ledger/{id}/rows")
    String rows(
            @PathVariable String municipality,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String account,
            @RequestParam(name = "object", required = false) @Nullable List<String> objects,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        List<String> wanted = objects == null
                ? List.of()
                : objects.stream().filter(o -> !o.isBlank()).toList();
        MunicipalityCode code = MunicipalityCode.of(municipality);
        var row = ledgers.findImport(code, id).orElseThrow(() -> new NotFound("import", id));
        java.time.YearMonth wantedMonth = null;
        if (month != null && !month.isBlank()) {
            try {
                wantedMonth = java.time.YearMonth.parse(month.strip());
            } catch (java.time.format.DateTimeParseException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        if (page < 0) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("imp", row);
        model.addAttribute("account", account);
        model.addAttribute("object", wanted.isEmpty() ? null : wanted.getFirst());
        model.addAttribute("moreObjects", wanted.size() > 1 ? wanted.subList(1, wanted.size()) : List.of());
        model.addAttribute("objects", wanted);
        model.addAttribute("month", wantedMonth);
        model.addAttribute("result", queries.rows(code, id, account, wanted, wantedMonth, Math.max(0, page)));
        return "ledger/rows";
    }
}
