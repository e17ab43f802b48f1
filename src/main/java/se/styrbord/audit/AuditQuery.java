package se.styrbord.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit trail for the admin page, newest first. */
@Component
public class AuditQuery {

    /** Filters of the audit page; a null field does not filter. */
    public record Filter(
            @Nullable String municipality,
            @Nullable String actor,
            @Nullable String subjectType,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    public record Entry(
            long id,
            @Nullable String municipality,
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectKey,
            @Nullable String before,
            @Nullable String after) {}

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> find(Filter filter, int limit) {
        StringBuilder sql = new StringBuilder(
                "select id, municipality, occurred_at, actor, action, subject_type, subject_key, before_state, after_state"
                        + " from audit_event where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.municipality() != null) {
            sql.append(" and municipality = ?");
            params.add(filter.municipality());
        }
        if (filter.actor() != null) {
            sql.append(" and actor = ?");
            params.add(filter.actor());
        }
        if (filter.subjectType() != null) {
            sql.append(" and subject_type = ?");
            params.add(filter.subjectType());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(filter.from().atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(
                    filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime());
        }
        sql.append(" order by id desc fetch first ").append(Math.max(1, limit)).append(" rows only");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("municipality"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_key"),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    public List<String> subjectTypes() {
        return jdbc.sql("select distinct subject_type from audit_event order by subject_type")
                .query(String.class)
                .list();
    }
}
