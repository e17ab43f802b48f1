package se.styrbord.catalogue;

import java.util.List;
import se.styrbord.shared.Violation;

/** The rows of a file that could be read, and the violations of those that could not. */
public record Parsed<T>(List<T> lines, List<Violation> violations) {

    public Parsed {
        lines = List.copyOf(lines);
        violations = List.copyOf(violations);
    }
}
