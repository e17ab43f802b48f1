package se.styrbord.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Plain #TRANS rows are read straight from the bytes, without tokenizing; this must give exactly
 * what the general way gives, for real, synthetic and damaged files.
 */
class SieQuickPathTest {

    static SieRecorder read(byte[] input, boolean quick) throws Exception {
        SieRecorder recorder = new SieRecorder();
        try {
            new SieParser(new ByteArrayInputStream(input), recorder, quick).run();
        } catch (SieException ex) {
            recorder.problems.add(SieProblem.error(ex.line(), "fatal: " + ex.getMessage()));
        }
        return recorder;
    }

    static void assertSame(byte[] input, String what) throws Exception {
        SieRecorder quick = read(input, true);
        SieRecorder general = read(input, false);
        assertThat(quick.records).as(what).isEqualTo(general.records);
        assertThat(quick.problems).as(what).isEqualTo(general.problems);
    }

    @Test
    void realFilesReadTheSameBothWays() throws Exception {
        List<Path> files;
        try (var list = Files.list(SiePublicFilesTest.PUBLIC)) {
            files = list.sorted().toList();
        }
        Random random = new Random(99);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertSame(bytes, file.toString());
            for (int i = 0; i < 10; i++) {
                assertSame(SieMutationTest.damage(bytes, random), file + " damaged " + i);
            }
        }
    }

    @Test
    void syntheticFileReadsTheSameBothWays() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticSie(20_000, 3).write(out);
        byte[] bytes = out.toByteArray();
        assertSame(bytes, "synthetic");
        assertThat(read(bytes, true).all(SieRecord.Row.class)).hasSizeGreaterThan(20_000);
    }

    @Test
    void edgeCasesOfPlainRowsReadTheSameBothWays() throws Exception {
        String rows = """
                #TRANS 1930 {} 1
                #TRANS 1930 {} -1.5
                #TRANS 1930 { } .5
                #TRANS 1930 {\t} 1.
                #TRANS 1930 {1 "2"} 100 20240105
                #TRANS 1930 {1 "2"} 100 20240230
                #TRANS 1930 {1 "2} 3"} 100
                #TRANS 1930 {1 "2"} 100
                #TRANS 1930 {1 2} 1.005
                #TRANS 1930 {1 2} +1
                #TRANS 1930 {1 2} 1,5
                #TRANS 1930{} 1
                #TRANS 19301930193019 {} 1
                #TRANS 1930 {} 1 "" ""
                #TRANS 1930 {} 1 2024-01-05
                #TRANS 1930 {} 99999999999999999
                #TRANS 1930 {} 999999999999999.99
                #TRANS 1930 {} -
                #TRANS 1930 {1 2
                #TRANS "1930" {} 1
                #TRANS\t1930\t{}\t2\t20240105
                """;
        assertSame(("#FLAGGA 0\n#VER A 1 20240105\n{\n" + rows + "}\n").getBytes(SieEncodingTest.CP437), "edges");
    }
}
