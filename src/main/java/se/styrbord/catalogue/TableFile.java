package se.styrbord.catalogue;

import java.io.BufferedReader;
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
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.styrbord.shared.InvalidInput;

/**
 * A table in a file, XLSX (first sheet) or CSV (semicolon or comma separated, UTF-8), as rows of
 * cell texts; the first row names the columns. Row numbers are the file's own, header row 1.
 */
public final class TableFile {

    static final int MAX_ROWS = 200_000;

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
            throw InvalidInput.of("file", "catalogue.file.format", name);
        }

        public String contentType() {
            return this == CSV
                    ? "text/csv;charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private TableFile() {}

    static List<List<String>> read(InputStream in, Format format) throws IOException {
        List<List<String>> rows = format == Format.CSV ? csv(in) : xlsx(in);
        if (rows.isEmpty() || rows.getFirst().stream().allMatch(String::isBlank)) {
            throw InvalidInput.of("file", "catalogue.file.empty");
        }
        return rows;
    }

    static void write(String sheetName, List<String> headers, List<List<Object>> rows, Format format, OutputStream out)
            throws IOException {
        if (format == Format.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(
                    writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream()
                        .map(v -> v instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : v)
                        .toList());
            }
            printer.flush();
            return;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                sheet.setColumnWidth(c, Math.max(12, headers.get(c).length() + 4) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(new BigDecimal(n.toString()).doubleValue());
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static List<List<String>> csv(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(8192);
        String first = reader.readLine();
        reader.reset();
        char delimiter = first != null && first.indexOf(';') < 0 && first.indexOf(',') >= 0 ? ',' : ';';
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try {
            for (CSVRecord record : format.parse(reader)) {
                if (rows.size() > MAX_ROWS) {
                    throw InvalidInput.of("file", "catalogue.file.tooLarge", String.valueOf(MAX_ROWS));
                }
                List<String> cells = new ArrayList<>(record.toList());
                if (rows.isEmpty() && !cells.isEmpty()) {
                    cells.set(0, cells.getFirst().replace("\uFEFF", ""));
                }
                rows.add(cells);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw InvalidInput.of("file", "catalogue.file.unreadable");
        }
        return rows;
    }

    private static List<List<String>> xlsx(InputStream in) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw InvalidInput.of("file", "catalogue.file.tooLarge", String.valueOf(MAX_ROWS));
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
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("file", "catalogue.file.unreadable");
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
