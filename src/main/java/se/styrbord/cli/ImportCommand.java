package se.styrbord.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.styrbord.ledger.ImportOutcome;
import se.styrbord.ledger.Ledgers;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;

/** {@code styrbord import --municipality CODE FILE...}: imports SIE files, each all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import SIE files into a municipal group's ledgers, each file completely or not at all.",
            "The entity is found by the file's #ORGNR (created when new to the group), the year by #RAR 0.",
            "Exit status: 0 when every file was imported or was already there, 1 when any was refused, 2 on wrong usage."
        })
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    StyrbordCommand parent;

    @Option(
            names = "--municipality",
            required = true,
            paramLabel = "CODE",
            description = "The group's municipality code.")
    String municipality;

    @Option(
            names = "--entity",
            paramLabel = "ORGNR",
            description = "The legal entity of the files, instead of their #ORGNR.")
    @Nullable
    String entity;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "SIE files (.se, .si).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        MunicipalityCode code;
        OrgNumber chosen;
        try {
            code = MunicipalityCode.of(municipality);
            chosen = entity == null ? null : OrgNumber.parse(entity);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = System.console();
        boolean terminal = console != null && console.isTerminal();
        boolean refused = false;
        try (ConfigurableApplicationContext context =
                Spring.start(parent, false, Map.of("styrbord.demo.load-on-first-start", false))) {
            Ledgers ledgers = context.getBean(Ledgers.class);
            for (Path file : files) {
                long size = Files.size(file);
                long started = System.nanoTime();
                ImportOutcome outcome = ledgers.importFile(code, file, file.toString(), chosen, read -> {
                    if (terminal && size > 0) {
                        err.print("\rimporting " + file.getFileName() + ": " + (100 * read / size) + " %\033[K");
                        err.flush();
                    }
                });
                if (terminal) {
                    err.print("\r\033[K");
                    err.flush();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                String speed = outcome.report() == null || seconds <= 0
                        ? ""
                        : String.format(
                                java.util.Locale.ROOT,
                                ", %.0f rows/s",
                                outcome.report().transactions() / seconds);
                out.println(outcome.describe() + String.format(java.util.Locale.ROOT, " [%.1f s%s]", seconds, speed));
                out.flush();
                refused |= outcome.kind() == ImportOutcome.Kind.REFUSED;
            }
        }
        return refused ? 1 : 0;
    }
}
