package se.styrbord.itcost;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;

/** The yearly report "Total IT-kostnad <year>" as JSON, XLSX (every table) and PDF (with the charts). */
@Service
@Transactional(readOnly = true)
public class ItcostReport {

    private final ItcostFigures figures;
    private final ItcostDrilldown drilldown;
    private final Organisation organisation;
    private final MessageSource messages;

    ItcostReport(ItcostFigures figures, ItcostDrilldown drilldown, Organisation organisation, MessageSource messages) {
        this.figures = figures;
        this.drilldown = drilldown;
        this.organisation = organisation;
        this.messages = messages;
    }

    public ReportJson json(MunicipalityCode code, int year, Locale locale) {
        YearFigures y = figures.year(code, year);
        var units = y.units().stream()
                .map(u -> new ReportJson.Unit(
                        u.code(),
                        u.isUnmapped() ? text("itcost.noUnit", locale) : u.name(),
                        u.type() == null ? null : u.type().name(),
                        u.orgNumber(),
                        u.flagged(),
                        ReportJson.Figures.of(u.figures())))
                .toList();
        var entities = y.entities().stream()
                .map(e -> new ReportJson.Entity(
                        e.orgNumber(), e.name(), e.kind().name(), ReportJson.Figures.of(e.figures())))
                .toList();
        Spread s = y.equality();
        var equality = new ReportJson.Equality(
                "resourcesPerEmployee",
                s.count(),
                ReportJson.round(s.min(), 2),
                ReportJson.round(s.median(), 2),
                ReportJson.round(s.max(), 2),
                ReportJson.round(s.coefficientOfVariation(), 6),
                s.threshold(),
                s.flagged(),
                s.missing());
        return new ReportJson(
                code.value(),
                organisation.getGroup(code).name(),
                year,
                text("itcost.noBenchmark", locale),
                ReportJson.Figures.of(y.group()),
                entities,
                units,
                equality);
    }

    public void xlsx(MunicipalityCode code, int year, Locale locale, OutputStream out) throws IOException {
        new ReportXlsx(
                        figures.year(code, year),
                        organisation.getGroup(code).name(),
                        drilldown.unclassified(code, year, 50),
                        key -> text(key, locale))
                .write(out);
    }

    public void pdf(MunicipalityCode code, int year, Locale locale, OutputStream out) throws IOException {
        new ReportPdf(figures.year(code, year), organisation.getGroup(code).name(), key -> text(key, locale), locale)
                .write(out);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
