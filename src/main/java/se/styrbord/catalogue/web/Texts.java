package se.styrbord.catalogue.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.styrbord.shared.Violation;

/** Violations as sentences that name the file's row and column. */
final class Texts {

    private Texts() {}

    static String of(Violation v, MessageSource messages, Locale locale) {
        String message = messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
        if (v.row() == null) {
            return message;
        }
        return v.field().equals("header")
                ? messages.getMessage("violation.atRow", new Object[] {String.valueOf(v.row()), message}, locale)
                : messages.getMessage(
                        "catalogue.atCell", new Object[] {String.valueOf(v.row()), v.field(), message}, locale);
    }

    static List<String> all(List<Violation> violations, MessageSource messages, Locale locale) {
        return violations.stream().map(v -> of(v, messages, locale)).toList();
    }

    /** JSON for a {@code <script type="application/json">} block: no "<" that could close the element. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }
}
