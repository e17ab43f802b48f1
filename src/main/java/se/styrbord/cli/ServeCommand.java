package se.styrbord.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web application.")
class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @ParentCommand
    StyrbordCommand parent;

    @Option(names = "--port", description = "HTTP port (default: 8080).", defaultValue = "${env:PORT:-8080}")
    int port = 8080;

    static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() {
        return serve(parent);
    }

    int serve(StyrbordCommand top) {
        Spring.start(top, true, Map.of("server.port", port));
        serving = true;
        return 0;
    }
}
