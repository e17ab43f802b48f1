package se.styrbord.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.styrbord.ledger.sie.SieCheckReport.ChecksumStatus;

/** The real files of shared/data/sie/public, checked against an independent oracle and by hand. */
class SiePublicFilesTest {

    static final Path PUBLIC = Path.of(System.getProperty("styrbord.shared", "../shared"), "data/sie/public");

    static Stream<Path> publicFiles() throws IOException {
        return Files.list(PUBLIC).sorted();
    }

    static SieCheckReport check(String name) {
        return SieCheck.check(PUBLIC.resolve(name));
    }

    @Test
    void allSixtyFourFilesAreThere() throws IOException {
        assertThat(publicFiles()).hasSize(64);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicFiles")
    void readsWithoutFatalErrorAndAgreesWithTheOracle(Path file) throws IOException {
        SieCheckReport report = SieCheck.check(file);
        SieOracle oracle = SieOracle.of(file);

        assertThat(report.errors()).noneMatch(e -> e.message().startsWith("not a SIE file"));
        assertThat(report.vouchers()).as("vouchers").isEqualTo(oracle.vouchers());
        assertThat(report.transactions()).as("transactions").isEqualTo(oracle.transactions());
        assertThat(report.unbalancedVouchers()).as("unbalanced").isEqualTo(oracle.unbalancedVouchers());
        assertThat(report.sieType()).isEqualTo(oracle.sieType());
        assertThat(report.checksum()).isEqualTo(oracle.hasChecksum() ? ChecksumStatus.OK : ChecksumStatus.ABSENT);
        assertThat(report.balanceMismatches()).isEqualTo(oracle.balanceMismatches());
        assertThat(report.resultMismatches()).isEqualTo(oracle.resultMismatches());
        assertThat(report.errors().size()).as("errors: %s", report.errors()).isEqualTo(oracle.unbalancedVouchers());
    }

    @Test
    void theDeliberatelyUnbalancedFileHasOneUnbalancedVoucher() {
        SieCheckReport report = check("transaktioner_ovnbolag-bad-balance.se");

        assertThat(report.vouchers()).isEqualTo(163);
        assertThat(report.transactions()).isEqualTo(671);
        assertThat(report.unbalancedVouchers()).isEqualTo(1);
        assertThat(report.balanceMismatches()).containsExactly("1910");
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isPositive();
            assertThat(e.message()).contains("does not balance");
        });
        assertThat(check("transaktioner_ovnbolag.se").unbalancedVouchers()).isZero();
    }

    @Test
    void checksumsOfTheNorstedtsAndVismaFilesHold() {
        for (String name : List.of(
                "Bokslut Norstedts SIE 4E.se",
                "Norstedts Bokslut SIE 1.se",
                "Norstedts Bokslut SIE 4I.si",
                "Norstedts Revision SIE 1.SE",
                "Sie1.se")) {
            assertThat(check(name).checksum()).as(name).isEqualTo(ChecksumStatus.OK);
        }
    }

    @Test
    void rtransReplacesTheTransItRepeatsAndBtransIsNotCounted() {
        // BL0001_typ4.SE: 84 #VER, 405 #TRANS, 6 #RTRANS each followed by its #TRANS, 3 #BTRANS.
        SieCheckReport bl = check("BL0001_typ4.SE");
        assertThat(bl.vouchers()).isEqualTo(84);
        assertThat(bl.transactions()).isEqualTo(405);
        assertThat(bl.unbalancedVouchers()).isZero();
        // sie 4.SE: 20 #VER, 76 #TRANS, one #BTRANS 1910 and one #RTRANS 1920 followed by its #TRANS.
        SieCheckReport sie4 = check("sie 4.SE");
        assertThat(sie4.vouchers()).isEqualTo(20);
        assertThat(sie4.transactions()).isEqualTo(76);
        assertThat(sie4.unbalancedVouchers()).isZero();
    }

    @Test
    void readsTheIdentificationOfTheOfficialExample() {
        SieCheckReport report = check("SIE4 Exempelfil 2024.SE");

        assertThat(report.sieType()).isEqualTo("4");
        assertThat(report.company()).isEqualTo("Övningsbolaget AB");
        assertThat(report.orgNumber()).isEqualTo("555555-5555");
        assertThat(report.fiscalYear())
                .isEqualTo(new SieCheckReport.FiscalYear(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        assertThat(report.vouchers()).isEqualTo(295);
        assertThat(report.transactions()).isEqualTo(1330);
        assertThat(report.checksum()).isEqualTo(ChecksumStatus.ABSENT);
        assertThat(report.errors()).isEmpty();
        // #FNR "C:\ProgramData\SPCS\SPCS Administration\F<0xF6>retag\Ovnbol2000": one Latin-1 byte
        assertThat(report.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.message()).contains("ISO-8859-15");
        });
    }
}
