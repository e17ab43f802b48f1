package se.styrbord.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes to data in the caller's transaction, so that a change and its audit entry are
 * saved together or not at all.
 */
@Component
public class AuditLog {

    /** The actor recorded when no user is signed in: a command-line run or the first start. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records one change. {@code before} and {@code after} are the subject's state as records (or
     * null when it did not exist before, or no longer exists).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            @Nullable String municipality,
            AuditAction action,
            String subjectType,
            String subjectKey,
            @Nullable Object before,
            @Nullable Object after) {
        jdbc.sql("""
                        insert into audit_event
                            (municipality, occurred_at, actor, action, subject_type, subject_key, before_state, after_state)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        municipality,
                        OffsetDateTime.now(clock),
                        currentActor(),
                        action.name(),
                        subjectType,
                        subjectKey,
                        before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after))
                .update();
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }
}
