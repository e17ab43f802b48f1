package se.styrbord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code styrbord report <kind>}: the reports, each a subcommand. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write a report of a municipal group.",
        subcommands = {AllocationReportCommand.class, ItcostReportCommand.class})
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    StyrbordCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
