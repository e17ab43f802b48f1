package se.styrbord.ledger.sie;

import java.io.Serial;

/** A problem that stops reading a SIE file: it is not a SIE file, or it cannot be read on safely. */
public final class SieException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long line;
    private final String reason;

    public SieException(long line, String reason) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
        this.reason = reason;
    }

    /** The message without the line number. */
    public String reason() {
        return reason;
    }

    /** The line the problem was found on, 1-based; 0 when it concerns the file as a whole. */
    public long line() {
        return line;
    }
}
