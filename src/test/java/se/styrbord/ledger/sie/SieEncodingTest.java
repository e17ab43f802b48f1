package se.styrbord.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files that claim CP437 ({@code #FORMAT PC8}) but are UTF-8 or Latin-1: made here from a real CP437
 * file, they must read to the same text, with a warning that names the encoding found.
 */
class SieEncodingTest {

    static final Charset CP437 = Charset.forName("IBM437");
    static final Charset LATIN9 = Charset.forName("ISO-8859-15");

    static String original() throws Exception {
        byte[] bytes = Files.readAllBytes(SiePublicFilesTest.PUBLIC.resolve("BL0001_typ1.SE"));
        return new String(bytes, CP437);
    }

    static List<String> accountNames(SieRecorder r) {
        return r.all(SieRecord.Account.class).stream()
                .map(SieRecord.Account::name)
                .toList();
    }

    @Test
    void theOriginalIsCp437AndGivesNoEncodingWarning() throws Exception {
        SieRecorder r = SieRecorder.read(original(), CP437);

        assertThat(r.all(SieRecord.Account.class))
                .contains(new SieRecord.Account(20, "1510", "Kundfordringar"))
                .anySatisfy(a -> assertThat(a.name()).contains("å"))
                .anySatisfy(a -> assertThat(a.name()).contains("ä"))
                .anySatisfy(a -> assertThat(a.name()).contains("ö"));
        assertThat(r.problems).isEmpty();
    }

    @Test
    void utf8IsDetectedAndDecoded() throws Exception {
        String text = original();

        SieRecorder r = SieRecorder.read(text, StandardCharsets.UTF_8);

        assertThat(accountNames(r)).isEqualTo(accountNames(SieRecorder.read(text, CP437)));
        assertThat(r.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("text is UTF-8, not CP437"));
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void utf8WithByteOrderMarkIsDetected() throws Exception {
        String text = "\uFEFF" + original();

        SieRecorder r = SieRecorder.read(text, StandardCharsets.UTF_8);

        assertThat(accountNames(r)).isEqualTo(accountNames(SieRecorder.read(original(), CP437)));
        assertThat(r.warnings())
                .extracting(SieProblem::message)
                .anySatisfy(m -> assertThat(m).contains("byte order mark"))
                .anySatisfy(m -> assertThat(m).startsWith("text is UTF-8"));
        assertThat(r.records.getFirst()).isEqualTo(new SieRecord.Flag(1, "0"));
    }

    @Test
    void latin1IsDetectedAndDecoded() throws Exception {
        String text = original();

        SieRecorder r = SieRecorder.read(text, LATIN9);

        assertThat(accountNames(r)).isEqualTo(accountNames(SieRecorder.read(text, CP437)));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).startsWith("text is ISO-8859-15 (Latin-1), not CP437");
            assertThat(w.message()).endsWith("read as ISO-8859-15");
        });
    }

    @Test
    void theEncodingIsDecidedPerField() throws Exception {
        byte[] content = concat(
                "#FLAGGA 0\n#FNAMN \"".getBytes(StandardCharsets.US_ASCII),
                "Övningsbolaget".getBytes(CP437),
                "\"\n#KONTO 1510 \"".getBytes(StandardCharsets.US_ASCII),
                "Kundfordringar på".getBytes(LATIN9),
                "\"\n#KONTO 1930 \"".getBytes(StandardCharsets.US_ASCII),
                "Företagskonto".getBytes(StandardCharsets.UTF_8),
                "\"\n".getBytes(StandardCharsets.US_ASCII));

        SieRecorder r = SieRecorder.read(content);

        assertThat(r.records)
                .containsExactly(
                        new SieRecord.Flag(1, "0"),
                        new SieRecord.CompanyName(2, "Övningsbolaget"),
                        new SieRecord.Account(3, "1510", "Kundfordringar på"),
                        new SieRecord.Account(4, "1930", "Företagskonto"));
        assertThat(r.warnings())
                .extracting(SieProblem::line, SieProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                4L, "text is UTF-8, not CP437 as #FORMAT PC8 requires; read as UTF-8"),
                        org.assertj.core.groups.Tuple.tuple(
                                3L,
                                "text is ISO-8859-15 (Latin-1), not CP437 as #FORMAT PC8 requires; read as"
                                        + " ISO-8859-15"));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
