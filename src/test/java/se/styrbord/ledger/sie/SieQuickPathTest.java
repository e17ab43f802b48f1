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
            recorder.problems.add(ex.problem());
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
        new SyntheticSie(60_000, 3).write(out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes.length).as("several buffer refills").isGreaterThan(2 * ByteLines.BUFFER_BYTES);
        assertSame(bytes, "synthetic");
        assertThat(read(bytes, true).all(SieRecord.Row.class)).hasSizeGreaterThan(60_000);
        SieParser parser = new SieParser(new java.io.ByteArrayInputStream(bytes), new SieHandler() {});
        parser.run();
        assertThat(parser.quickLineCount)
                .as("rows and heads read the quick way")
                .isGreaterThan(70_000);
        String crlf = new String(bytes, SieEncodingTest.CP437).replace("\n", "\r\n");
        assertSame(crlf.getBytes(SieEncodingTest.CP437), "synthetic with CRLF");
    }

    @Test
    void edgeCasesOfVoucherHeadsReadTheSameBothWays() throws Exception {
        String heads = """
                #VER A 1 20240105
                #VER A 1 20240105 "Sale" 20240106 "Me"
                #VER "A" "1" 20240105 "" "" ""
                #VER A "" 20240105 "x" 20240106 "2 A Person" extra
                #VER "" "" 20240105
                #VER A 1 2024-01-05 "ISO"
                #VER A 1 20240230
                #VER A 1 20240105 Sale of goods
                #VER A 1 20240105 "Sale \"big\"" 20240106
                #VER A 1 20240105 "Sale"x 20240106
                #VER A 1 20240105 "Sale
                #VER A 1 20240105 "Försäljning"
                #VER A 1 20240105 "C:\\dir" 20240106
                #VER ABCDEFGHIJ 1 20240105
                #VER	A	1	20240105	"Tab"	20240106
                #VER A 1 20240105 "Sale" 2024010
                #VER A 1 20240105 {}
                """;
        StringBuilder file = new StringBuilder("#FLAGGA 0\n");
        heads.lines().forEach(h -> file.append(h).append("\n{\n#TRANS 1930 {} 1\n#TRANS 3010 {} -1\n}\n"));
        assertSame(file.toString().getBytes(SieEncodingTest.CP437), "voucher heads");
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
        String lineEnds = "#TRANS 1930 {} 1\r\n#TRANS 1930 {} 2 \t\r\n#TRANS 1930 {} 3\u001A\n"
                + "#TRANS 1930 {} 4 20240105\r\r\n#TRANS 1930 {} 5\r20240105\n#TRANS 1930 {} 6 \u001A 20240105\n"
                + "  \t#TRANS 1930 {} 7\n#TRANS 1930 {} 8 123\n#TRANS 1930 {} 9 202401051\n"
                + "#TRANS 1930 {} 10 20240105x\n#TRANS 1930 {} 11" + " ".repeat(600) + "\n#TRANS 1930 {} 12\u0000\n";
        assertSame(
                ("#FLAGGA 0\n#VER A 1 20240105\n{\n#TRANS 1930 {} 0\n" + lineEnds + "}\n")
                        .getBytes(SieEncodingTest.CP437),
                "line ends");
    }
}
