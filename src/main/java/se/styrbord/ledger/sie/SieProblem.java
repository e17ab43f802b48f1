package se.styrbord.ledger.sie;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while reading, checking or importing a SIE file.
 *
 * @param code the {@link SieProblemCode#code() code} of its kind; null in reports stored before
 *     problems had codes
 * @param args the arguments of the code's pattern, as text (see {@link SieProblemCode#arguments()})
 * @param message the problem in English, as the command line prints it
 */
public record SieProblem(
        long line, Severity severity, @Nullable String code, List<String> args, String message)
        implements Serializable {

    public enum Severity {
        /** Meaning was lost or the file breaks a rule that makes it unfit for import. */
        ERROR,
        /** The file breaks a rule but was read without losing meaning. */
        WARNING
    }

    public SieProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static SieProblem error(long line, SieProblemCode code, String... args) {
        return of(line, Severity.ERROR, code, args);
    }

    public static SieProblem warning(long line, SieProblemCode code, String... args) {
        return of(line, Severity.WARNING, code, args);
    }

    /** A {@link SieProblemCode#repeatable() repeatable} warning, first on {@code line}, on {@code times} lines in all. */
    static SieProblem repeatedWarning(long line, SieProblemCode code, long times) {
        if (times <= 1) {
            return warning(line, code);
        }
        return new SieProblem(
                line, Severity.WARNING, code.code(), List.of(String.valueOf(times)), code.formatRepeated(times));
    }

    private static SieProblem of(long line, Severity severity, SieProblemCode code, String[] args) {
        assert args.length == code.arguments().size() : code + " takes " + code.arguments() + ", not " + args.length;
        return new SieProblem(line, severity, code.code(), List.of(args), code.format(args));
    }

    /** Its kind, unless stored without a code or with one this version does not know. */
    public Optional<SieProblemCode> kind() {
        return SieProblemCode.of(code);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message;
    }
}
