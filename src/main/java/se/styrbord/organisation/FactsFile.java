package se.styrbord.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Figures;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.Violation;

/**
 * The yearly-facts table as a file: XLSX or CSV (semicolon separated, as Swedish spreadsheets write
 * it), with the columns {@link #HEADERS}. Amounts may use a decimal comma and spaces between
 * thousands; an empty cell is a missing figure. Row numbers in messages are the file's own, header
 * included.
 */
public final class FactsFile {

    /** Column headers in Swedish; the English names {@link #ENGLISH} are accepted on import too. */
    public static final List<String> HEADERS =
            List.of("enhet", "namn", "år", "omslutning", "medarbetare", "årsarbetare");

    static final List<String> ENGLISH = List.of("unit", "name", "year", "turnover", "employees", "fte");
    static final int MAX_ROWS = 100_000;
    private static final List<String> FIELDS = List.of("unit", "name", "year", "turnover", "employees", "fte");

    public enum Format {
        CSV,
        XLSX;

        public static Format ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return XLSX;
            }
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                return CSV;
            }
            throw InvalidInput.of("file", "facts.file.format", name);
        }
    }

    /** One row to export: the facts and the unit's name, for people reading the file. */
    public record Line(
            String unitCode,
            String unitName,
            int year,
            @Nullable YearlyFacts facts) {}

    private FactsFile() {}

    public static List<YearlyFacts> read(InputStream in, Format format) throws IOException {
        return fromRows(format == Format.CSV ? csvRows(in) : xlsxRows(in));
    }

    /** Reads a table whose first row names the columns; row numbers in violations count that header as 1. */
    public static List<YearlyFacts> fromRows(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "facts.file.empty");
        }
        int[] columns = columnsOf(rows.getFirst());
        List<YearlyFacts> facts = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = i + 1;
            int before = violations.size();
            String unit = cell(row, columns[0]);
            Integer year = integer(cell(row, columns[2]), rowNumber, FIELDS.get(2), violations);
            BigDecimal turnover = decimal(cell(row, columns[3]), rowNumber, FIELDS.get(3), violations);
            Integer employees = integer(cell(row, columns[4]), rowNumber, FIELDS.get(4), violations);
            BigDecimal fte = decimal(cell(row, columns[5]), rowNumber, FIELDS.get(5), violations);
            if (unit.isBlank()) {
                violations.add(Violation.atRow(rowNumber, "unit", "facts.unit.required"));
            }
            if (year == null && violations.size() == before) {
                violations.add(Violation.atRow(rowNumber, "year", "facts.year.required"));
            }
            if (violations.size() == before) {
                facts.add(new YearlyFacts(unit, year, turnover == null ? null : new Money(turnover), employees, fte));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return facts;
    }

    public static void write(List<Line> lines, Format format, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            writeCsv(lines, out);
        } else {
            writeXlsx(lines, out);
        }
    }

    private static int[] columnsOf(List<String> header) {
        int[] columns = new int[HEADERS.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < HEADERS.size(); c++) {
            columns[c] = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
                if (name.equals(HEADERS.get(c)) || name.equals(ENGLISH.get(c))) {
                    columns[c] = i;
                }
            }
            if (columns[c] < 0 && c != 1) {
                missing.add(HEADERS.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(
                    List.of(Violation.atRow(1, "header", "facts.file.columns", String.join(", ", missing))));
        }
        return columns;
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).strip();
    }

    private static @Nullable Integer integer(String text, int row, String field, List<Violation> violations) {
        BigDecimal value = decimal(text, row, field, violations);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            violations.add(Violation.atRow(row, field, "facts.integer", text));
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(String text, int row, String field, List<Violation> violations) {
        if (text.isBlank()) {
            return null;
        }
        BigDecimal value = Figures.parse(text);
        if (value == null) {
            violations.add(Violation.atRow(row, field, "facts.number", text));
            return null;
        }
        if (value.signum() < 0) {
            violations.add(Violation.atRow(row, field, "facts.negative"));
            return null;
        }
        if (value.scale() > 2) {
            violations.add(Violation.atRow(row, field, "facts.decimals", text));
            return null;
        }
        return value;
    }

    private static List<List<String>> csvRows(InputStream in) throws IOException {
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        var bufferedReader = new java.io.BufferedReader(reader);
        bufferedReader.mark(4096);
        String first = bufferedReader.readLine();
        bufferedReader.reset();
        char delimiter = first != null && first.indexOf(';') < 0 && first.indexOf(',') >= 0 ? ',' : ';';
        List<List<String>> rows = new ArrayList<>();
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        for (CSVRecord record : csv.parse(bufferedReader)) {
            if (rows.size() > MAX_ROWS) {
                throw InvalidInput.of("file", "facts.file.tooLarge", MAX_ROWS);
            }
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw InvalidInput.of("file", "facts.file.tooLarge", MAX_ROWS);
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text(cell, formatter));
                    }
                }
                rows.add(cells);
            }
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw InvalidInput.of("file", "facts.file.unreadable");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw InvalidInput.of("file", "facts.file.unreadable");
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static void writeCsv(List<Line> lines, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        printer.printRecord(HEADERS);
        for (Line line : lines) {
            YearlyFacts f = line.facts();
            printer.printRecord(
                    line.unitCode(),
                    line.unitName(),
                    line.year(),
                    f == null || f.turnover() == null
                            ? ""
                            : swedish(f.turnover().amount()),
                    f == null || f.employees() == null ? "" : f.employees(),
                    f == null || f.fte() == null ? "" : swedish(f.fte()));
        }
        printer.flush();
    }

    private static String swedish(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static void writeXlsx(List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Årsfakta");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            var amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.unitCode());
                row.createCell(1).setCellValue(line.unitName());
                row.createCell(2).setCellValue(line.year());
                YearlyFacts f = line.facts();
                if (f != null && f.turnover() != null) {
                    Cell cell = row.createCell(3);
                    cell.setCellValue(f.turnover().amount().doubleValue());
                    cell.setCellStyle(amount);
                }
                if (f != null && f.employees() != null) {
                    row.createCell(4).setCellValue(f.employees());
                }
                if (f != null && f.fte() != null) {
                    row.createCell(5).setCellValue(f.fte().doubleValue());
                }
            }
            int[] widths = {14, 36, 8, 20, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        }
    }
}
