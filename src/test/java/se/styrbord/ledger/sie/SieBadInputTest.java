package se.styrbord.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.styrbord.ledger.sie.SieCheckReport.ChecksumStatus;

/** Broken input: each gives an error that names its line, and nothing runs out of memory. */
class SieBadInputTest {

    static final String HEAD =
            "#FLAGGA 0\n#PROGRAM Test 1\n#FORMAT PC8\n#GEN 20240101\n#SIETYP 4\n#FNAMN \"Bolaget AB\"\n";

    @TempDir
    Path dir;

    SieCheckReport check(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return SieCheck.check(file);
    }

    SieCheckReport check(String name, String content) throws IOException {
        return check(name, content.getBytes(StandardCharsets.ISO_8859_1));
    }

    static void assertOneError(SieCheckReport report, long line, String text) {
        assertThat(report.errors()).as("errors").singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.message()).contains(text);
        });
    }

    @Test
    void truncatedFileEndsInsideAVoucher() throws IOException {
        byte[] whole = Files.readAllBytes(SiePublicFilesTest.PUBLIC.resolve("transaktioner_ovnbolag.se"));
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("#TRANS", text.indexOf("#VER B 1 ")) + 10;
        long verLine = text.substring(0, text.indexOf("#VER B 1 ")).lines().count() + 1;

        SieCheckReport report = check("truncated.se", Arrays.copyOf(whole, cut));

        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.message()).contains("the file ends inside the voucher of line " + verLine);
            assertThat(e.message()).contains("truncated");
            assertThat(e.line()).isPositive();
        });
    }

    @Test
    void binaryFileIsRejectedAtOnce() throws IOException {
        byte[] bytes = new byte[50_000];
        new Random(7).nextBytes(bytes);
        bytes[100] = 0;

        SieCheckReport report = check("image.se", bytes);

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("not a SIE file").contains("binary");
            assertThat(e.line()).isPositive();
        });
        assertThat(report.vouchers()).isZero();
    }

    @Test
    void htmlPageRenamedSeIsRejected() throws IOException {
        SieCheckReport report = check(
                "download.se",
                "\n<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n<body>#VER</body></html>\n");

        assertOneError(report, 2, "not a SIE file: an HTML page");
    }

    @Test
    void textThatIsNoSieFileIsRejectedOnItsFirstLine() throws IOException {
        assertOneError(check("notes.se", "\n\nDear customer,\n#VER A 1 20240101\n"), 3, "does not start with '#'");
    }

    @Test
    void checksumMismatchIsReported() throws IOException {
        String text = Files.readString(
                SiePublicFilesTest.PUBLIC.resolve("Norstedts Revision SIE 1.SE"), StandardCharsets.ISO_8859_1);
        String changed = text.replace("\"Datakonsulterna AB\"", "\"Datakonsulterna AC\"");
        assertThat(changed).isNotEqualTo(text);
        long lastLine = changed.lines().count();

        SieCheckReport report = check("changed.se", changed);

        assertThat(report.checksum()).isEqualTo(ChecksumStatus.MISMATCH);
        assertOneError(report, lastLine, "#KSUMMA mismatch: the file says 3130188017");
    }

    @Test
    void openingChecksumWithoutClosingMeansTruncated() throws IOException {
        String text = Files.readString(
                SiePublicFilesTest.PUBLIC.resolve("Norstedts Revision SIE 1.SE"), StandardCharsets.ISO_8859_1);
        String truncated = text.substring(0, text.lastIndexOf("#KSUMMA"));

        SieCheckReport report = check("cut.se", truncated);

        assertThat(report.checksum()).isEqualTo(ChecksumStatus.MISMATCH);
        assertOneError(report, 2, "opening #KSUMMA without a closing #KSUMMA at the end: the file is truncated");
    }

    @Test
    void unbalancedVoucherIsACheckError() throws IOException {
        SieCheckReport report = check(
                "unbalanced.se",
                HEAD + "#VER A 1 20240105 \"Sale\"\n{\n#TRANS 1930 {} 100.00\n#TRANS 3010 {} -99.99\n}\n"
                        + "#VER A 2 20240105\n{\n#TRANS 1930 {} 1\n#TRANS 3010 {} -1\n}\n");

        assertThat(report.unbalancedVouchers()).isEqualTo(1);
        assertThat(report.vouchers()).isEqualTo(2);
        assertOneError(report, 7, "voucher A 1 does not balance: its rows sum to 0.01");
    }

    @Test
    void invalidDatesAreErrorsWithTheirLine() throws IOException {
        SieCheckReport report = check(
                "dates.se",
                HEAD + "#RAR 0 20240101 20241231\n#VER A 1 \"2024-01-05\" \"ISO\"\n{\n#TRANS 1930 {} 1 20240230\n"
                        + "#TRANS 3010 {} -1\n}\n");

        assertThat(report.errors())
                .extracting(SieProblem::line, SieProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                8L, "#VER: voucher date '2024-01-05' is not a date YYYYMMDD"),
                        org.assertj.core.groups.Tuple.tuple(
                                10L, "#TRANS: transaction date '20240230' is not a valid date"));
        assertThat(report.vouchers()).isEqualTo(1);
        assertThat(report.transactions()).isEqualTo(2);
    }

    @Test
    void invalidAmountsAreErrorsWithTheirLine() throws IOException {
        SieCheckReport report = check(
                "amounts.se",
                HEAD + "#IB 0 1930 +100.00\n#UB 0 1930 1,50\n#RES 0 3010 12a\n#UB 0 2440 99999999999999999999\n");

        assertThat(report.errors())
                .extracting(SieProblem::line, SieProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                7L, "#IB: balance '+100.00' is not a valid amount (no '+' allowed)"),
                        org.assertj.core.groups.Tuple.tuple(
                                8L, "#UB: balance '1,50' is not a valid amount (the decimal separator is '.')"),
                        org.assertj.core.groups.Tuple.tuple(9L, "#RES: balance '12a' is not a valid amount"),
                        org.assertj.core.groups.Tuple.tuple(10L, "#UB: balance '99999999999999999999' is too large"));
    }

    @Test
    @Timeout(20)
    void tenMegabyteLineIsAnErrorNotAnOutOfMemory() throws IOException {
        Path file = dir.resolve("long.se");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEAD.getBytes(StandardCharsets.US_ASCII));
            out.write("#PROSA \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write("\"\n#VER A 1 20240105\n{\n#TRANS 1930 {} 1\n#TRANS 3010 {} -1\n}\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }

        SieCheckReport report = SieCheck.check(file);

        assertOneError(report, 7, "line longer than 65536 bytes; skipped");
        assertThat(report.vouchers()).isEqualTo(1);
        assertThat(report.transactions()).isEqualTo(2);
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        assertOneError(check("empty.se", ""), 0, "the file is empty");
        assertOneError(check("blank.se", "\n  \r\n\t\n"), 0, "the file has no records (only blank lines)");
    }

    @Test
    void linesThatCannotBeReadAreErrorsAndReadingGoesOn() throws IOException {
        SieCheckReport report = check(
                "mixed.se",
                HEAD + "garbage here\n#TRANS 1930 {} 1\n#VER A 1 20240105\n{\n#TRANS {} 5\n#TRANS 1930 {1} 5\n"
                        + "#TRANS 1930 {} 5\n#TRANS 3010 {} -5\n}\n}\n#KONTO 1930 \"Bank\"\n");

        assertThat(report.errors()).extracting(SieProblem::line).containsExactly(7L, 8L, 11L, 12L, 16L);
        assertThat(report.errors())
                .extracting(SieProblem::message)
                .containsExactly(
                        "expected a record starting with '#', found 'garbage here'",
                        "#TRANS outside a voucher",
                        "#TRANS: account number missing",
                        "#TRANS: object list has an odd number of fields; expected pairs of dimension and object",
                        "'}' that closes no voucher");
        assertThat(report.transactions()).isEqualTo(2);
        assertThat(report.unbalancedVouchers()).isZero();
    }

    @Test
    void unclosedVoucherBeforeTheNextOneIsAnError() throws IOException {
        SieCheckReport report = check(
                "open.se",
                HEAD + "#VER A 1 20240105\n{\n#TRANS 1930 {} 1\n#TRANS 3010 {} -1\n#VER A 2 20240105\n{\n}\n");

        assertOneError(report, 11, "voucher of line 7 not closed with '}' before this #VER");
        assertThat(report.vouchers()).isEqualTo(2);
    }

    @Test
    void tooManyErrorsStopTheReading() throws IOException {
        String junk = "#IB 0 1930 x\n".repeat(2000);

        SieCheckReport report = check("junk.se", HEAD + junk);

        assertThat(report.errors())
                .last()
                .satisfies(e -> assertThat(e.message()).contains("and 800 more errors"));
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(1007);
            assertThat(e.message()).isEqualTo("more than 1000 errors; reading stopped");
        });
    }
}
