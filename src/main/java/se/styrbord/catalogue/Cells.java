package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Figures;
import se.styrbord.shared.Violation;

/**
 * The cells of one data row, read by column: each value that cannot be read adds a violation
 * naming the row and the column, and reads as null.
 */
final class Cells {

    private final List<String> row;
    private final int rowNumber;
    private final Columns columns;
    private final List<Violation> violations;

    Cells(List<String> row, int rowNumber, Columns columns, List<Violation> violations) {
        this.row = row;
        this.rowNumber = rowNumber;
        this.columns = columns;
        this.violations = violations;
    }

    /** The cells of a form read as one catalogue row: the form's values by the file's column names. */
    static Cells ofForm(Map<String, String> byColumn, List<Violation> violations) {
        List<String> header = List.copyOf(byColumn.keySet());
        return new Cells(
                List.copyOf(byColumn.values()), 0, Columns.of(header, header, header, java.util.Set.of()), violations);
    }

    boolean isBlank() {
        return row.stream().allMatch(String::isBlank);
    }

    String text(String column) {
        return columns.cell(row, column);
    }

    @Nullable
    String required(String column) {
        String text = text(column);
        if (text.isBlank()) {
            fail(column, "catalogue.cell.required");
            return null;
        }
        return text;
    }

    /** A number of at most {@code decimals} decimals, not negative; empty is null (and a violation if required). */
    @Nullable
    BigDecimal decimal(String column, int decimals, boolean required) {
        String text = text(column);
        if (text.isBlank()) {
            if (required) {
                fail(column, "catalogue.cell.required");
            }
            return null;
        }
        BigDecimal value = Figures.parse(text);
        if (value == null) {
            fail(column, "catalogue.cell.number", text);
            return null;
        }
        if (value.signum() < 0) {
            fail(column, "catalogue.cell.negative", text);
            return null;
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            fail(column, decimals == 0 ? "catalogue.cell.integer" : "catalogue.cell.decimals", text);
            return null;
        }
        return value;
    }

    @Nullable
    Long whole(String column, boolean required) {
        BigDecimal value = decimal(column, 0, required);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            fail(column, "catalogue.cell.integer", text(column));
            return null;
        }
    }

    /** A percentage such as "2", "2 %" or "2,5"; returned as a fraction (0.02). */
    @Nullable
    BigDecimal percent(String column) {
        String text = text(column).replace("%", "").strip();
        if (text.isBlank()) {
            fail(column, "catalogue.cell.required");
            return null;
        }
        String normal = text.replace(",", ".");
        if (!normal.matches("\\d+(\\.\\d{1,2})?") || new BigDecimal(normal).compareTo(BigDecimal.valueOf(100)) > 0) {
            fail(column, "catalogue.cell.percent", text(column));
            return null;
        }
        return new BigDecimal(normal).movePointLeft(2);
    }

    @Nullable
    LocalDate date(String column, boolean required) {
        String text = text(column);
        if (text.isBlank()) {
            if (required) {
                fail(column, "catalogue.cell.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fail(column, "catalogue.cell.date", text);
            return null;
        }
    }

    @Nullable
    YearMonth month(String column) {
        String text = text(column);
        if (text.isBlank()) {
            fail(column, "catalogue.cell.required");
            return null;
        }
        try {
            return YearMonth.parse(text.length() == 10 ? text.substring(0, 7) : text);
        } catch (DateTimeParseException e) {
            fail(column, "catalogue.cell.month", text);
            return null;
        }
    }

    void fail(String column, String code, Object... args) {
        violations.add(Violation.atRow(rowNumber, column, code, args));
    }
}
