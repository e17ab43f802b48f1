package se.styrbord.ledger.sie;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a SIE 1–4 file (SIE 4C specification) as a stream: records are handed to a {@link
 * SieHandler} as they are read, through one fixed buffer, so memory stays constant whatever the file
 * size.
 *
 * <p>Lenient where meaning is kept (TABs, indented braces, quoted or unquoted fields, {@code ""}
 * placeholders, extra trailing fields, unknown labels, CRLF, UTF-8 or Latin-1 text instead of
 * CP437); each liberty is reported once as a warning. Strict where meaning would be lost: a line
 * that cannot be read is an error with its line number, and reading goes on with the next line.
 * Input that is no SIE file at all (empty, binary, HTML) stops the reading with a {@link
 * SieException}.
 */
public final class SieReader {

    /** Lines longer than this are errors (and skipped), so a broken file cannot exhaust memory. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    private SieReader() {}

    /**
     * Reads {@code in} to its end, handing records and problems to {@code handler}. Does not close
     * the stream.
     *
     * @throws SieException when the input is not a SIE file or cannot be read on safely
     */
    public static void read(InputStream in, SieHandler handler) throws IOException, SieException {
        new SieParser(in, handler).run();
    }
}
