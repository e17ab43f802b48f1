package se.styrbord.ledger.sie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks a SIE file without importing it: reads it through and reports what it holds and whether
 * its parts agree (vouchers balance, closing balances and results follow from the vouchers, the
 * #KSUMMA checksum holds). A pure function of the file: no database, no Spring.
 */
public final class SieCheck {

    private SieCheck() {}

    /** Checks the file at {@code path}; the report names it as given. Never throws for bad content. */
    public static SieCheckReport check(Path path) {
        String name = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            return check(name, in);
        } catch (NoSuchFileException ex) {
            return CheckHandler.failed(name, SieProblemCode.NO_SUCH_FILE);
        } catch (IOException ex) {
            return CheckHandler.failed(name, SieProblemCode.UNREADABLE, String.valueOf(ex.getMessage()));
        }
    }

    /** Checks the SIE content of {@code in}, reported under {@code name}. */
    public static SieCheckReport check(String name, InputStream in) throws IOException {
        return check(name, in, new SieHandler() {});
    }

    /**
     * Checks the SIE content of {@code in} while handing every record to {@code also} as well, so
     * that an import reads a file once to store it and to check it.
     */
    public static SieCheckReport check(String name, InputStream in, SieHandler also) throws IOException {
        CheckHandler handler = new CheckHandler();
        try {
            SieReader.read(in, new BothHandlers(handler, also));
        } catch (SieException ex) {
            handler.fatal(ex);
        }
        return handler.report(name);
    }
}
