package se.styrbord.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to the real files (flipped, inserted, deleted and duplicated bytes, cut
 * ends): the reader must end every time, with records and problems or with its own {@link
 * SieException}, never another exception. Complements the coverage-guided {@link SieFuzzTest}.
 */
class SieMutationTest {

    static final byte[] INTERESTING =
            "\"\\{} \t\r\n#0-.+9\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void damagedRealFilesNeverBreakTheReader() throws Exception {
        List<Path> files;
        try (var list = Files.list(SiePublicFilesTest.PUBLIC)) {
            files = list.sorted().toList();
        }
        Random random = new Random(20240101);
        int runs = 0;
        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            for (int i = 0; i < 40; i++) {
                byte[] damaged = damage(original, random);
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readAndCheck(damaged), file.toString());
                runs++;
            }
        }
        assertThat(runs).isEqualTo(64 * 40);
    }

    private static void readAndCheck(byte[] input) throws Exception {
        try {
            SieReader.read(new ByteArrayInputStream(input), new SieRecorder());
        } catch (SieException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        SieCheckReport report = SieCheck.check("damaged.se", new ByteArrayInputStream(input));
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        assertThat(report.errors()).allSatisfy(SieMutationTest::hasItsCodesArguments);
        assertThat(report.warnings()).allSatisfy(SieMutationTest::hasItsCodesArguments);
    }

    /** A code this version knows, with as many arguments as it declares (one more: a repeated note's count). */
    static void hasItsCodesArguments(SieProblem problem) {
        assertThat(problem.kind())
                .as(problem.toString())
                .hasValueSatisfying(code -> assertThat(problem.args())
                        .as(problem.toString())
                        .hasSize(code.arguments().size()
                                + (code.repeatable() && !problem.args().isEmpty() ? 1 : 0)));
    }

    static byte[] damage(byte[] original, Random random) {
        byte[] b = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 2 -> {
                    byte[] grown = new byte[b.length + 1];
                    System.arraycopy(b, 0, grown, 0, at);
                    grown[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    System.arraycopy(b, at, grown, at + 1, b.length - at);
                    b = grown;
                }
                case 3 -> {
                    int n = Math.min(b.length - at, 1 + random.nextInt(64));
                    byte[] shrunk = new byte[b.length - n];
                    System.arraycopy(b, 0, shrunk, 0, at);
                    System.arraycopy(b, at + n, shrunk, at, b.length - at - n);
                    b = shrunk;
                }
                case 4 -> b = Arrays.copyOf(b, at);
                default -> {
                    int n = Math.min(b.length - at, 1 + random.nextInt(200));
                    byte[] doubled = new byte[b.length + n];
                    System.arraycopy(b, 0, doubled, 0, at + n);
                    System.arraycopy(b, at, doubled, at + n, b.length - at);
                    b = doubled;
                }
            }
        }
        return b;
    }
}
