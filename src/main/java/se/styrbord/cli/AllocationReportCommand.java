package se.styrbord.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.styrbord.allocation.AllocationReport;
import se.styrbord.allocation.AllocationRuns;
import se.styrbord.allocation.ReportJson;
import se.styrbord.allocation.ReportPdf;
import se.styrbord.allocation.ReportTexts;
import se.styrbord.allocation.ReportWorkbook;
import se.styrbord.allocation.RunModel;
import se.styrbord.allocation.RunRequest;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "allocation",
        mixinStandardHelpOptions = true,
        description = {
            "What each unit pays under a model, beside chargeback (today's buy/sell) when the catalogue has prices.",
            "Exit 0 when written, 1 when the data cannot be allocated (the message names the unit), 2 on wrong usage."
        })
class AllocationReportCommand implements Callable<Integer> {

    enum Format {
        json,
        xlsx,
        pdf
    }

    @ParentCommand
    ReportCommand report;

    @Option(names = "--municipality", required = true, description = "The group's municipality code, e.g. 9999.")
    String municipality;

    @Option(names = "--year", required = true, description = "The financial year.")
    int year;

    @Option(
            names = "--model",
            defaultValue = "headcount",
            description = "chargeback, headcount, fte, turnover, hybrid or fixed (the year's decided shares)"
                    + " (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--format", defaultValue = "json", description = "json, xlsx or pdf (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", description = "The file to write; standard output when left out.")
    Path out;

    @Option(
            names = "--pool",
            description = "The amount to allocate in SEK (default: the catalogue's self-cost of the year's use).")
    BigDecimal pool;

    @Option(names = "--hours", description = "Hours in the year's investment projects, for the financing gap.")
    BigDecimal hours;

    @Option(names = "--store", description = "Also store the run with its inputs, so that it can be reproduced.")
    boolean store;

    @Option(names = "--lang", defaultValue = "sv", description = "Language of XLSX, PDF and messages: sv or en.")
    String lang;

    @Override
    public Integer call() throws IOException {
        Locale locale = Locale.forLanguageTag(lang.equals("en") ? "en" : "sv-SE");
        try (ConfigurableApplicationContext context =
                Spring.start(report.parent, false, Map.of("styrbord.demo.load-on-first-start", false))) {
            MessageSource messages = context.getBean(MessageSource.class);
            AllocationRuns runs = context.getBean(AllocationRuns.class);
            AllocationReport result;
            try {
                RunRequest request =
                        new RunRequest(year, RunModel.ofSlug(model), pool == null ? null : new Money(pool), hours);
                MunicipalityCode code = MunicipalityCode.of(municipality);
                result = store ? runs.store(code, request) : runs.calculate(code, request);
            } catch (InvalidInput e) {
                e.violations()
                        .forEach(v -> System.err.println("styrbord: "
                                + messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)));
                return 1;
            } catch (NotFound | IllegalArgumentException e) {
                System.err.println("styrbord: " + e.getMessage());
                return 1;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ReportTexts texts = new ReportTexts(messages, locale);
            switch (format) {
                case json ->
                    bytes.write((context.getBean(JsonMapper.class)
                                            .writerWithDefaultPrettyPrinter()
                                            .writeValueAsString(ReportJson.of(result))
                                    + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                case xlsx -> ReportWorkbook.write(result, texts, bytes);
                case pdf -> ReportPdf.write(result, texts, bytes);
            }
            if (out == null) {
                OutputStream stdout = System.out;
                stdout.write(bytes.toByteArray());
                stdout.flush();
            } else {
                Files.write(out, bytes.toByteArray());
            }
            if (result.runId() != null) {
                System.err.println("styrbord: stored as run " + result.runId());
            }
            return 0;
        }
    }
}
