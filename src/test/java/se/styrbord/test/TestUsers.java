package se.styrbord.test;

import se.styrbord.security.LocalUsers;
import se.styrbord.security.Role;

/** One local user per role, with known passwords, created when first asked for. */
public class TestUsers {

    public static final String PASSWORD = "test-password-123";

    public record Credentials(String username, String password) {}

    private final LocalUsers users;

    TestUsers(LocalUsers users) {
        this.users = users;
    }

    public Credentials admin() {
        return new Credentials("admin", TestDatabase.ADMIN_PASSWORD);
    }

    public Credentials analyst() {
        return ensure("test-analyst", Role.ANALYST);
    }

    public Credentials viewer() {
        return ensure("test-viewer", Role.VIEWER);
    }

    private synchronized Credentials ensure(String username, Role role) {
        if (users.find(username).isEmpty()) {
            users.create(username, username, PASSWORD, role);
        }
        return new Credentials(username, PASSWORD);
    }
}
