package se.styrbord.itcost;

import se.styrbord.shared.Money;

/**
 * The sums of a unit, an entity or the group for a year, by category (report 3.2): the four parts of
 * total IT cost, digitalisation paid from operating and from investment funds, and internal IT
 * purchases (eliminated from total IT cost, shown as allocation).
 */
public record Amounts(
        Money central,
        Money external,
        Money localStaff,
        Money shadow,
        Money digitalisationOperating,
        Money digitalisationInvestment,
        Money internal) {

    public static final Amounts ZERO =
            new Amounts(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** Total IT cost: central IT + external IT in units + local IT staff + shadow IT (report 3.2). */
    public Money total() {
        return central.plus(external).plus(localStaff).plus(shadow);
    }

    /** Digitalisation including investment funds (domain.md: followed apart from IT cost). */
    public Money digitalisation() {
        return digitalisationOperating.plus(digitalisationInvestment);
    }

    /** What the unit spends on IT including what it buys from the IT service centre (the allocation). */
    public Money withInternal() {
        return total().plus(internal);
    }

    public Amounts plus(Amounts o) {
        return new Amounts(
                central.plus(o.central),
                external.plus(o.external),
                localStaff.plus(o.localStaff),
                shadow.plus(o.shadow),
                digitalisationOperating.plus(o.digitalisationOperating),
                digitalisationInvestment.plus(o.digitalisationInvestment),
                internal.plus(o.internal));
    }

    /** Adds an amount of a category; NOT_IT and UNCLASSIFIED add nothing. */
    public Amounts plus(Category category, boolean investment, Money amount) {
        return switch (category) {
            case CENTRAL_IT ->
                new Amounts(
                        central.plus(amount),
                        external,
                        localStaff,
                        shadow,
                        digitalisationOperating,
                        digitalisationInvestment,
                        internal);
            case EXTERNAL_IT ->
                new Amounts(
                        central,
                        external.plus(amount),
                        localStaff,
                        shadow,
                        digitalisationOperating,
                        digitalisationInvestment,
                        internal);
            case LOCAL_IT_STAFF ->
                new Amounts(
                        central,
                        external,
                        localStaff.plus(amount),
                        shadow,
                        digitalisationOperating,
                        digitalisationInvestment,
                        internal);
            case SHADOW_IT ->
                new Amounts(
                        central,
                        external,
                        localStaff,
                        shadow.plus(amount),
                        digitalisationOperating,
                        digitalisationInvestment,
                        internal);
            case DIGITALISATION ->
                investment
                        ? new Amounts(
                                central,
                                external,
                                localStaff,
                                shadow,
                                digitalisationOperating,
                                digitalisationInvestment.plus(amount),
                                internal)
                        : new Amounts(
                                central,
                                external,
                                localStaff,
                                shadow,
                                digitalisationOperating.plus(amount),
                                digitalisationInvestment,
                                internal);
            case INTERNAL_IT_PURCHASE ->
                new Amounts(
                        central,
                        external,
                        localStaff,
                        shadow,
                        digitalisationOperating,
                        digitalisationInvestment,
                        internal.plus(amount));
            case NOT_IT, UNCLASSIFIED -> this;
        };
    }
}
