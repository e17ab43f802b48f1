package se.styrbord.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.styrbord.demo.DemoGroup;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Load the demo group \"Exempelstad kommunkoncern\" (9999), or reset it to its original state.")
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    StyrbordCommand parent;

    @Option(names = "--reset", description = "Delete the demo group's data first, then load it again.")
    boolean reset;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context =
                Spring.start(parent, false, Map.of("styrbord.demo.load-on-first-start", false))) {
            DemoGroup demo = context.getBean(DemoGroup.class);
            var result = reset ? demo.reset() : demo.loadIfAbsent();
            System.out.println(result.describe());
            return 0;
        }
    }
}
