package se.styrbord.itcost.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.styrbord.shared.Violation;

/** Violations as sentences in the page's language, each naming its row when it has one. */
final class Texts {

    private Texts() {}

    static List<String> all(List<Violation> violations, MessageSource messages, Locale locale) {
        return violations.stream().map(v -> text(v, messages, locale)).toList();
    }

    static String text(Violation v, MessageSource messages, Locale locale) {
        String message = messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
        String field = messages.getMessage("itcost.field." + v.field(), null, v.field(), locale);
        return v.row() == null
                ? field + ": " + message
                : messages.getMessage(
                        "itcost.violation.atRow", new Object[] {String.valueOf(v.row()), field, message}, locale);
    }
}
