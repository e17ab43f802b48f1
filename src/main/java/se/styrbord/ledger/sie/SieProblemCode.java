package se.styrbord.ledger.sie;

import static se.styrbord.ledger.sie.SieProblemCode.Argument.AMOUNT;
import static se.styrbord.ledger.sie.SieProblemCode.Argument.FIELD;
import static se.styrbord.ledger.sie.SieProblemCode.Argument.TEXT;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every kind of problem that reading, checking or importing a SIE file reports, with its English
 * wording as a {@link java.text.MessageFormat} pattern. The message bundles word each under {@code
 * sie.problem.<code>}: Swedish in {@code messages.properties}, this same pattern in {@code
 * messages_en.properties}.
 */
public enum SieProblemCode {

    // Not a SIE file, or not one that can be read on (the reading stops)
    EMPTY_FILE("the file is empty"),
    NO_RECORDS("the file has no records (only blank lines)"),
    NOT_SIE_BINARY("not a SIE file: binary content (NUL byte)"),
    NOT_SIE_XML("not a SIE 4 file: XML (SIE 5 is not read here)"),
    NOT_SIE_HTML("not a SIE file: an HTML page"),
    NOT_SIE_NO_LABEL("not a SIE file: the first line does not start with ''#''"),
    NOT_SIE_LONG_LINE("not a SIE file: the first line is longer than {0} bytes", TEXT),
    TOO_MANY_ERRORS("more than {0} errors; reading stopped", TEXT),
    NO_SUCH_FILE("no such file"),
    UNREADABLE("cannot be read: {0}", TEXT),

    // Lines and fields
    LINE_TOO_LONG("line longer than {0} bytes; skipped", TEXT),
    NOT_A_RECORD("expected a record starting with ''#'', found ''{0}''", TEXT),
    OBJECT_LIST_NOT_CLOSED("object list not closed with ''}''"),
    FIELD_MISSING("#{0}: {1} missing", TEXT, FIELD),
    FIELD_MISSING_RECORD_IGNORED("#{0}: {1} missing; record ignored", TEXT, FIELD),
    AMOUNT_INVALID("#{0}: {1} ''{2}'' is not a valid amount", TEXT, FIELD, TEXT),
    AMOUNT_PLUS_SIGN("#{0}: {1} ''{2}'' is not a valid amount (no ''+'' allowed)", TEXT, FIELD, TEXT),
    AMOUNT_DECIMAL_COMMA("#{0}: {1} ''{2}'' is not a valid amount (the decimal separator is ''.'')", TEXT, FIELD, TEXT),
    AMOUNT_TOO_LARGE("#{0}: {1} ''{2}'' is too large", TEXT, FIELD, TEXT),
    DATE_MALFORMED("#{0}: {1} ''{2}'' is not a date YYYYMMDD", TEXT, FIELD, TEXT),
    DATE_INVALID("#{0}: {1} ''{2}'' is not a valid date", TEXT, FIELD, TEXT),
    PERIOD_INVALID("#{0}: {1} ''{2}'' is not a period YYYYMM", TEXT, FIELD, TEXT),
    YEAR_NUMBER_INVALID("#{0}: year number ''{1}'' is not a number such as 0 or -1", TEXT, TEXT),
    OBJECT_LIST_ODD("#{0}: object list has an odd number of fields; expected pairs of dimension and object", TEXT),
    OBJECT_LIST_DIMENSION_MISSING("#{0}: dimension number missing in object list", TEXT),

    // Vouchers
    VOUCHER_NOT_CLOSED("voucher of line {0} not closed with ''}'' before this #{1}", TEXT, TEXT),
    OPENING_BRACE_WITHOUT_VOUCHER("'''{''' that does not follow a #VER"),
    OPENING_BRACE_MISSING("'''{''' missing after the #VER of line {0}", TEXT),
    CLOSING_BRACE_WITHOUT_OPENING("''}'' without '''{''' after the #VER of line {0}", TEXT),
    CLOSING_BRACE_WITHOUT_VOUCHER("''}'' that closes no voucher"),
    ROW_OUTSIDE_VOUCHER("#{0} outside a voucher", TEXT),
    RTRANS_UNMATCHED("#RTRANS not followed by the #TRANS that repeats it (same account, objects and amount);"
            + " the #RTRANS and the rows after it all counted"),
    TRUNCATED_IN_VOUCHER("the file ends inside the voucher of line {0}: truncated, ''}'' missing", TEXT),

    // The #KSUMMA checksum
    CHECKSUM_SECOND_OPENING("second opening #KSUMMA; ignored"),
    CHECKSUM_NOT_OPENED("#KSUMMA with a value but no opening #KSUMMA before it"),
    CHECKSUM_INVALID("#KSUMMA value ''{0}'' is not an unsigned 32-bit number", TEXT),
    CHECKSUM_MISMATCH(
            "#KSUMMA mismatch: the file says {0} but its records give {1}"
                    + " (the file was changed or damaged after export)",
            TEXT, TEXT),
    CHECKSUM_NOT_CLOSED("opening #KSUMMA without a closing #KSUMMA at the end: the file is truncated"),

    // Liberties the reader takes, each reported once (Notes)
    TEXT_UTF_8("text is UTF-8, not CP437 as #FORMAT PC8 requires; read as UTF-8"),
    TEXT_ISO_8859_15("text is ISO-8859-15 (Latin-1), not CP437 as #FORMAT PC8 requires; read as ISO-8859-15"),
    BYTE_ORDER_MARK("the file starts with a UTF-8 byte order mark: it was saved as UTF-8, not CP437"),
    REPLACEMENT_CHARACTER("text holds the replacement character U+FFFD: characters were lost in an earlier conversion"),
    UNCLOSED_QUOTE("quoted field not closed; read to the end of the line"),
    STRAY_QUOTE("unescaped ''\"'' inside a quoted field; taken as part of the text"),
    EXTRA_DECIMALS("amount with more than two decimals; rounded half up to whole öre"),
    MISSING_OBJECT_LIST("object list '''{}''' missing; read as an empty list"),
    UNQUOTED_TEXT("text with spaces is not quoted; the rest of the line taken as the text"),
    UNKNOWN_LABEL("unknown record label; ignored"),

    // The check
    ORGANISATION_NUMBER_DIGITS("An organisation number has ten digits, not ''{0}''", TEXT),
    ORGANISATION_NUMBER_CHECK_DIGIT("Organisation number {0} has a wrong check digit", TEXT),
    VOUCHER_UNBALANCED("voucher {0} does not balance: its rows sum to {1}", TEXT, AMOUNT),
    UNNAMED_VOUCHER_UNBALANCED("voucher does not balance: its rows sum to {0}", AMOUNT),
    CLOSING_BALANCE_MISMATCH("account {0}: #UB {1} but #IB + rows give {2}", TEXT, AMOUNT, AMOUNT),
    RESULT_MISMATCH("account {0}: #RES {1} but rows give {2}", TEXT, AMOUNT, AMOUNT),
    MORE_ERRORS("… and {0} more errors", TEXT),
    MORE_WARNINGS("… and {0} more warnings", TEXT),

    // The import
    NO_ORGANISATION_NUMBER("the file has no #ORGNR: choose the legal entity it belongs to"),
    ORGANISATION_NUMBER_INVALID("#ORGNR {0} is not a valid organisation number: choose the legal entity", TEXT),
    NO_FISCAL_YEAR("the file has no #RAR 0: its year is unknown");

    /** What an argument holds, so that a page can word it in its language. */
    public enum Argument {
        /** Taken as it is: a label, an account, a line number, text from the file. */
        TEXT,
        /** The {@link SieField#code() code} of a field. */
        FIELD,
        /** An amount in kronor as {@code Money} writes it: {@code -12771.00}. */
        AMOUNT
    }

    /** The key of a repeatable problem that occurred more than once: {0} its text, {1} how often. */
    public static final String REPEATED_KEY = "sie.problem.repeated";

    /** The English pattern under {@link #REPEATED_KEY}. */
    public static final String REPEATED_ENGLISH = "{0} ({1} times in all)";

    private static final Map<String, SieProblemCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SieProblemCode::code, Function.identity()));

    private final String english;
    private final List<Argument> arguments;
    private final String code;

    SieProblemCode(String english, Argument... arguments) {
        this.english = english;
        this.arguments = List.of(arguments);
        this.code = camelCase(name());
    }

    /** The problem named by {@code code}, if this version knows it. */
    public static Optional<SieProblemCode> of(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** Its stable name in reports, e.g. {@code checksumMismatch}. */
    public String code() {
        return code;
    }

    /** Its key in the message bundles. */
    public String key() {
        return "sie.problem." + code;
    }

    /** Its English wording, a MessageFormat pattern over {@link #arguments()}. */
    public String english() {
        return english;
    }

    public List<Argument> arguments() {
        return arguments;
    }

    /**
     * Whether it is reported once for a whole file with the number of lines it occurred on, when
     * more than one (see {@link #REPEATED_KEY}). Not the notes on text encoding: text is decoded once
     * per distinct identifier, so their count would not mean lines.
     */
    public boolean repeatable() {
        return switch (this) {
            case UNCLOSED_QUOTE, STRAY_QUOTE, EXTRA_DECIMALS, MISSING_OBJECT_LIST, UNQUOTED_TEXT, UNKNOWN_LABEL -> true;
            default -> false;
        };
    }

    /** The English text with {@code args}; a field's code is replaced by its English name. */
    String format(String[] args) {
        if (!arguments.contains(FIELD)) {
            return english(english, args);
        }
        String[] worded = args.clone();
        for (int i = 0; i < worded.length && i < arguments.size(); i++) {
            if (arguments.get(i) == FIELD) {
                String field = worded[i];
                worded[i] = SieField.of(field).map(SieField::english).orElse(field);
            }
        }
        return english(english, worded);
    }

    /** The English text of a repeatable problem that occurred {@code times} times. */
    String formatRepeated(long times) {
        return english(REPEATED_ENGLISH, english(english), String.valueOf(times));
    }

    /** The number of arguments its pattern takes, for tests. */
    int arity() {
        return new MessageFormat(english, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    /** A pattern worded with text arguments (problems are rare: no need to keep parsed patterns). */
    private static String english(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    static String camelCase(String constant) {
        StringBuilder sb = new StringBuilder(constant.length());
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }
}
