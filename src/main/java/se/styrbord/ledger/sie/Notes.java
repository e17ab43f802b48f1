package se.styrbord.ledger.sie;

/**
 * Liberties the reader takes with a file: each kind is reported once, at the end, with the first
 * line it occurred on and how many lines it occurred on in all, so that a file that repeats a fault
 * on every row gives one warning instead of millions.
 */
final class Notes {

    enum Kind {
        UTF_8(SieProblemCode.TEXT_UTF_8),
        ISO_8859_15(SieProblemCode.TEXT_ISO_8859_15),
        BYTE_ORDER_MARK(SieProblemCode.BYTE_ORDER_MARK),
        REPLACEMENT_CHARACTER(SieProblemCode.REPLACEMENT_CHARACTER),
        UNCLOSED_QUOTE(SieProblemCode.UNCLOSED_QUOTE),
        STRAY_QUOTE(SieProblemCode.STRAY_QUOTE),
        EXTRA_DECIMALS(SieProblemCode.EXTRA_DECIMALS),
        MISSING_OBJECT_LIST(SieProblemCode.MISSING_OBJECT_LIST),
        UNQUOTED_TEXT(SieProblemCode.UNQUOTED_TEXT),
        UNKNOWN_LABEL(SieProblemCode.UNKNOWN_LABEL);

        final SieProblemCode code;

        Kind(SieProblemCode code) {
            this.code = code;
        }
    }

    private final long[] first = new long[Kind.values().length];
    private final long[] count = new long[Kind.values().length];

    void note(Kind kind, long line) {
        if (count[kind.ordinal()]++ == 0) {
            first[kind.ordinal()] = line;
        }
    }

    void report(SieHandler handler) {
        for (Kind kind : Kind.values()) {
            long n = count[kind.ordinal()];
            if (n > 0) {
                long line = first[kind.ordinal()];
                handler.problem(
                        kind.code.repeatable()
                                ? SieProblem.repeatedWarning(line, kind.code, n)
                                : SieProblem.warning(line, kind.code));
            }
        }
    }
}
