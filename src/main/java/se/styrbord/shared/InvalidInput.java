package se.styrbord.shared;

import java.util.List;

/**
 * Input that breaks a rule, with every violation found so the user can fix them all at once.
 * Nothing has been saved when this is thrown.
 */
public class InvalidInput extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream()
                .map(Violation::toString)
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String code, Object... args) {
        return new InvalidInput(List.of(Violation.of(field, code, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
