package se.styrbord.itcost;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.Money;

/**
 * Everything the overview and the report show for a year: the key figures of each unit, entity and
 * the group, the equality spread between units, and the trend over the years loaded.
 */
public record YearFigures(
        int year,
        List<Integer> years,
        List<UnitFigures> units,
        List<EntityFigures> entities,
        KeyFigures group,
        Spread equality,
        List<YearPoint> trend,
        Money unclassified) {

    /**
     * A unit's figures. {@code code} is empty for sums no unit could be told for in the entity
     * {@code orgNumber} (objects not mapped): they count in the entity and the group.
     */
    public record UnitFigures(
            String code,
            String name,
            @Nullable UnitType type,
            String orgNumber,
            KeyFigures figures,
            boolean inEquality,
            boolean flagged) {

        public boolean isUnmapped() {
            return code.isEmpty();
        }
    }

    public record EntityFigures(String orgNumber, String name, EntityKind kind, KeyFigures figures) {}

    /** The group's sums in one year, for the trend. */
    public record YearPoint(
            int year, Amounts amounts, @Nullable Money turnover) {}

    public @Nullable EntityFigures municipality() {
        return entities.stream()
                .filter(e -> e.kind() == EntityKind.MUNICIPALITY)
                .findFirst()
                .orElse(null);
    }
}
