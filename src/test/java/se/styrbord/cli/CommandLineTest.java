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
        for (String command : new String[] {"serve", "demo"}) {
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
