package se.styrbord.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.Violation;

/**
 * The catalogue as a file: one row per service and year, with the service's price for that year.
 * Self-cost and price are per unit of measure and year, the markup in percent; an empty price is
 * derived from self-cost and markup.
 */
public final class ServiceFile {

    public static final List<String> HEADERS = List.of(
            "tjänst", "namn", "ägare", "måttenhet", "år", "självkostnad", "påslag", "pris", "tillagd", "borttagen");
    static final List<String> ENGLISH = List.of(
            "service", "name", "owner", "unit_of_measure", "year", "self_cost", "markup", "price", "added", "retired");

    private ServiceFile() {}

    public static List<ServiceLine> read(InputStream in, TableFile.Format format) throws IOException {
        return fromRows(TableFile.read(in, format));
    }

    /** Reads what can be read; the violations of the other rows are returned beside, for one list of all errors. */
    public static Parsed<ServiceLine> parse(InputStream in, TableFile.Format format) throws IOException {
        return parse(TableFile.read(in, format));
    }

    static List<ServiceLine> fromRows(List<List<String>> rows) {
        Parsed<ServiceLine> parsed = parse(rows);
        if (!parsed.violations().isEmpty()) {
            throw new InvalidInput(parsed.violations());
        }
        return parsed.lines();
    }

    static Parsed<ServiceLine> parse(List<List<String>> rows) {
        Columns columns = Columns.of(rows.getFirst(), HEADERS, ENGLISH, Set.of("pris", "borttagen"));
        List<Violation> violations = new ArrayList<>();
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            int before = violations.size();
            Cells cells = new Cells(rows.get(i), i + 1, columns, violations);
            if (cells.isBlank()) {
                continue;
            }
            String code = cells.required("tjänst");
            String name = cells.required("namn");
            String owner = cells.required("ägare");
            String measure = cells.required("måttenhet");
            Long year = cells.whole("år", true);
            BigDecimal selfCost = cells.decimal("självkostnad", 2, true);
            BigDecimal markup = cells.percent("påslag");
            BigDecimal price = cells.decimal("pris", 2, false);
            LocalDate added = cells.date("tillagd", true);
            LocalDate retired = cells.date("borttagen", false);
            if (violations.size() == before) {
                ItService service = new ItService(code, name, owner, measure, added, retired);
                lines.add(new ServiceLine(
                        i + 1,
                        service,
                        new ServicePrice(
                                code,
                                year.intValue(),
                                new Money(selfCost),
                                markup,
                                price == null ? null : new Money(price))));
            }
        }
        return new Parsed<>(lines, violations);
    }

    /** The catalogue with its prices, one row per service and year; for a template, no rows but an example. */
    public static void write(
            List<ItService> services, List<ServicePrice> prices, TableFile.Format format, OutputStream out)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ServicePrice price : prices) {
            ItService s = services.stream()
                    .filter(x -> x.code().equals(price.serviceCode()))
                    .findFirst()
                    .orElseThrow();
            List<Object> row = new ArrayList<>();
            row.add(s.code());
            row.add(s.name());
            row.add(s.owner());
            row.add(s.unitOfMeasure());
            row.add(price.year());
            row.add(price.selfCost().amount());
            row.add(price.markup().movePointRight(2).stripTrailingZeros().toPlainString());
            row.add(price.setPrice() == null ? "" : price.setPrice().amount());
            row.add(s.addedOn().toString());
            row.add(s.retiredOn() == null ? "" : s.retiredOn().toString());
            rows.add(row);
        }
        TableFile.write("Tjänstekatalog", HEADERS, rows, format, out);
    }
}
