package se.styrbord.itcost;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;
import se.styrbord.shared.Share;

/**
 * The yearly report "Total IT-kostnad" as JSON: amounts in SEK with two decimals, ratios as
 * fractions (0.0171 is 1.71 %) with six decimals, a missing figure as null.
 */
public record ReportJson(
        String municipality,
        String name,
        int year,
        String warning,
        Figures group,
        List<Entity> entities,
        List<Unit> units,
        Equality equality) {

    /** The figures of a unit, an entity or the group. */
    public record Figures(
            BigDecimal total,
            BigDecimal central,
            BigDecimal external,
            BigDecimal localStaff,
            BigDecimal shadow,
            BigDecimal digitalisation,
            BigDecimal digitalisationOperating,
            BigDecimal digitalisationInvestment,
            BigDecimal internalEliminated,
            @Nullable BigDecimal turnover,
            @Nullable Integer employees,
            @Nullable BigDecimal fte,
            @Nullable BigDecimal itShareOfTurnover,
            @Nullable BigDecimal centralShareOfTurnover,
            @Nullable BigDecimal digitalisationShareOfTurnover,
            @Nullable BigDecimal perEmployee,
            @Nullable BigDecimal perFte,
            @Nullable BigDecimal resourcesPerEmployee,
            @Nullable BigDecimal totalToCentral,
            @Nullable BigDecimal digitalisationShare,
            @Nullable BigDecimal digitalisationOperatingShare,
            @Nullable BigDecimal changeFromPreviousYear,
            @Nullable BigDecimal changeOverAllYears) {

        public static Figures of(KeyFigures k) {
            Amounts a = k.amounts();
            Drivers d = k.drivers();
            return new Figures(
                    a.total().amount(),
                    a.central().amount(),
                    a.external().amount(),
                    a.localStaff().amount(),
                    a.shadow().amount(),
                    a.digitalisation().amount(),
                    a.digitalisationOperating().amount(),
                    a.digitalisationInvestment().amount(),
                    a.internal().amount(),
                    money(d.turnover()),
                    d.employees(),
                    d.fte(),
                    ratio(k.itShareOfTurnover()),
                    ratio(k.centralShareOfTurnover()),
                    ratio(k.digitalisationShareOfTurnover()),
                    money(k.perEmployee()),
                    money(k.perFte()),
                    money(k.resourcesPerEmployee()),
                    k.totalToCentral() == null ? null : k.totalToCentral().setScale(6, RoundingMode.HALF_UP),
                    ratio(k.digitalisationShare()),
                    ratio(k.digitalisationOperatingShare()),
                    ratio(k.changeFromPreviousYear()),
                    ratio(k.changeOverAllYears()));
        }
    }

    /** A unit; {@code code} is empty for the sums of an entity that no unit could be told for. */
    public record Unit(
            String code,
            String name,
            @Nullable String type,
            String entity,
            boolean flagged,
            @JsonUnwrapped Figures figures) {}

    public record Entity(
            String orgNumber,
            String name,
            String kind,
            @JsonUnwrapped Figures figures) {}

    public record Equality(
            String measure,
            int count,
            @Nullable BigDecimal min,
            @Nullable BigDecimal median,
            @Nullable BigDecimal max,
            @Nullable BigDecimal coefficientOfVariation,
            BigDecimal threshold,
            List<String> flagged,
            List<String> missing) {}

    static @Nullable BigDecimal money(@Nullable Money m) {
        return m == null ? null : m.amount();
    }

    static @Nullable BigDecimal ratio(@Nullable Share s) {
        return s == null ? null : s.value().setScale(6, RoundingMode.HALF_UP);
    }

    static @Nullable BigDecimal round(@Nullable BigDecimal v, int scale) {
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }
}
