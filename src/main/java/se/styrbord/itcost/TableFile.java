package se.styrbord.itcost;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Figures;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Violation;

/**
 * A table read from an XLSX sheet or a CSV file (semicolon or comma separated, UTF-8), as strings,
 * with its columns found by their Swedish or English header. Row numbers are the file's own, the
 * header being row 1.
 */
final class TableFile {

    static final int MAX_ROWS = 100_000;

    private final List<List<String>> rows;
    private final int[] columns;

    private TableFile(List<List<String>> rows, int[] columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** Reads the file; {@code headers} are pairs of Swedish and English names of the required columns. */
    static TableFile read(String fileName, InputStream in, List<String[]> headers) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<List<String>> rows;
        if (lower.endsWith(".xlsx")) {
            rows = xlsx(in);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            rows = csv(in);
        } else {
            throw InvalidInput.of("file", "itcost.file.format", fileName);
        }
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "itcost.file.empty");
        }
        int[] columns = new int[headers.size()];
        List<String> missing = new ArrayList<>();
        List<String> header = rows.getFirst();
        for (int c = 0; c < headers.size(); c++) {
            columns[c] = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                if (name.equals(headers.get(c)[0]) || name.equals(headers.get(c)[1])) {
                    columns[c] = i;
                }
            }
            if (columns[c] < 0) {
                missing.add(headers.get(c)[0]);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(
                    List.of(Violation.atRow(1, "header", "itcost.file.columns", String.join(", ", missing))));
        }
        return new TableFile(rows, columns);
    }

    /** Data rows that are not blank, each with its row number in the file. */
    List<Integer> dataRows() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (!rows.get(i).stream().allMatch(String::isBlank)) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    String cell(int rowNumber, int column) {
        List<String> row = rows.get(rowNumber - 1);
        int c = columns[column];
        return c < 0 || c >= row.size() ? "" : row.get(c).strip();
    }

    /** A decimal with a comma or point, spaces between thousands allowed; null and a violation if not one. */
    static @Nullable BigDecimal decimal(String text, int row, String field, List<Violation> violations) {
        BigDecimal value = Figures.parse(text);
        if (value == null) {
            violations.add(Violation.atRow(row, field, "itcost.file.number", text));
            return null;
        }
        if (value.signum() < 0) {
            violations.add(Violation.atRow(row, field, "itcost.file.negative", text));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.atRow(row, field, "itcost.file.decimals", text));
            return null;
        }
        return value;
    }

    private static List<List<String>> csv(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(8192);
        String first = reader.readLine();
        reader.reset();
        char delimiter = first != null && first.indexOf(';') < 0 && first.indexOf(',') >= 0 ? ',' : ';';
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record :
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
            if (rows.size() > MAX_ROWS) {
                throw InvalidInput.of("file", "itcost.file.tooLarge", String.valueOf(MAX_ROWS));
            }
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<List<String>> xlsx(InputStream in) {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw InvalidInput.of("file", "itcost.file.tooLarge", String.valueOf(MAX_ROWS));
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(
                            cell == null
                                    ? ""
                                    : cell.getCellType() == CellType.NUMERIC
                                            ? BigDecimal.valueOf(cell.getNumericCellValue())
                                                    .stripTrailingZeros()
                                                    .toPlainString()
                                            : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("file", "itcost.file.unreadable");
        }
        return rows;
    }
}
