package se.styrbord.itcost;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A classification rule: ledger sums on {@code accounts} (and, when given, carrying the object
 * {@code dimension=object} and belonging to {@code unit}) go to {@code category}. {@code investment}
 * marks spending paid from investment funds (domain.md: digitalisation with and without investment
 * funds).
 *
 * @param position the rule's place in its list, which only breaks ties of precedence
 */
public record Rule(
        long id,
        int position,
        AccountRange accounts,
        @Nullable String object,
        @Nullable String unit,
        Category category,
        boolean investment,
        String note) {

    /**
     * Precedence, most specific first (ADR 0007): a rule bound to more conditions besides the
     * account (object, unit) before one bound to fewer; then the narrower account range; then the
     * earlier position.
     */
    public static final Comparator<Rule> PRECEDENCE = Comparator.comparingInt(Rule::conditions)
            .reversed()
            .thenComparingLong(r -> r.accounts().width())
            .thenComparingInt(Rule::position);

    public Rule {
        object = object == null || object.isBlank() ? null : object.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        note = note == null ? "" : note.strip();
    }

    /** The number of conditions besides the account range. */
    public int conditions() {
        return (object == null ? 0 : 1) + (unit == null ? 0 : 1);
    }

    /** Whether a ledger sum on this account, with objects in normal form ({@code 1=100|6=P1}), of this unit matches. */
    public boolean matches(String account, String objects, @Nullable String unitCode) {
        return accounts.matches(account)
                && (unit == null || unit.equals(unitCode))
                && (object == null || ("|" + objects + "|").contains("|" + object + "|"));
    }

    public Rule at(int newPosition) {
        return new Rule(id, newPosition, accounts, object, unit, category, investment, note);
    }
}
