package se.styrbord.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.styrbord.itcost.ItcostReport;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code report itcost --municipality CODE --year YEAR --format pdf|xlsx|json [--out FILE]}: the
 * yearly report "Total IT-kostnad" from the database, without a web server. JSON goes to standard
 * output unless {@code --out} is given; PDF and XLSX to {@code --out} or
 * {@code total-it-kostnad-CODE-YEAR.pdf|xlsx} in the current directory.
 */
@Command(
        name = "itcost",
        mixinStandardHelpOptions = true,
        description = "Write the yearly report Total IT-kostnad as PDF (with the charts), XLSX (every table) or JSON.")
public class ItcostReportCommand implements Callable<Integer> {

    public enum Format {
        pdf,
        xlsx,
        json
    }

    /** Where the command runs: its root is the top command, whose --data-dir applies. */
    @Spec
    CommandSpec spec;

    @Option(names = "--municipality", required = true, description = "The group's municipality code, e.g. 9999.")
    String municipality;

    @Option(names = "--year", required = true, description = "The year of the report.")
    int year;

    @Option(names = "--format", defaultValue = "json", description = "pdf, xlsx or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--out",
            description = "The file to write (default: standard output for json, else a file named"
                    + " total-it-kostnad-CODE-YEAR.EXT).")
    @Nullable
    Path out;

    @Option(names = "--lang", defaultValue = "sv", description = "sv or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws IOException {
        MunicipalityCode code;
        try {
            code = MunicipalityCode.of(municipality);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        StyrbordCommand top = top();
        try (ConfigurableApplicationContext context =
                Spring.start(top, false, Map.of("styrbord.demo.load-on-first-start", false))) {
            ItcostReport report = context.getBean(ItcostReport.class);
            Locale locale = Locale.forLanguageTag(lang);
            Path target = out != null || format == Format.json
                    ? out
                    : Path.of("total-it-kostnad-" + code + "-" + year + "." + format);
            try (OutputStream stream = target == null ? System.out : Files.newOutputStream(target)) {
                switch (format) {
                    case json ->
                        stream.write(context.getBean(JsonMapper.class)
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsBytes(report.json(code, year, locale)));
                    case xlsx -> report.xlsx(code, year, locale, stream);
                    case pdf -> report.pdf(code, year, locale, stream);
                }
                stream.flush();
            }
            if (target != null) {
                System.err.println("Wrote " + target.toAbsolutePath());
            }
            return 0;
        } catch (NotFound e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** The top command, however deep this one is registered (e.g. under {@code report}). */
    private StyrbordCommand top() {
        if (spec.root().userObject() instanceof StyrbordCommand top) {
            return top;
        }
        throw new IllegalStateException("the itcost command must run under the styrbord command");
    }
}
