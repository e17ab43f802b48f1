package se.styrbord.security;

/**
 * The three roles. Each includes the rights of the ones below it: ADMIN (users and settings) ⊃
 * ANALYST (import and edit data) ⊃ VIEWER (read).
 */
public enum Role {
    ADMIN,
    ANALYST,
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
