package se.styrbord.itcost;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.styrbord.shared.Money;
import se.styrbord.shared.Share;

/**
 * The report as PDF: the group's figures, the three charts drawn as vector graphics (composition,
 * IT cost per turnover per unit, trend), and the tables of entities, units and equality. Uses the
 * PDF standard font Helvetica, which needs no font installed.
 */
final class ReportPdf {

    private static final Color[] COLOURS = {
        new Color(0x0a, 0x51, 0x91),
        new Color(0x1e, 0x6b, 0x33),
        new Color(0x8a, 0x4b, 0x00),
        new Color(0x6b, 0x2d, 0x8f)
    };

    private final YearFigures y;
    private final String groupName;
    private final Function<String, String> t;
    private final DecimalFormat whole;
    private final DecimalFormat twoDecimals;
    private final Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
    private final Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
    private final Font body = new Font(Font.HELVETICA, 9);
    private final Font small = new Font(Font.HELVETICA, 7.5f);
    private final Font smallBold = new Font(Font.HELVETICA, 7.5f, Font.BOLD);

    ReportPdf(YearFigures y, String groupName, Function<String, String> t, Locale locale) {
        this.y = y;
        this.groupName = groupName;
        this.t = t;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (locale.getLanguage().equals("sv")) {
            symbols.setGroupingSeparator('\u00A0');
            symbols.setDecimalSeparator(',');
            symbols.setMinusSign('-');
        }
        whole = new DecimalFormat("#,##0", symbols);
        twoDecimals = new DecimalFormat("#,##0.00", symbols);
        whole.setRoundingMode(RoundingMode.HALF_UP);
        twoDecimals.setRoundingMode(RoundingMode.HALF_UP);
    }

    void write(OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(t.apply("itcost.heading").replace("{0}", String.valueOf(y.year())) + " – " + groupName);
        document.open();
        document.add(new Paragraph(
                t.apply("itcost.heading").replace("{0}", String.valueOf(y.year())) + " – " + groupName, title));
        document.add(new Paragraph(t.apply("itcost.lead"), body));
        Paragraph warning = new Paragraph(t.apply("itcost.noBenchmark"), smallBold);
        warning.setSpacingBefore(4);
        document.add(warning);
        section(document, t.apply("itcost.group"));
        document.add(groupTable());
        PdfContentByte canvas = writer.getDirectContent();
        section(document, t.apply("itcost.chart.composition"));
        document.add(compositionChart(canvas));
        section(document, t.apply("itcost.chart.trend"));
        document.add(trendChart(canvas));
        document.newPage();
        section(document, t.apply("itcost.chart.perTurnover"));
        document.add(perTurnoverChart(canvas));
        section(document, t.apply("itcost.entities"));
        document.add(entityTable());
        section(document, t.apply("itcost.units"));
        document.add(unitTable());
        section(document, t.apply("itcost.equality"));
        document.add(new Paragraph(t.apply("itcost.equality.lead"), body));
        document.add(equalityTable());
        document.close();
    }

    private void section(Document document, String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private PdfPTable groupTable() {
        KeyFigures g = y.group();
        Amounts a = g.amounts();
        PdfPTable table = table(new float[] {3, 1.3f});
        row(table, "itcost.total", money(a.total()));
        row(table, "itcost.category.CENTRAL_IT", money(a.central()));
        row(table, "itcost.category.EXTERNAL_IT", money(a.external()));
        row(table, "itcost.category.LOCAL_IT_STAFF", money(a.localStaff()));
        row(table, "itcost.category.SHADOW_IT", money(a.shadow()));
        row(
                table,
                "itcost.totalToCentral",
                g.totalToCentral() == null ? missing() : decimal(g.totalToCentral()) + " ×");
        row(table, "itcost.itShareOfTurnover", percent(g.itShareOfTurnover()));
        row(table, "itcost.perEmployee", money(g.perEmployee()));
        row(table, "itcost.perFte", money(g.perFte()));
        row(table, "itcost.digitalisation", money(a.digitalisation()) + " (" + percent(g.digitalisationShare()) + ")");
        row(
                table,
                "itcost.digitalisationOperating",
                money(a.digitalisationOperating()) + " (" + percent(g.digitalisationOperatingShare()) + ")");
        row(table, "itcost.internal", money(a.internal()));
        row(table, "itcost.changeFromPrevious", percent(g.changeFromPreviousYear()));
        return table;
    }

    private PdfPTable entityTable() {
        PdfPTable table = table(new float[] {3, 1.6f, 1.6f, 1.8f, 1.1f, 1.1f});
        head(
                table,
                "itcost.entity",
                "itcost.total",
                "itcost.category.CENTRAL_IT",
                "itcost.turnover",
                "itcost.itShareOfTurnover",
                "itcost.centralShareOfTurnover");
        for (YearFigures.EntityFigures e : y.entities()) {
            KeyFigures k = e.figures();
            cells(
                    table,
                    e.name(),
                    money(k.amounts().total()),
                    money(k.amounts().central()),
                    money(k.drivers().turnover()),
                    percent(k.itShareOfTurnover()),
                    percent(k.centralShareOfTurnover()));
        }
        return table;
    }

    private PdfPTable unitTable() {
        PdfPTable table = table(new float[] {3, 1.5f, 1.4f, 1.4f, 1.4f, 1.2f, 1.4f, 1, 1.2f});
        head(
                table,
                "itcost.unit",
                "itcost.total",
                "itcost.category.CENTRAL_IT",
                "itcost.category.EXTERNAL_IT",
                "itcost.category.LOCAL_IT_STAFF",
                "itcost.category.SHADOW_IT",
                "itcost.internalShort",
                "itcost.itShareOfTurnover",
                "itcost.resourcesPerEmployee");
        for (YearFigures.UnitFigures u : y.units()) {
            KeyFigures k = u.figures();
            Amounts a = k.amounts();
            cells(
                    table,
                    (u.isUnmapped() ? t.apply("itcost.noUnit") + " (" + u.orgNumber() + ")" : u.name())
                            + (u.flagged() ? " *" : ""),
                    money(a.total()),
                    money(a.central()),
                    money(a.external()),
                    money(a.localStaff()),
                    money(a.shadow()),
                    money(a.internal()),
                    percent(k.itShareOfTurnover()),
                    u.inEquality() ? money(k.resourcesPerEmployee()) : "–");
        }
        return table;
    }

    private PdfPTable equalityTable() {
        Spread s = y.equality();
        PdfPTable table = table(new float[] {3, 2});
        row(table, "itcost.equality.count", String.valueOf(s.count()));
        row(table, "itcost.equality.min", number(s.min()));
        row(table, "itcost.equality.median", number(s.median()));
        row(table, "itcost.equality.max", number(s.max()));
        row(
                table,
                "itcost.equality.cv",
                s.coefficientOfVariation() == null ? missing() : decimal(s.coefficientOfVariation()));
        row(table, "itcost.equality.threshold", whole.format(s.threshold().movePointRight(2)) + " %");
        row(table, "itcost.flag", s.flagged().isEmpty() ? "–" : String.join(", ", s.flagged()) + " (*)");
        return table;
    }

    /** Horizontal bars of the four categories, with amounts. */
    private Image compositionChart(PdfContentByte canvas) {
        Amounts a = y.group().amounts();
        String[] labels = {
            t.apply("itcost.category.CENTRAL_IT"),
            t.apply("itcost.category.EXTERNAL_IT"),
            t.apply("itcost.category.LOCAL_IT_STAFF"),
            t.apply("itcost.category.SHADOW_IT")
        };
        Money[] values = {a.central(), a.external(), a.localStaff(), a.shadow()};
        List<Double> numbers = new ArrayList<>();
        for (Money m : values) {
            numbers.add(m.amount().doubleValue());
        }
        return bars(canvas, List.of(labels), numbers, value -> whole.format(value) + " kr", 0);
    }

    private Image perTurnoverChart(PdfContentByte canvas) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (YearFigures.UnitFigures u : y.units()) {
            if (!u.isUnmapped() && u.figures().itShareOfTurnover() != null) {
                labels.add(u.name());
                values.add(u.figures().itShareOfTurnover().value().doubleValue() * 100);
            }
        }
        return bars(canvas, labels, values, value -> twoDecimals.format(value) + " %", 1);
    }

    private Image bars(
            PdfContentByte canvas,
            List<String> labels,
            List<Double> values,
            Function<Double, String> text,
            int colour) {
        float width = 515;
        float rowHeight = 16;
        float height = Math.max(40, labels.size() * rowHeight + 10);
        float labelWidth = 190;
        float valueWidth = 80;
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        PdfTemplate template = canvas.createTemplate(width, height);
        BaseFont font = helvetica();
        for (int i = 0; i < labels.size(); i++) {
            float top = height - 5 - i * rowHeight;
            template.beginText();
            template.setFontAndSize(font, 8);
            template.setColorFill(Color.BLACK);
            template.showTextAligned(Element.ALIGN_LEFT, clip(labels.get(i), 42), 0, top - 11, 0);
            template.endText();
            float length = max <= 0 ? 0 : (float) (values.get(i) / max * (width - labelWidth - valueWidth));
            template.setColorFill(COLOURS[(colour + (colour == 0 ? i : 0)) % COLOURS.length]);
            template.rectangle(labelWidth, top - 13, Math.max(0.5f, length), 11);
            template.fill();
            template.beginText();
            template.setFontAndSize(font, 8);
            template.setColorFill(Color.BLACK);
            template.showTextAligned(
                    Element.ALIGN_LEFT, text.apply(values.get(i)), labelWidth + length + 4, top - 11, 0);
            template.endText();
        }
        return Image.getInstance(template);
    }

    /** Lines of total IT cost, central IT and digitalisation over the years loaded. */
    private Image trendChart(PdfContentByte canvas) {
        float width = 515;
        float height = 170;
        float left = 70;
        float bottom = 35;
        PdfTemplate template = canvas.createTemplate(width, height);
        BaseFont font = helvetica();
        List<YearFigures.YearPoint> points = y.trend();
        String[] names = {
            t.apply("itcost.total"), t.apply("itcost.category.CENTRAL_IT"), t.apply("itcost.category.DIGITALISATION")
        };
        double max = 1;
        for (YearFigures.YearPoint p : points) {
            max = Math.max(max, p.amounts().total().amount().doubleValue());
        }
        float plotWidth = width - left - 10;
        float plotHeight = height - bottom - 10;
        template.setColorStroke(Color.GRAY);
        template.setLineWidth(0.5f);
        template.moveTo(left, bottom);
        template.lineTo(left + plotWidth, bottom);
        template.moveTo(left, bottom);
        template.lineTo(left, bottom + plotHeight);
        template.stroke();
        for (int tick = 0; tick <= 4; tick++) {
            float yPos = bottom + plotHeight * tick / 4;
            template.beginText();
            template.setFontAndSize(font, 7);
            template.setColorFill(Color.BLACK);
            template.showTextAligned(
                    Element.ALIGN_RIGHT, whole.format(max * tick / 4 / 1_000_000) + " Mkr", left - 4, yPos - 2, 0);
            template.endText();
        }
        int n = points.size();
        for (int i = 0; i < n; i++) {
            float x = n == 1 ? left + plotWidth / 2 : left + plotWidth * i / (n - 1);
            template.beginText();
            template.setFontAndSize(font, 7);
            template.showTextAligned(
                    Element.ALIGN_CENTER, String.valueOf(points.get(i).year()), x, bottom - 10, 0);
            template.endText();
        }
        for (int series = 0; series < 3; series++) {
            template.setColorStroke(COLOURS[series]);
            template.setColorFill(COLOURS[series]);
            template.setLineWidth(1.5f);
            for (int i = 0; i < n; i++) {
                Amounts a = points.get(i).amounts();
                double v = (series == 0 ? a.total() : series == 1 ? a.central() : a.digitalisation())
                        .amount()
                        .doubleValue();
                float x = n == 1 ? left + plotWidth / 2 : left + plotWidth * i / (n - 1);
                float yPos = bottom + (float) (v / max * plotHeight);
                if (i == 0) {
                    template.moveTo(x, yPos);
                } else {
                    template.lineTo(x, yPos);
                }
            }
            template.stroke();
            template.rectangle(left + series * 150, 2, 10, 6);
            template.fill();
            template.beginText();
            template.setFontAndSize(font, 7);
            template.setColorFill(Color.BLACK);
            template.showTextAligned(Element.ALIGN_LEFT, names[series], left + series * 150 + 14, 2, 0);
            template.endText();
        }
        return Image.getInstance(template);
    }

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(0);
        return table;
    }

    private void head(PdfPTable table, String... keys) {
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(new Phrase(t.apply(key), smallBold));
            cell.setBackgroundColor(new Color(0xf2, 0xf5, 0xf8));
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private void cells(PdfPTable table, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(values[i], small));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(new PdfPCell(new Phrase(t.apply(key), body)));
        PdfPCell cell = new PdfPCell(new Phrase(value, body));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private String money(@Nullable Money m) {
        return m == null ? missing() : whole.format(m.amount());
    }

    private String percent(@Nullable Share s) {
        return s == null ? missing() : twoDecimals.format(s.percent(2)) + " %";
    }

    private String number(@Nullable BigDecimal v) {
        return v == null ? missing() : whole.format(v);
    }

    private String decimal(BigDecimal v) {
        return twoDecimals.format(v);
    }

    private String missing() {
        return t.apply("itcost.missing");
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
