package se.styrbord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.styrbord.StyrbordApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code styrbord report allocation} in-process against a data directory with the demo group. */
class ReportCommandTest {

    @TempDir
    static Path dataDir;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void demo() {
        assertThat(run("demo").code()).isZero();
    }

    @Test
    void writesTheReportAsJsonInItsShape() {
        Run run = run("report", "allocation", "--municipality", "9999", "--year", "2021", "--model", "headcount");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"remainder\" : 0.00").containsPattern("\"amount\" : \\d+\\.\\d\\d\\b");
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.propertyNames()).containsExactly("model", "year", "pool", "remainder", "units");
        assertThat(report.get("model").asString()).isEqualTo("headcount");
        assertThat(report.get("year").asInt()).isEqualTo(2021);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode unit : report.get("units")) {
            assertThat(unit.propertyNames())
                    .containsExactly("code", "name", "driver", "amount", "current", "difference");
            sum = sum.add(unit.get("amount").decimalValue());
        }
        assertThat(report.get("units").valueStream().map(u -> u.get("code").asString()))
                .contains("BOU", "VOO", "ENERGI")
                .doesNotContain("SCIT", "LMK");
        assertThat(report.get("pool").decimalValue().subtract(sum))
                .isEqualByComparingTo(report.get("remainder").decimalValue());
    }

    @Test
    void underChargebackTheRemainderIsWhatThePriceListOverRecovered() {
        Run run = run("report", "allocation", "--municipality", "9999", "--year", "2020", "--model", "chargeback");
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("remainder").decimalValue()).isNegative();
        assertThat(report.get("units").get(0).has("current")).isFalse();
        assertThat(report.get("units").get(0).get("driver").isNull()).isTrue();
    }

    @Test
    void writesXlsxAndPdfFilesAndStoresTheRunWhenAsked() throws Exception {
        Path xlsx = dataDir.resolve("fordelning.xlsx");
        Path pdf = dataDir.resolve("fordelning.pdf");
        assertThat(run(
                                "report",
                                "allocation",
                                "--municipality",
                                "9999",
                                "--year",
                                "2021",
                                "--model",
                                "hybrid",
                                "--format",
                                "xlsx",
                                "--out",
                                xlsx.toString())
                        .code())
                .isZero();
        Run stored = run(
                "report",
                "allocation",
                "--municipality",
                "9999",
                "--year",
                "2021",
                "--model",
                "fte",
                "--format",
                "pdf",
                "--out",
                pdf.toString(),
                "--store");
        assertThat(stored.code()).isZero();
        assertThat(stored.err()).containsPattern("stored as run \\d+");
        assertThat(Files.readAllBytes(xlsx)).startsWith(new byte[] {'P', 'K'});
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void aYearWithoutFactsStopsWithAMessageAndExitCodeOne() {
        Run run = run(
                "report",
                "allocation",
                "--municipality",
                "9999",
                "--year",
                "2018",
                "--model",
                "turnover",
                "--pool",
                "1000",
                "--lang",
                "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("No unit was valid in 2018.");
    }

    @Test
    void fixedSharesAllocateByTheYearsDecisionOrStopNamingTheYear() {
        Run run = run("report", "allocation", "--municipality", "9999", "--year", "2021", "--model", "fixed");
        assertThat(run.code()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.propertyNames()).containsExactly("model", "year", "pool", "remainder", "decision", "units");
        assertThat(report.get("model").asString()).isEqualTo("fixed");
        assertThat(report.get("decision").asString()).isEqualTo("KF 2020-11-23 § 187");
        assertThat(report.get("remainder").decimalValue()).isEqualByComparingTo("0");
        JsonNode school = report.get("units")
                .valueStream()
                .filter(u -> u.get("code").asString().equals("BOU"))
                .findFirst()
                .orElseThrow();
        assertThat(school.get("driver").decimalValue()).isEqualByComparingTo("41.29");
        BigDecimal roundedDown = report.get("pool")
                .decimalValue()
                .multiply(new BigDecimal("0.4129"))
                .setScale(2, java.math.RoundingMode.DOWN);
        assertThat(school.get("amount").decimalValue().subtract(roundedDown))
                .as("pool × 41.29 %, rounded down, plus at most the one öre of the largest remainders")
                .isBetween(BigDecimal.ZERO, new BigDecimal("0.01"));

        Run none = run(
                "report", "allocation", "--municipality", "9999", "--year", "2020", "--model", "fixed", "--lang", "en");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("There are no fixed shares decided for 2020");
    }

    @Test
    void anUnknownModelIsNamed() {
        Run run = run("report", "allocation", "--municipality", "9999", "--year", "2021", "--model", "lottery");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Modellen ”lottery” finns inte");
    }

    @Test
    void reportHasHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StyrbordCommand(StyrbordApplication.class));
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("report", "allocation", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: styrbord report allocation").contains("--model");
    }

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--data-dir";
            all[1] = dataDir.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            int code = new CommandLine(new StyrbordCommand(StyrbordApplication.class)).execute(all);
            return new Run(code, captured.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
