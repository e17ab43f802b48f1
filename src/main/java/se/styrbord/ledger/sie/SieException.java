package se.styrbord.ledger.sie;

import java.io.Serial;

/** A problem that stops reading a SIE file: it is not a SIE file, or it cannot be read on safely. */
public final class SieException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SieProblem problem;

    public SieException(long line, SieProblemCode code, String... args) {
        this(SieProblem.error(line, code, args));
    }

    private SieException(SieProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** The problem, as an error. */
    public SieProblem problem() {
        return problem;
    }

    /** The message without the line number. */
    public String reason() {
        return problem.message();
    }

    /** The line the problem was found on, 1-based; 0 when it concerns the file as a whole. */
    public long line() {
        return problem.line();
    }
}
