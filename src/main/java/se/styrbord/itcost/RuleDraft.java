package se.styrbord.itcost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Violation;

/** A rule as typed in the editor, every field a string; {@link #parse} checks a whole list at once. */
public record RuleDraft(
        long id,
        String accounts,
        @Nullable String object,
        @Nullable String unit,
        String category,
        boolean investment,
        @Nullable String note) {

    /** The rules of a list of drafts, or every violation with its 1-based row; blank rows are skipped. */
    public static List<Rule> parse(List<RuleDraft> drafts, Set<String> unitCodes) {
        List<Rule> rules = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        int row = 0;
        for (RuleDraft d : drafts) {
            row++;
            if (d.accounts().isBlank() && d.category().isBlank()) {
                continue;
            }
            int before = violations.size();
            AccountRange range = null;
            try {
                range = AccountRange.parse(d.accounts());
            } catch (InvalidInput e) {
                violations.add(Violation.atRow(row, "accounts", "itcost.rule.accounts", d.accounts()));
            }
            Category category = null;
            try {
                category = Category.valueOf(d.category().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (category == null || !category.isRuleCategory()) {
                violations.add(Violation.atRow(row, "category", "itcost.rule.category", d.category()));
            }
            String object = d.object() == null ? "" : d.object().strip();
            if (!object.isEmpty() && !object.matches("[^=|\\s]+=[^|]+")) {
                violations.add(Violation.atRow(row, "object", "itcost.rule.object", object));
            }
            String unit = d.unit() == null ? "" : d.unit().strip();
            if (!unit.isEmpty() && !unitCodes.contains(unit)) {
                violations.add(Violation.atRow(row, "unit", "itcost.rule.unit", unit));
            }
            if (d.investment() && category != Category.DIGITALISATION) {
                violations.add(Violation.atRow(row, "investment", "itcost.rule.investment"));
            }
            if (violations.size() == before) {
                rules.add(new Rule(
                        d.id(),
                        rules.size(),
                        range,
                        object,
                        unit,
                        category,
                        d.investment(),
                        d.note() == null ? "" : d.note()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return rules;
    }

    public static RuleDraft of(Rule r) {
        return new RuleDraft(
                r.id(),
                r.accounts().toString(),
                r.object(),
                r.unit(),
                r.category().name(),
                r.investment(),
                r.note());
    }
}
