package se.styrbord.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code styrbord [--data-dir DIR] <command>}; with no command it serves. */
@Command(
        name = "styrbord",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Governance of IT and digitalisation in a Swedish municipal group.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public class StyrbordCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            description = "Directory of the embedded database (default: $STYRBORD_DATA_DIR or ./data).",
            scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    final Class<?> application;

    StyrbordCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        return new ServeCommand().serve(this);
    }

    /**
     * Runs a command line against the given Spring Boot application class; exits the JVM unless a
     * server was started and keeps running.
     */
    public static void run(Class<?> application, String[] args) {
        CommandLine commandLine = new CommandLine(new StyrbordCommand(application));
        int code = commandLine.execute(args);
        if (!ServeCommand.serving()) {
            System.exit(code);
        }
    }
}
