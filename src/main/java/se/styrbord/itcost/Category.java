package se.styrbord.itcost;

/**
 * Where a krona of a ledger lands (report 3.2, domain.md "IT cost"): the four categories of total IT
 * cost, digitalisation (followed apart), internal IT purchases (eliminated, shown as allocation), and
 * not IT. {@link #UNCLASSIFIED} is no rule's category: it marks ledger sums that no rule matched.
 */
public enum Category {
    CENTRAL_IT,
    EXTERNAL_IT,
    LOCAL_IT_STAFF,
    SHADOW_IT,
    DIGITALISATION,
    INTERNAL_IT_PURCHASE,
    NOT_IT,
    UNCLASSIFIED;

    /** One of the four categories whose sum is total IT cost. */
    public boolean isItCost() {
        return this == CENTRAL_IT || this == EXTERNAL_IT || this == LOCAL_IT_STAFF || this == SHADOW_IT;
    }

    /** A category a rule may give. */
    public boolean isRuleCategory() {
        return this != UNCLASSIFIED;
    }
}
