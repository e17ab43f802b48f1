package se.styrbord.ledger.sie;

/** A problem found while reading or checking a SIE file that did not stop the reading. */
public record SieProblem(long line, Severity severity, String message) {

    public enum Severity {
        /** Meaning was lost or the file breaks a rule that makes it unfit for import. */
        ERROR,
        /** The file breaks a rule but was read without losing meaning. */
        WARNING
    }

    public static SieProblem error(long line, String message) {
        return new SieProblem(line, Severity.ERROR, message);
    }

    public static SieProblem warning(long line, String message) {
        return new SieProblem(line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message;
    }
}
