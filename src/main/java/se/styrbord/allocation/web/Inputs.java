package se.styrbord.allocation.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.styrbord.allocation.RunModel;
import se.styrbord.allocation.RunRequest;
import se.styrbord.shared.Figures;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;

/** The comparison form's fields as typed: amounts may have spaces between thousands and a decimal comma. */
record Inputs(int year, String model, String pool, String hours) {

    RunRequest request() {
        return new RunRequest(year, RunModel.ofSlug(model), money(pool), number(hours, "hours"));
    }

    private static @Nullable Money money(String text) {
        BigDecimal value = number(text, "pool");
        return value == null ? null : new Money(value);
    }

    private static @Nullable BigDecimal number(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        BigDecimal value = Figures.parse(text);
        if (value == null || value.signum() < 0 || value.scale() > 2) {
            throw InvalidInput.of(field, "allocation.number", text);
        }
        return value;
    }
}
