package se.styrbord.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context a command needs: with or without the web server. */
final class Spring {

    private Spring() {}

    static ConfigurableApplicationContext start(StyrbordCommand top, boolean web, Map<String, Object> properties) {
        @Nullable Path dataDir = top.dataDir;
        Map<String, Object> all = new HashMap<>(properties);
        if (dataDir != null) {
            all.put("styrbord.data-dir", dataDir.toAbsolutePath().toString());
        }
        if (!web) {
            all.put("spring.main.banner-mode", "off");
            all.put("logging.level.root", "warn");
        }
        return new SpringApplicationBuilder(top.application)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(all.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }
}
