package se.styrbord.ledger.sie;

/**
 * Liberties the reader takes with a file: each kind is reported once, at the end, with the first
 * line it occurred on and how many lines it occurred on in all, so that a file that repeats a fault
 * on every row gives one warning instead of millions.
 */
final class Notes {

    enum Kind {
        UTF_8("text is UTF-8, not CP437 as #FORMAT PC8 requires; read as UTF-8"),
        ISO_8859_15("text is ISO-8859-15 (Latin-1), not CP437 as #FORMAT PC8 requires; read as ISO-8859-15"),
        BYTE_ORDER_MARK("the file starts with a UTF-8 byte order mark: it was saved as UTF-8, not CP437"),
        REPLACEMENT_CHARACTER(
                "text holds the replacement character U+FFFD: characters were lost in an earlier conversion"),
        UNCLOSED_QUOTE("quoted field not closed; read to the end of the line"),
        STRAY_QUOTE("unescaped '\"' inside a quoted field; taken as part of the text"),
        EXTRA_DECIMALS("amount with more than two decimals; rounded half up to whole öre"),
        MISSING_OBJECT_LIST("object list '{}' missing; read as an empty list"),
        UNQUOTED_TEXT("text with spaces is not quoted; the rest of the line taken as the text"),
        UNKNOWN_LABEL("unknown record label; ignored");

        final String message;

        Kind(String message) {
            this.message = message;
        }

        /** Whether its count means lines: text is decoded once per distinct identifier, not per line. */
        boolean counted() {
            return switch (this) {
                case UTF_8, ISO_8859_15, BYTE_ORDER_MARK, REPLACEMENT_CHARACTER -> false;
                default -> true;
            };
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
                String times = n > 1 && kind.counted() ? " (" + n + " times in all)" : "";
                handler.problem(SieProblem.warning(first[kind.ordinal()], kind.message + times));
            }
        }
    }
}
