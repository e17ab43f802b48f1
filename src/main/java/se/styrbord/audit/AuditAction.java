package se.styrbord.audit;

/** What was done to the subject of an audit entry. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DEACTIVATE,
    DELETE,
    IMPORT
}
