package se.styrbord.organisation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import se.styrbord.shared.Violation;

/** Violations turned into messages for a form: by field, or by row and field for tables. */
final class Messages {

    private Messages() {}

    static Map<String, String> byField(List<Violation> violations, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation v : violations) {
            String key = v.row() == null ? v.field() : v.row() + "." + v.field();
            byField.merge(key, text(v, messages, locale), (a, b) -> a + " " + b);
        }
        return byField;
    }

    static String text(Violation v, MessageSource messages, Locale locale) {
        String message = messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
        return v.row() == null
                ? message
                : messages.getMessage("violation.atRow", new Object[] {String.valueOf(v.row()), message}, locale);
    }
}
