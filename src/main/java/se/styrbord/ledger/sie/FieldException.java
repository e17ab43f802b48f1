package se.styrbord.ledger.sie;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A field that cannot be read; the reader turns it into an error naming the line and the record.
 * Made only when a field is wrong, so reading a good file builds none.
 */
final class FieldException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    final SieProblemCode code;

    /** The field, for codes that name one. */
    final @Nullable SieField field;

    /** The field's text as written, for codes that quote it. */
    final @Nullable String value;

    /** True when the value is absent rather than wrong. */
    final boolean missing;

    FieldException(SieProblemCode code, @Nullable SieField field, @Nullable String value) {
        this(code, field, value, false);
    }

    FieldException(SieProblemCode code) {
        this(code, null, null, false);
    }

    private FieldException(SieProblemCode code, @Nullable SieField field, @Nullable String value, boolean missing) {
        super(code.name(), null, false, false);
        this.code = code;
        this.field = field;
        this.value = value;
        this.missing = missing;
    }

    static FieldException missing(SieField field) {
        return new FieldException(SieProblemCode.FIELD_MISSING, field, null, true);
    }

    /** The arguments of its problem on a record labelled {@code label}: the label, the field, the value. */
    String[] args(Label label) {
        int n = 1 + (field == null ? 0 : 1) + (value == null ? 0 : 1);
        String[] args = new String[n];
        args[0] = label.name();
        int i = 1;
        if (field != null) {
            args[i++] = field.code();
        }
        if (value != null) {
            args[i] = value;
        }
        return args;
    }
}
