package se.styrbord.itcost;

import java.util.Optional;

/**
 * Which unit a voucher row belongs to, exactly as the IT-cost classification resolves it: the object
 * of the entity's unit dimension when it is mapped to a unit, else the entity's default unit, else
 * none. A snapshot of the mapping taken when it was made (see {@link UnitMapping#ledgerUnits}).
 */
public final class LedgerUnits {

    /**
     * The unit of a row and the object that told it ({@code dim=object}); the object is empty when
     * the row went to its entity's default unit.
     */
    public record RowUnit(String unitCode, String unitObject) {

        public boolean byDefault() {
            return unitObject.isEmpty();
        }
    }

    private final Setups.UnitResolver resolver;

    LedgerUnits(Setups.UnitResolver resolver) {
        this.resolver = resolver;
    }

    /** The unit of a row of {@code orgNumber}'s ledger with the object list {@code objects} ({@code 1=100|6=P1}). */
    public Optional<RowUnit> unitOf(String orgNumber, String objects) {
        Setups.Resolved resolved = resolver.resolve(orgNumber, objects, dim1(objects));
        return resolved.unitCode().isEmpty()
                ? Optional.empty()
                : Optional.of(new RowUnit(resolved.unitCode(), resolved.unitObject()));
    }

    /** The entity's unit dimension, "1" when the entity is not known. */
    public String unitDimension(String orgNumber) {
        EntitySetup setup = resolver.setup(orgNumber);
        return setup == null ? "1" : setup.unitDimension();
    }

    private static String dim1(String objects) {
        for (String pair : objects.split("\\|")) {
            if (pair.startsWith("1=")) {
                return pair.substring(2);
            }
        }
        return "";
    }
}
