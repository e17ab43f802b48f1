package se.styrbord.itcost;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Classifies ledger sums by a rule list: the first matching rule in {@link Rule#PRECEDENCE} wins. */
public final class Classifier {

    private final List<Rule> byPrecedence;

    public Classifier(List<Rule> rules) {
        this.byPrecedence = rules.stream().sorted(Rule.PRECEDENCE).toList();
    }

    /** The rule that classifies the sum, or empty when none matches (the sum is unclassified). */
    public Optional<Rule> classify(String account, String objects, @Nullable String unit) {
        for (Rule rule : byPrecedence) {
            if (rule.matches(account, objects, unit)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public Category categoryOf(String account, String objects, @Nullable String unit) {
        return classify(account, objects, unit).map(Rule::category).orElse(Category.UNCLASSIFIED);
    }

    /** The rules in the order they are tried. */
    public List<Rule> rules() {
        return byPrecedence;
    }
}
