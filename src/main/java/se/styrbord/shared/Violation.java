package se.styrbord.shared;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: the field (and, for tables and files, the 1-based row) it concerns, and a message
 * code from the message bundles with its arguments.
 */
public record Violation(String field, @Nullable Integer row, String code, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, null, code, Arrays.asList(args));
    }

    public static Violation atRow(int row, String field, String code, Object... args) {
        return new Violation(field, row, code, Arrays.asList(args));
    }

    @Override
    public String toString() {
        return (row == null ? "" : "row " + row + ", ") + field + ": " + code + (args.isEmpty() ? "" : " " + args);
    }
}
