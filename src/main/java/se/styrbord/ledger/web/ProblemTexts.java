package se.styrbord.ledger.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import se.styrbord.ledger.sie.SieField;
import se.styrbord.ledger.sie.SieProblem;
import se.styrbord.ledger.sie.SieProblemCode;
import se.styrbord.shared.Figures;
import se.styrbord.shared.Money;

/**
 * Problems in SIE files worded for a page in its language, through the bundles' {@code
 * sie.problem.<code>} keys. A problem without a code this version knows (check reports stored by
 * earlier versions have none) keeps its English message.
 */
final class ProblemTexts {

    private ProblemTexts() {}

    static List<String> of(List<SieProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream().map(p -> of(p, messages, locale)).toList();
    }

    static String of(SieProblem problem, MessageSource messages, Locale locale) {
        String worded = problem.kind()
                .map(code -> worded(code, problem.args(), messages, locale))
                .orElse(null);
        String text = worded == null ? problem.message() : worded;
        if (problem.line() <= 0) {
            return text;
        }
        return messages.getMessage(
                "sie.problem.atLine", new Object[] {String.valueOf(problem.line()), text}, text, locale);
    }

    private static @Nullable String worded(
            SieProblemCode code, List<String> args, MessageSource messages, Locale locale) {
        if (code.repeatable() && args.size() == 1) {
            String once = worded(code, List.of(), messages, locale);
            return once == null
                    ? null
                    : messages.getMessage(SieProblemCode.REPEATED_KEY, new Object[] {once, args.getFirst()}, locale);
        }
        if (args.size() != code.arguments().size()) {
            return null;
        }
        // One argument more than the pattern takes: Spring leaves a message without arguments as it
        // stands, and these are all MessageFormat patterns ('' for an apostrophe).
        Object[] values = new Object[args.size() + 1];
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            values[i] = switch (code.arguments().get(i)) {
                case TEXT -> arg;
                case FIELD ->
                    SieField.of(arg)
                            .map(field -> messages.getMessage(field.key(), null, field.english(), locale))
                            .orElse(arg);
                case AMOUNT -> amount(arg);
            };
        }
        values[args.size()] = "";
        return messages.getMessage(code.key(), values, null, locale);
    }

    private static String amount(String kronor) {
        try {
            return Figures.sek(Money.of(kronor));
        } catch (IllegalArgumentException e) {
            return kronor;
        }
    }
}
