package se.styrbord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.styrbord.StyrbordApplication;

/** {@code styrbord check} run in-process, as the launcher would, without Spring. */
class SieCheckCommandTest {

    static final Path PUBLIC = Path.of(System.getProperty("styrbord.shared", "../shared"), "data/sie/public");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = new CommandLine(new StyrbordCommand(StyrbordApplication.class));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    String file(String name) {
        return PUBLIC.resolve(name).toString();
    }

    @Test
    void printsOneJsonObjectPerFileAndExitsZeroWithoutErrors() {
        int code = run("check", "--json", file("SIE4 Exempelfil 2024.SE"), file("Bokslut Norstedts SIE 4E.se"));

        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("{\"file\":\"" + file("SIE4 Exempelfil 2024.SE") + "\",\"sieType\":\"4\"")
                .contains("\"company\":\"\\u00d6vningsbolaget AB\"")
                .contains("\"orgNumber\":\"555555-5555\"")
                .contains("\"fiscalYear\":{\"start\":\"2021-01-01\",\"end\":\"2021-12-31\"}")
                .contains("\"vouchers\":295,\"transactions\":1330,\"unbalancedVouchers\":0")
                .contains("\"checksum\":\"absent\",\"balanceMismatches\":[],\"resultMismatches\":[],\"errors\":[]")
                .contains("\"warnings\":[{\"line\":7,\"message\":\"text is ISO-8859-15");
        assertThat(lines.get(1))
                .contains("\"vouchers\":177,\"transactions\":678")
                .contains("\"checksum\":\"ok\"");
    }

    @Test
    void exitsOneWhenAFileHasErrors() {
        int code = run(
                "check", "--json", file("transaktioner_ovnbolag.se"), file("transaktioner_ovnbolag-bad-balance.se"));

        assertThat(code).isEqualTo(1);
        String bad = out.toString().lines().toList().get(1);
        assertThat(bad)
                .contains("\"unbalancedVouchers\":1")
                .contains("\"balanceMismatches\":[\"1910\"]")
                .contains("\"errors\":[{\"line\":3905,\"message\":\"voucher B 1 does not balance: its rows sum to"
                        + " -12771.00\",\"code\":\"voucherUnbalanced\"}]");
    }

    @Test
    void exitsOneForAMissingFile(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("page.se"), "<html><body>Not found</body></html>");

        assertThat(run("check", html.toString(), dir.resolve("missing.se").toString()))
                .isEqualTo(1);
        assertThat(out.toString())
                .contains("page.se: SIE 1")
                .contains("error line 1: not a SIE file: an HTML page")
                .contains("missing.se: SIE 1")
                .contains("error: no such file")
                .contains("FAILED (1 error, 0 warnings)");
    }

    @Test
    void printsAShortTextWithoutJson() {
        assertThat(run("check", file("BL0001_typ4.SE"))).isZero();

        assertThat(out.toString())
                .isEqualTo(file("BL0001_typ4.SE") + ": SIE 4, SEEE Speak Easy Executive English AB, 556265-1892,"
                        + " 2009-07-01 – 2010-06-30\n"
                        + "  84 vouchers, 405 transactions, 0 unbalanced, checksum absent\n"
                        + "  warning line 40: text is ISO-8859-15 (Latin-1), not CP437 as #FORMAT PC8 requires;"
                        + " read as ISO-8859-15\n"
                        + "  OK (0 errors, 1 warning)\n");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
        assertThat(run("check", "--no-such-option", file("BL0001_typ4.SE"))).isEqualTo(2);
    }

    @Test
    void helpExitsZero() {
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString())
                .startsWith("Usage: styrbord check [-hV] [--json]")
                .contains("FILE...");
    }
}
