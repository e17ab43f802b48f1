package se.styrbord.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Violation;

/**
 * Each unit's use of each service per month as a file: service code, unit code, month (YYYY-MM) and
 * quantity in the service's unit of measure. A row whose quantity is empty is not reported and is
 * skipped; 0 is a reported zero.
 */
public final class ConsumptionFile {

    public static final List<String> HEADERS = List.of("tjänst", "enhet", "månad", "antal");
    static final List<String> ENGLISH = List.of("service", "unit", "month", "quantity");

    /** A row of a template or an export; quantity null is left empty. */
    public record Line(
            String serviceCode,
            String unitCode,
            java.time.YearMonth month,
            @org.jspecify.annotations.Nullable Long quantity) {}

    private ConsumptionFile() {}

    public static List<UseLine> read(InputStream in, TableFile.Format format) throws IOException {
        return fromRows(TableFile.read(in, format));
    }

    /** Reads what can be read; the violations of the other rows are returned beside, for one list of all errors. */
    public static Parsed<UseLine> parse(InputStream in, TableFile.Format format) throws IOException {
        return parse(TableFile.read(in, format));
    }

    static List<UseLine> fromRows(List<List<String>> rows) {
        Parsed<UseLine> parsed = parse(rows);
        if (!parsed.violations().isEmpty()) {
            throw new InvalidInput(parsed.violations());
        }
        return parsed.lines();
    }

    static Parsed<UseLine> parse(List<List<String>> rows) {
        Columns columns = Columns.of(rows.getFirst(), HEADERS, ENGLISH, Set.of());
        List<Violation> violations = new ArrayList<>();
        List<UseLine> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            int before = violations.size();
            Cells cells = new Cells(rows.get(i), i + 1, columns, violations);
            if (cells.isBlank() || cells.text("antal").isBlank()) {
                continue;
            }
            String service = cells.required("tjänst");
            String unit = cells.required("enhet");
            var month = cells.month("månad");
            Long quantity = cells.whole("antal", true);
            if (violations.size() == before) {
                lines.add(new UseLine(i + 1, new MonthlyUse(service, unit, month, quantity)));
            }
        }
        return new Parsed<>(lines, violations);
    }

    public static void write(List<Line> lines, TableFile.Format format, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            List<Object> row = new ArrayList<>();
            row.add(line.serviceCode());
            row.add(line.unitCode());
            row.add(line.month().toString());
            row.add(line.quantity() == null ? "" : line.quantity());
            rows.add(row);
        }
        TableFile.write("Förbrukning", HEADERS, rows, format, out);
    }
}
