package se.styrbord.allocation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * A report as an XLSX workbook: the comparison unit by unit (winners first), then the run's inputs
 * (units with their drivers, the price list) so that every amount can be traced in the same file.
 * Amounts are numbers formatted to two decimals; a missing figure is an empty cell.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {}

    public static void write(AllocationReport report, ReportTexts t, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            comparison(workbook.createSheet(t.get("allocation.xlsx.comparison")), report, t, amount);
            units(workbook.createSheet(t.get("allocation.xlsx.units")), report, t, amount);
            services(workbook.createSheet(t.get("allocation.xlsx.services")), report, t, amount);
            workbook.write(out);
        }
    }

    private static void comparison(Sheet sheet, AllocationReport r, ReportTexts t, CellStyle amount) {
        int row = 0;
        row(sheet, row++, amount, t.get("allocation.report.title", String.valueOf(r.year()), t.model(r.model())));
        row(sheet, row++, amount, t.get("allocation.pool"), r.pool());
        if (r.decision().isPresent()) {
            row(sheet, row++, amount, t.get("allocation.decision"), r.decision().get());
        }
        row(sheet, row++, amount, t.get("allocation.remainder"), r.remainder());
        if (r.hasCurrent()) {
            row(sheet, row++, amount, t.get("allocation.invoices.current"), r.currentInvoices());
        }
        row(sheet, row++, amount, t.get("allocation.invoices.proposed"), r.invoices());
        row(sheet, row++, amount, t.get("allocation.markup"), r.markup());
        row(sheet, row++, amount, t.get("allocation.gap.low"), r.gapLow().orElse(null));
        row(sheet, row++, amount, t.get("allocation.gap.high"), r.gapHigh().orElse(null));
        row++;
        row(
                sheet,
                row++,
                amount,
                t.get("allocation.unitCode"),
                t.get("allocation.unit"),
                t.get(r.model().driverLabel()),
                t.get("allocation.current"),
                t.get("allocation.proposed"),
                t.get("allocation.difference"),
                t.get("allocation.differencePct"));
        for (ReportUnit u : r.hasCurrent() ? r.byDifference() : r.units()) {
            row(
                    sheet,
                    row++,
                    amount,
                    u.code(),
                    u.name(),
                    u.driver(),
                    u.current(),
                    u.amount(),
                    u.difference().orElse(null),
                    u.percent().orElse(null));
        }
        widths(sheet, 12, 40, 16, 20, 20, 20, 14);
    }

    private static void units(Sheet sheet, AllocationReport r, ReportTexts t, CellStyle amount) {
        row(
                sheet,
                0,
                amount,
                t.get("allocation.unitCode"),
                t.get("allocation.unit"),
                t.get("allocation.monthsActive"),
                t.get("allocation.employees"),
                t.get("allocation.fte"),
                t.get("allocation.turnover"));
        int row = 1;
        for (ReportUnit u : r.units()) {
            row(sheet, row++, amount, u.code(), u.name(), u.monthsActive(), u.employees(), u.fte(), u.turnover());
        }
        widths(sheet, 12, 40, 12, 14, 14, 20);
    }

    private static void services(Sheet sheet, AllocationReport r, ReportTexts t, CellStyle amount) {
        row(
                sheet,
                0,
                amount,
                t.get("allocation.serviceCode"),
                t.get("allocation.service"),
                t.get("allocation.unitOfMeasure"),
                t.get("allocation.selfCost"),
                t.get("allocation.price"),
                t.get("allocation.stable"));
        int row = 1;
        for (RunService s : r.inputs().services()) {
            row(
                    sheet,
                    row++,
                    amount,
                    s.code(),
                    s.name(),
                    s.unitOfMeasure(),
                    s.selfCost(),
                    s.price(),
                    t.get(s.stable() ? "yes" : "no"));
        }
        widths(sheet, 12, 40, 16, 16, 16, 10);
    }

    private static void row(Sheet sheet, int index, CellStyle amount, @Nullable Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            switch (value) {
                case null -> {}
                case Money m -> {
                    var cell = row.createCell(c);
                    cell.setCellValue(m.amount().doubleValue());
                    cell.setCellStyle(amount);
                }
                case BigDecimal d -> row.createCell(c).setCellValue(d.doubleValue());
                case Number n -> row.createCell(c).setCellValue(n.doubleValue());
                default -> row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    private static void widths(Sheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
