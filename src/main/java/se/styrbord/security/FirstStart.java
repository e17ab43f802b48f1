package se.styrbord.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the user {@code admin} with the password from {@code
 * STYRBORD_ADMIN_PASSWORD}, or generates one and prints it once.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final LocalUsers users;
    private final String configuredPassword;

    FirstStart(LocalUsers users, @Value("${styrbord.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.none()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? LocalUsers.generatePassword() : configuredPassword;
        users.create("admin", "Administratör", password, Role.ADMIN);
        if (generated) {
            System.out.println();
            System.out.println("Styrbord: created user 'admin' with password " + password);
            System.out.println("          This is shown once. Set STYRBORD_ADMIN_PASSWORD to choose it yourself.");
            System.out.println();
        } else {
            log.info("Created user 'admin' with the password from STYRBORD_ADMIN_PASSWORD");
        }
    }
}
