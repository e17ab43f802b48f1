package se.styrbord.ledger.sie;

import java.io.Serial;

/** A field that cannot be read; the reader turns it into an error naming the line. */
final class FieldException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** True when the value is absent rather than wrong. */
    final boolean missing;

    FieldException(String message) {
        this(message, false);
    }

    private FieldException(String message, boolean missing) {
        super(message, null, false, false);
        this.missing = missing;
    }

    static FieldException missing(String what) {
        return new FieldException(what + " missing", true);
    }
}
