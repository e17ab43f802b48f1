package se.styrbord;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.styrbord.cli.StyrbordCommand;

/** Styrbord: governance of IT and digitalisation in a Swedish municipal group. */
@SpringBootApplication
public class StyrbordApplication {

    public static void main(String[] args) {
        StyrbordCommand.run(StyrbordApplication.class, args);
    }
}
