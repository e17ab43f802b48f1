package se.styrbord.audit.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.styrbord.audit.AuditQuery;

/** The audit trail for administrators, filtered by group, user, kind of subject and period. */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 500;

    private final AuditQuery audit;

    AuditPages(AuditQuery audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        var filter = new AuditQuery.Filter(
                blankToNull(municipality), blankToNull(actor), blankToNull(subjectType), from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", audit.find(filter, PAGE_SIZE));
        model.addAttribute("subjectTypes", audit.subjectTypes());
        model.addAttribute("pageSize", PAGE_SIZE);
        return "admin/audit";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
