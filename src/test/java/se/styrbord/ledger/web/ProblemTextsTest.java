package se.styrbord.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.styrbord.ledger.sie.SieField;
import se.styrbord.ledger.sie.SieProblem;
import se.styrbord.ledger.sie.SieProblemCode;
import tools.jackson.databind.json.JsonMapper;

/** Problems worded through the bundles as the application configures them, Swedish first. */
class ProblemTextsTest {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    final ResourceBundleMessageSource messages = messages();

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    String sv(SieProblem problem) {
        return ProblemTexts.of(problem, messages, SWEDISH);
    }

    String en(SieProblem problem) {
        return ProblemTexts.of(problem, messages, Locale.ENGLISH);
    }

    @Test
    void aProblemIsWordedInThePagesLanguageWithItsLine() {
        SieProblem mismatch = SieProblem.error(12, SieProblemCode.CHECKSUM_MISMATCH, "3130188017", "42");

        assertThat(sv(mismatch))
                .isEqualTo(
                        "Rad 12: kontrollsumman (#KSUMMA) stämmer inte: filen anger 3130188017 men dess poster ger 42"
                                + " (filen har ändrats eller skadats efter exporten)");
        assertThat(en(mismatch)).isEqualTo("Line 12: " + mismatch.message());
    }

    @Test
    void amountsAreWrittenAsFiguresAndFieldsByTheirNames() {
        assertThat(sv(SieProblem.error(3905, SieProblemCode.VOUCHER_UNBALANCED, "B 1", "-12771.00")))
                .isEqualTo("Rad 3905: verifikation B 1 balanserar inte: raderna summerar till -12\u00A0771,00 kr");
        SieProblem date = SieProblem.error(
                10, SieProblemCode.DATE_INVALID, "TRANS", SieField.TRANSACTION_DATE.code(), "20240230");
        assertThat(sv(date)).isEqualTo("Rad 10: #TRANS: transaktionsdatum '20240230' är inget giltigt datum");
        assertThat(en(date)).isEqualTo("Line 10: #TRANS: transaction date '20240230' is not a valid date");
    }

    @Test
    void apostrophesAndBracesShowAsWrittenWithAndWithoutArguments() {
        assertThat(sv(SieProblem.error(16, SieProblemCode.CLOSING_BRACE_WITHOUT_VOUCHER)))
                .isEqualTo("Rad 16: '}' som inte avslutar någon verifikation");
        assertThat(en(SieProblem.error(16, SieProblemCode.OPENING_BRACE_WITHOUT_VOUCHER)))
                .isEqualTo("Line 16: '{' that does not follow a #VER");
        assertThat(sv(SieProblem.error(0, SieProblemCode.NOT_A_RECORD, "it's {0}")))
                .isEqualTo("väntade en post som börjar med '#', fann 'it's {0}'");
    }

    @Test
    void aRepeatedNoteSaysHowOften() {
        SieProblem repeated = new SieProblem(
                5,
                SieProblem.Severity.WARNING,
                SieProblemCode.UNKNOWN_LABEL.code(),
                List.of("12"),
                "unknown record label; ignored (12 times in all)");

        assertThat(sv(repeated)).isEqualTo("Rad 5: okänd posttyp; den hoppades över (12 gånger sammanlagt)");
        assertThat(en(repeated)).isEqualTo("Line 5: " + repeated.message());
    }

    @Test
    void aProblemStoredWithoutACodeKeepsItsEnglishMessage() {
        SieProblem old = JsonMapper.builder()
                .build()
                .readValue(
                        "{\"line\":7,\"severity\":\"WARNING\",\"message\":\"account 1910: #UB 1.00 but …\","
                                + "\"error\":false}",
                        SieProblem.class);
        SieProblem unknown =
                new SieProblem(0, SieProblem.Severity.ERROR, "notACodeAnyMore", List.of("x"), "from a later version");
        SieProblem wrongArity = new SieProblem(
                0, SieProblem.Severity.ERROR, SieProblemCode.NOT_A_RECORD.code(), List.of(), "as stored");

        assertThat(old.code()).isNull();
        assertThat(old.args()).isEmpty();
        assertThat(sv(old)).isEqualTo("Rad 7: account 1910: #UB 1.00 but …");
        assertThat(sv(unknown)).isEqualTo("from a later version");
        assertThat(sv(wrongArity)).isEqualTo("as stored");
    }
}
