package se.styrbord.security;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A user of this installation; the password hash is absent for users who only sign in through OIDC. */
public record LocalUser(
        String username,
        String displayName,
        @Nullable String passwordHash,
        Role role,
        boolean enabled,
        OffsetDateTime createdAt) {

    /** What the audit trail records of a user: never the password hash. */
    public record Audited(String username, String displayName, Role role, boolean enabled) {}

    public Audited audited() {
        return new Audited(username, displayName, role, enabled);
    }

    public LocalUser withRole(Role newRole) {
        return new LocalUser(username, displayName, passwordHash, newRole, enabled, createdAt);
    }

    public LocalUser withEnabled(boolean newEnabled) {
        return new LocalUser(username, displayName, passwordHash, role, newEnabled, createdAt);
    }

    public LocalUser withPasswordHash(String hash) {
        return new LocalUser(username, displayName, hash, role, enabled, createdAt);
    }
}
