package se.styrbord.allocation;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.styrbord.shared.Figures;
import se.styrbord.shared.Money;

/**
 * A report as PDF (OpenPDF): the figures of the run, a bar chart of each unit's difference drawn
 * with OpenPDF's own graphics, and the comparison table. Text is in the PDF standard font Helvetica
 * (WinAnsi: å, ä, ö and the en dash included), so no font has to be installed on the server.
 */
public final class ReportPdf {

    private static final Color SAVING = new Color(0x1e, 0x6b, 0x33);
    private static final Color INCREASE = new Color(0xa4, 0x16, 0x1a);
    private static final float ROW = 13f;

    private ReportPdf() {}

    public static void write(AllocationReport r, ReportTexts t, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(t.get("allocation.report.title", String.valueOf(r.year()), t.model(r.model())));
            document.addCreator("Styrbord");
            document.open();
            Font heading = new Font(Font.HELVETICA, 15, Font.BOLD);
            Font text = new Font(Font.HELVETICA, 9, Font.NORMAL);
            Font bold = new Font(Font.HELVETICA, 9, Font.BOLD);
            document.add(new Paragraph(
                    t.get("allocation.report.title", String.valueOf(r.year()), t.model(r.model())), heading));
            for (String line : summary(r, t)) {
                document.add(new Paragraph(line, text));
            }
            if (r.hasCurrent()) {
                document.add(new Paragraph(t.get("allocation.chart.title"), bold));
                chart(writer, document, r);
            }
            document.add(table(r, t, text, bold));
            if (r.renewal().isPresent()) {
                document.add(new Paragraph(" ", text));
                for (MarkupRenewal.Lifetime life : r.lifetimes()) {
                    document.add(new Paragraph(
                            t.get(
                                    "allocation.lifetime.line",
                                    t.get("allocation.asset." + life.asset().assetClass()),
                                    String.valueOf(life.asset().years()),
                                    Figures.fractionAsPercent(life.markupNeeded())),
                            text));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static List<String> summary(AllocationReport r, ReportTexts t) {
        var lines = new java.util.ArrayList<String>();
        lines.add(t.get("allocation.pool") + ": " + Figures.sek(r.pool()) + " kr ("
                + t.get("allocation.poolSource." + r.inputs().poolSource()) + ")");
        r.decision().ifPresent(decision -> lines.add(t.get("allocation.decision") + ": " + decision));
        lines.add(t.get("allocation.remainder") + ": " + Figures.sek(r.remainder()) + " kr");
        if (r.hasCurrent()) {
            lines.add(t.get(
                    "allocation.invoices.line",
                    Figures.whole(r.currentInvoices()),
                    Figures.whole(r.invoices()),
                    Figures.whole(r.invoiceChange().orElseThrow())));
        }
        r.renewal()
                .flatMap(MarkupRenewal::renewalYears)
                .ifPresent(years -> lines.add(t.get(
                        "allocation.renewal.line", Figures.fractionAsPercent(r.markup()), Figures.decimal(years, 1))));
        if (r.gapLow().isPresent()) {
            lines.add(t.get(
                    "allocation.gap.line",
                    Figures.decimal(r.inputs().projectHours(), 0),
                    Figures.sek(r.gapLow().orElseThrow()),
                    Figures.sek(r.gapHigh().orElseThrow())));
        } else {
            lines.add(t.get("allocation.gap.missing"));
        }
        return lines;
    }

    /** Horizontal bars from a middle line: savings to the left, increases to the right. */
    private static void chart(PdfWriter writer, Document document, AllocationReport r) throws IOException {
        List<ReportUnit> units = r.byDifference();
        float height = units.size() * ROW + 10;
        float top = writer.getVerticalPosition(true) - 6;
        if (top - height < document.bottom()) {
            document.newPage();
            top = writer.getVerticalPosition(true) - 6;
        }
        float left = document.left();
        float labelWidth = 150;
        float middle = left + labelWidth + (document.right() - left - labelWidth) / 2;
        float half = (document.right() - left - labelWidth) / 2 - 60;
        long largest = units.stream()
                .mapToLong(u -> Math.abs(u.difference().orElse(Money.ZERO).ore()))
                .max()
                .orElse(1);
        PdfContentByte canvas = writer.getDirectContent();
        BaseFont font;
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        for (int i = 0; i < units.size(); i++) {
            ReportUnit u = units.get(i);
            long diff = u.difference().orElse(Money.ZERO).ore();
            float y = top - (i + 1) * ROW;
            float width = largest == 0 ? 0 : half * Math.abs(diff) / (float) largest;
            canvas.setColorFill(diff < 0 ? SAVING : INCREASE);
            canvas.rectangle(diff < 0 ? middle - width : middle, y, Math.max(width, 0.5f), ROW - 3);
            canvas.fill();
            canvas.setColorFill(Color.BLACK);
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.showTextAligned(Element.ALIGN_LEFT, clip(u.name()), left, y + 2, 0);
            String figure = Figures.sek(u.difference().orElse(Money.ZERO));
            canvas.showTextAligned(
                    diff < 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                    figure,
                    diff < 0 ? middle - width - 3 : middle + width + 3,
                    y + 2,
                    0);
            canvas.endText();
        }
        canvas.setLineWidth(0.5f);
        canvas.moveTo(middle, top);
        canvas.lineTo(middle, top - height + 10);
        canvas.stroke();
        Paragraph space = new Paragraph(" ");
        space.setSpacingBefore(height - 8);
        try {
            document.add(space);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private static PdfPTable table(AllocationReport r, ReportTexts t, Font text, Font bold) {
        boolean current = r.hasCurrent();
        PdfPTable table = new PdfPTable(current ? 6 : 3);
        table.setWidthPercentage(100);
        try {
            table.setWidths(
                    current ? new float[] {3.2f, 1.3f, 1.6f, 1.6f, 1.6f, 1.1f} : new float[] {3.2f, 1.3f, 1.6f});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        header(table, bold, t.get("allocation.unit"));
        header(table, bold, t.get(r.model().driverLabel()));
        if (current) {
            header(table, bold, t.get("allocation.current"));
        }
        header(table, bold, t.get("allocation.proposed"));
        if (current) {
            header(table, bold, t.get("allocation.difference"));
            header(table, bold, t.get("allocation.differencePct"));
        }
        for (ReportUnit u : current ? r.byDifference() : r.units()) {
            cell(table, text, u.name(), false);
            cell(
                    table,
                    text,
                    u.driver() == null
                            ? "–"
                            : Figures.decimal(u.driver(), r.model().driverDecimals()),
                    true);
            if (current) {
                cell(table, text, Figures.sek(u.current()), true);
            }
            cell(table, text, Figures.sek(u.amount()), true);
            if (current) {
                cell(table, text, Figures.sek(u.difference().orElseThrow()), true);
                cell(table, text, u.percent().map(Figures::percent).orElse(t.get("missing")), true);
            }
        }
        return table;
    }

    private static void header(PdfPTable table, Font font, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(new Color(0xf2, 0xf5, 0xf8));
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, Font font, String text, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }

    private static String clip(String name) {
        return name.length() > 32 ? name.substring(0, 31) + "…" : name;
    }
}
