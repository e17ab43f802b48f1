package se.styrbord.itcost;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;
import se.styrbord.shared.Share;

/** The report's tables as one workbook, a sheet per table; a missing figure is an empty cell, never 0. */
final class ReportXlsx {

    private final YearFigures y;
    private final String groupName;
    private final List<ItcostDrilldown.Unclassified> unclassified;
    private final Function<String, String> t;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle money;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final CellStyle bold;

    ReportXlsx(
            YearFigures y,
            String groupName,
            List<ItcostDrilldown.Unclassified> unclassified,
            Function<String, String> t) {
        this.y = y;
        this.groupName = groupName;
        this.unclassified = unclassified;
        this.t = t;
        money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
        decimal = book.createCellStyle();
        decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
        bold = book.createCellStyle();
        var font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    void write(OutputStream out) throws IOException {
        group();
        entities();
        units();
        trend();
        equality();
        unclassified();
        book.write(out);
        book.close();
    }

    private void group() {
        Sheet s = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(t.apply("itcost.group")));
        text(s.createRow(0), 0, t.apply("itcost.heading").replace("{0}", String.valueOf(y.year())) + " – " + groupName)
                .setCellStyle(bold);
        text(s.createRow(1), 0, t.apply("itcost.noBenchmark"));
        KeyFigures g = y.group();
        Amounts a = g.amounts();
        int r = 3;
        r = line(s, r, "itcost.total", a.total());
        r = line(s, r, "itcost.category.CENTRAL_IT", a.central());
        r = line(s, r, "itcost.category.EXTERNAL_IT", a.external());
        r = line(s, r, "itcost.category.LOCAL_IT_STAFF", a.localStaff());
        r = line(s, r, "itcost.category.SHADOW_IT", a.shadow());
        r = line(s, r, "itcost.digitalisation", a.digitalisation());
        r = line(s, r, "itcost.digitalisationOperating", a.digitalisationOperating());
        r = line(s, r, "itcost.internal", a.internal());
        r = line(s, r, "itcost.turnover", g.drivers().turnover());
        r = line(s, r, "itcost.itShareOfTurnover", g.itShareOfTurnover());
        r = line(s, r, "itcost.centralShareOfTurnover", g.centralShareOfTurnover());
        r = line(s, r, "itcost.perEmployee", g.perEmployee());
        r = line(s, r, "itcost.perFte", g.perFte());
        Row row = s.createRow(r++);
        text(row, 0, t.apply("itcost.totalToCentral"));
        number(row, 1, g.totalToCentral(), decimal);
        r = line(s, r, "itcost.digitalisation", g.digitalisationShare());
        r = line(s, r, "itcost.digitalisationOperating", g.digitalisationOperatingShare());
        line(s, r, "itcost.changeFromPrevious", g.changeFromPreviousYear());
        s.setColumnWidth(0, 70 * 256);
        s.setColumnWidth(1, 20 * 256);
    }

    private void entities() {
        Sheet s = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(t.apply("itcost.entities")));
        header(
                s,
                columns(
                        new String[] {"itcost.entity"},
                        "itcost.turnover",
                        "itcost.itShareOfTurnover",
                        "itcost.centralShareOfTurnover"));
        int r = 1;
        for (YearFigures.EntityFigures e : y.entities()) {
            Row row = s.createRow(r++);
            text(row, 0, e.name());
            amounts(row, 1, e.figures().amounts());
            amount(row, 8, e.figures().drivers().turnover());
            share(row, 9, e.figures().itShareOfTurnover());
            share(row, 10, e.figures().centralShareOfTurnover());
        }
        widths(s, 11);
    }

    private void units() {
        Sheet s = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(t.apply("itcost.units")));
        header(
                s,
                columns(
                        new String[] {"itcost.unit", "itcost.entity"},
                        "itcost.turnover",
                        "itcost.employees",
                        "itcost.fte",
                        "itcost.itShareOfTurnover",
                        "itcost.perEmployee",
                        "itcost.perFte",
                        "itcost.resourcesPerEmployee",
                        "itcost.flag"));
        int r = 1;
        for (YearFigures.UnitFigures u : y.units()) {
            Row row = s.createRow(r++);
            text(row, 0, u.isUnmapped() ? t.apply("itcost.noUnit") : u.code() + " " + u.name());
            text(row, 1, u.orgNumber());
            KeyFigures k = u.figures();
            amounts(row, 2, k.amounts());
            amount(row, 9, k.drivers().turnover());
            if (k.drivers().employees() != null) {
                row.createCell(10).setCellValue(k.drivers().employees());
            }
            number(row, 11, k.drivers().fte(), decimal);
            share(row, 12, k.itShareOfTurnover());
            amount(row, 13, k.perEmployee());
            amount(row, 14, k.perFte());
            amount(row, 15, u.inEquality() ? k.resourcesPerEmployee() : null);
            if (u.flagged()) {
                text(row, 16, t.apply("itcost.flag"));
            }
        }
        widths(s, 17);
    }

    private void trend() {
        Sheet s = book.createSheet(
                org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(t.apply("itcost.chart.trend")));
        header(s, columns(new String[] {"itcost.year"}, "itcost.turnover"));
        int r = 1;
        for (YearFigures.YearPoint p : y.trend()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(p.year());
            Amounts a = p.amounts();
            amounts(row, 1, a);
            amount(row, 8, p.turnover());
        }
        widths(s, 9);
    }

    private void equality() {
        Sheet s = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(t.apply("itcost.equality")));
        Spread e = y.equality();
        text(s.createRow(0), 0, t.apply("itcost.equality.lead"));
        text(s.createRow(1), 0, t.apply("itcost.noBenchmark"));
        Object[][] rows = {
            {"itcost.equality.count", BigDecimal.valueOf(e.count())},
            {"itcost.equality.min", e.min()},
            {"itcost.equality.median", e.median()},
            {"itcost.equality.max", e.max()},
            {"itcost.equality.cv", e.coefficientOfVariation()},
            {"itcost.equality.threshold", e.threshold()},
        };
        int r = 3;
        for (Object[] line : rows) {
            Row row = s.createRow(r++);
            text(row, 0, t.apply((String) line[0]));
            number(row, 1, (BigDecimal) line[1], decimal);
        }
        Row flagged = s.createRow(r++);
        text(flagged, 0, t.apply("itcost.flag"));
        text(flagged, 1, String.join(", ", e.flagged()));
        Row missing = s.createRow(r);
        text(missing, 0, t.apply("itcost.missing"));
        text(missing, 1, String.join(", ", e.missing()));
        s.setColumnWidth(0, 40 * 256);
        s.setColumnWidth(1, 30 * 256);
    }

    private void unclassified() {
        Sheet s = book.createSheet(
                org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(t.apply("itcost.unclassified.title")));
        header(s, "itcost.entity", "itcost.account", "itcost.amount");
        int r = 1;
        for (ItcostDrilldown.Unclassified u : unclassified) {
            Row row = s.createRow(r++);
            text(row, 0, u.orgNumber());
            text(row, 1, u.account() + " " + (u.name() == null ? "" : u.name()));
            amount(row, 2, u.amount());
        }
        widths(s, 3);
    }

    private void amounts(Row row, int first, Amounts a) {
        amount(row, first, a.total());
        amount(row, first + 1, a.central());
        amount(row, first + 2, a.external());
        amount(row, first + 3, a.localStaff());
        amount(row, first + 4, a.shadow());
        amount(row, first + 5, a.digitalisation());
        amount(row, first + 6, a.internal());
    }

    private int line(Sheet s, int r, String key, @Nullable Object value) {
        Row row = s.createRow(r);
        text(row, 0, t.apply(key));
        if (value instanceof Money m) {
            amount(row, 1, m);
        } else if (value instanceof Share sh) {
            share(row, 1, sh);
        }
        return r + 1;
    }

    /** The keys of the columns that {@link #amounts} fills, in its order. */
    private static final String[] AMOUNT_KEYS = {
        "itcost.total",
        "itcost.category.CENTRAL_IT",
        "itcost.category.EXTERNAL_IT",
        "itcost.category.LOCAL_IT_STAFF",
        "itcost.category.SHADOW_IT",
        "itcost.category.DIGITALISATION",
        "itcost.internalShort"
    };

    /** Column keys: {@code before}, the amounts' columns, then {@code after}. */
    private static String[] columns(String[] before, String... after) {
        return java.util.stream.Stream.of(before, AMOUNT_KEYS, after)
                .flatMap(java.util.Arrays::stream)
                .toArray(String[]::new);
    }

    private void header(Sheet s, String... keys) {
        Row row = s.createRow(0);
        for (int c = 0; c < keys.length; c++) {
            text(row, c, t.apply(keys[c])).setCellStyle(bold);
        }
    }

    private static void widths(Sheet s, int columns) {
        s.setColumnWidth(0, 40 * 256);
        for (int c = 1; c < columns; c++) {
            s.setColumnWidth(c, 18 * 256);
        }
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private void amount(Row row, int column, @Nullable Money value) {
        number(row, column, value == null ? null : value.amount(), money);
    }

    private void share(Row row, int column, @Nullable Share value) {
        number(row, column, value == null ? null : value.value(), percent);
    }

    private static void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }
}
