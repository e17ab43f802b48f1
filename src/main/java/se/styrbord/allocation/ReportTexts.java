package se.styrbord.allocation;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The texts of a report file in one language, from the message bundles. */
public record ReportTexts(MessageSource messages, Locale locale) {

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String model(RunModel model) {
        return get("allocation.model." + model.slug());
    }
}
