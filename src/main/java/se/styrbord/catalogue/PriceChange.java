package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;
import se.styrbord.shared.Violation;

/**
 * A service's price for a year as typed in the form on its page: self-cost per unit of measure and
 * year, the markup in percent and, when decided, the price. Read and checked as the price columns of
 * a catalogue row; each violation names the form's field.
 */
public record PriceChange(String year, String selfCost, String markup, String setPrice) {

    /** A field left out of the form is empty. */
    public PriceChange {
        year = Objects.requireNonNullElse(year, "");
        selfCost = Objects.requireNonNullElse(selfCost, "");
        markup = Objects.requireNonNullElse(markup, "");
        setPrice = Objects.requireNonNullElse(setPrice, "");
    }

    /** The form's fields by the catalogue file's columns. */
    static final Map<String, String> FIELDS =
            Map.of("år", "year", "självkostnad", "selfCost", "påslag", "markup", "pris", "setPrice");

    /** The form filled in with a stored price. */
    public static PriceChange of(ServicePrice p) {
        return new PriceChange(
                String.valueOf(p.year()),
                typed(p.selfCost().amount()),
                typed(p.markup().movePointRight(2)),
                p.setPrice() == null ? "" : typed(p.setPrice().amount()));
    }

    /** An empty form for a year, with the markup of the year before when there is one. */
    public static PriceChange empty(int year, @Nullable BigDecimal markup) {
        return new PriceChange(String.valueOf(year), "", markup == null ? "" : typed(markup.movePointRight(2)), "");
    }

    /** The price as changed, or null when a field cannot be read (the violations say why). */
    @Nullable
    ServicePrice read(String serviceCode, List<Violation> violations) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("år", year);
        row.put("självkostnad", selfCost);
        row.put("påslag", markup);
        row.put("pris", setPrice);
        int before = violations.size();
        Cells cells = Cells.ofForm(row, violations);
        Long readYear = cells.whole("år", true);
        BigDecimal readSelfCost = cells.decimal("självkostnad", 2, true);
        BigDecimal readMarkup = cells.percent("påslag");
        BigDecimal readPrice = cells.decimal("pris", 2, false);
        if (violations.size() > before || readYear == null || readSelfCost == null || readMarkup == null) {
            return null;
        }
        return new ServicePrice(
                serviceCode,
                readYear.intValue(),
                new Money(readSelfCost),
                readMarkup.stripTrailingZeros(),
                readPrice == null ? null : new Money(readPrice));
    }

    private static String typed(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
