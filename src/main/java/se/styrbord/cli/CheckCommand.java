package se.styrbord.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.styrbord.ledger.sie.SieCheck;
import se.styrbord.ledger.sie.SieCheckReport;

/** {@code styrbord check [--json] FILE...}: checks SIE files without a database or web server. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check SIE files without importing them: counts, balanced vouchers, closing balances and results"
                    + " against the vouchers, the #KSUMMA checksum.",
            "Exit status: 0 when no file has errors (warnings allowed), 1 when any has, 2 on wrong usage."
        })
class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per file, one per line.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "SIE files (.se, .si).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = System.console();
        boolean progress = files.size() > 1 && console != null && console.isTerminal();
        boolean failed = false;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (progress) {
                err.print("\rchecking " + (i + 1) + "/" + files.size() + ": " + file.getFileName() + "\033[K");
                err.flush();
            }
            SieCheckReport report = SieCheck.check(file);
            if (progress) {
                err.print("\r\033[K");
                err.flush();
            }
            out.println(json ? CheckJson.of(report) : CheckText.of(report));
            out.flush();
            failed |= report.hasErrors();
        }
        return failed ? 1 : 0;
    }
}
