package se.styrbord.itcost.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import se.styrbord.itcost.ItcostReport;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;

/** The yearly report from the overview page: PDF with the charts, XLSX with every table, and its JSON. */
@Controller
@RequestMapping("/{municipality:\\d{4}}/itcost/{year:\\d{4}}")
class ReportFiles {

    private final ItcostReport report;
    private final Organisation organisation;

    ReportFiles(ItcostReport report, Organisation organisation) {
        this.report = report;
        this.organisation = organisation;
    }

    @GetMapping("/report.pdf")
    void pdf(@PathVariable String municipality, @PathVariable int year, Locale locale, HttpServletResponse response)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        start(response, "application/pdf", code, year, "pdf");
        report.pdf(code, year, locale, response.getOutputStream());
    }

    /** The JSON of {@code /api/{municipalityId}/itcost/{year}}, for a person signed in to the pages. */
    @GetMapping(value = "/report.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    se.styrbord.itcost.ReportJson json(@PathVariable String municipality, @PathVariable int year, Locale locale) {
        return report.json(MunicipalityCode.of(municipality), year, locale);
    }

    @GetMapping("/report.xlsx")
    void xlsx(@PathVariable String municipality, @PathVariable int year, Locale locale, HttpServletResponse response)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipality);
        organisation.getGroup(code);
        start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", code, year, "xlsx");
        report.xlsx(code, year, locale, response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String type, MunicipalityCode code, int year, String ext) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName(code, year, ext))
                        .build()
                        .toString());
    }

    static String fileName(MunicipalityCode code, int year, String ext) {
        return "total-it-kostnad-" + code + "-" + year + "." + ext;
    }
}
