package se.styrbord.ledger.sie;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Arbitrary bytes into the reader and the check: nothing but {@link SieException} may come out, and
 * nothing may hang. A normal build replays the seeds and stored findings in
 * src/test/resources/se/styrbord/ledger/sie/SieFuzzTestInputs (regression mode, in a JVM of its
 * own); {@code ./mvnw -Pfuzz test -Dtest=SieFuzzTest -Dfuzz.duration=30m} fuzzes, coverage-guided
 * (the profile sets JAZZER_FUZZ=1).
 */
class SieFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readerThrowsNothingButItsOwnError(byte[] input) throws IOException {
        try {
            SieReader.read(new ByteArrayInputStream(input), new SieRecorder());
        } catch (SieException expected) {
            // the reader's own verdict on unreadable input
        }
        SieCheck.check("fuzz.se", new ByteArrayInputStream(input));
    }
}
