package se.styrbord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.styrbord.StyrbordApplication;

/** The command line in-process: help on every command, and {@code demo} against a fresh data directory. */
class CommandLineTest {

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "demo", "check", "import"}) {
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new StyrbordCommand(StyrbordApplication.class));
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute(command, "--help")).isZero();
            assertThat(out.toString()).contains("Usage: styrbord " + command);
        }
    }

    @Test
    void wrongUsageExitsWithTwo() {
        CommandLine cli = new CommandLine(new StyrbordCommand(StyrbordApplication.class));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("no-such-command")).isEqualTo(2);
    }

    @Test
    void demoLoadsTheGroupOnceAndResetsIt(@TempDir Path dataDir) {
        assertThat(run(dataDir, "demo")).contains("Loaded the demo group Exempelstad kommunkoncern (9999): 16 units");
        assertThat(run(dataDir, "demo")).contains("is already loaded");
        assertThat(run(dataDir, "demo", "--reset")).contains("Loaded the demo group");
        assertThat(dataDir.resolve("styrbord.mv.db")).exists();
    }

    @Test
    void importStoresAFileOnceAndRefusesABadOne(@TempDir Path dataDir) {
        Path shared = Path.of(System.getProperty("styrbord.shared", "../shared"), "data", "sie", "public");
        run(dataDir, "demo");
        String good = shared.resolve("Sie4.se").toString();
        assertThat(run(dataDir, "import", "--municipality", "9999", good))
                .contains("Sie4.se: imported as import", "Demoföretaget AB", "the entity was new and has been created");
        assertThat(run(dataDir, "import", "--municipality", "9999", good)).contains("unchanged");
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = new CommandLine(new StyrbordCommand(StyrbordApplication.class));
            int code = cli.execute(
                    "--data-dir",
                    dataDir.toString(),
                    "import",
                    "--municipality",
                    "9999",
                    shared.resolve("transaktioner_ovnbolag-bad-balance.se").toString());
            assertThat(code).isEqualTo(1);
        } finally {
            System.setOut(original);
        }
    }

    private static String run(Path dataDir, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--data-dir";
            all[1] = dataDir.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            int code = new CommandLine(new StyrbordCommand(StyrbordApplication.class)).execute(all);
            assertThat(code).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
