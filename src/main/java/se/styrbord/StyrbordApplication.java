package se.styrbord;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import se.styrbord.cli.StyrbordCommand;

/** Styrbord: governance of IT and digitalisation in a Swedish municipal group. */
@SpringBootApplication
public class StyrbordApplication {

    public static void main(String[] args) {
        StyrbordCommand.run(StyrbordApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
