package se.styrbord.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.styrbord.ledger.sie.SieProblemCode.Argument;

/**
 * Every problem code and every field has its wording in both message bundles: Swedish, and in
 * English the very pattern the code carries; both patterns take the arguments the code declares.
 */
class SieProblemCodeTest {

    static final Properties SWEDISH = bundle("/messages.properties");
    static final Properties ENGLISH = bundle("/messages_en.properties");

    static Properties bundle(String name) {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(SieProblemCodeTest.class.getResourceAsStream(name)), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(SieProblemCode.class)
    void everyCodeIsWordedInBothLanguages(SieProblemCode code) {
        assertThat(SWEDISH.getProperty(code.key())).as("Swedish " + code.key()).isNotBlank();
        assertThat(ENGLISH.getProperty(code.key())).as("English " + code.key()).isEqualTo(code.english());
        assertThat(SWEDISH.getProperty(code.key())).as("translated").isNotEqualTo(code.english());
    }

    @ParameterizedTest
    @EnumSource(SieProblemCode.class)
    void bothPatternsTakeTheDeclaredArguments(SieProblemCode code) {
        for (Properties bundle : new Properties[] {SWEDISH, ENGLISH}) {
            MessageFormat format = new MessageFormat(bundle.getProperty(code.key()), Locale.ROOT);
            assertThat(format.getFormatsByArgumentIndex())
                    .as(code.key() + " in " + (bundle == SWEDISH ? "Swedish" : "English"))
                    .hasSize(code.arguments().size())
                    .allMatch(Objects::isNull);
        }
        assertThat(code.arity()).isEqualTo(code.arguments().size());
    }

    @ParameterizedTest
    @EnumSource(SieProblemCode.class)
    void theEnglishMessageIsWhatMessageFormatMakesOfThePattern(SieProblemCode code) {
        String[] args = new String[code.arguments().size()];
        Object[] worded = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean field = code.arguments().get(i) == Argument.FIELD;
            args[i] = field ? SieField.TRANSACTION_DATE.code() : "a'{" + i + "}";
            worded[i] = field ? SieField.TRANSACTION_DATE.english() : args[i];
        }
        String expected = new MessageFormat(code.english(), Locale.ROOT).format(worded);

        SieProblem problem = SieProblem.error(7, code, args);

        assertThat(problem.message()).isEqualTo(expected);
        assertThat(problem.code()).isEqualTo(code.code());
        assertThat(problem.args()).containsExactly(args);
        assertThat(problem.kind()).contains(code);
    }

    @ParameterizedTest
    @EnumSource(SieField.class)
    void everyFieldIsNamedInBothLanguages(SieField field) {
        assertThat(SWEDISH.getProperty(field.key())).as(field.key()).isNotBlank();
        assertThat(ENGLISH.getProperty(field.key())).as(field.key()).isEqualTo(field.english());
    }

    @Test
    void aRepeatedProblemAndTheLineAreWordedInBothLanguages() {
        assertThat(ENGLISH.getProperty(SieProblemCode.REPEATED_KEY)).isEqualTo(SieProblemCode.REPEATED_ENGLISH);
        assertThat(new MessageFormat(SWEDISH.getProperty(SieProblemCode.REPEATED_KEY)).getFormatsByArgumentIndex())
                .hasSize(2);
        assertThat(SWEDISH.getProperty("sie.problem.atLine")).isEqualTo("Rad {0}: {1}");
        assertThat(ENGLISH.getProperty("sie.problem.atLine")).isEqualTo("Line {0}: {1}");

        SieProblem repeated = SieProblem.repeatedWarning(4, SieProblemCode.EXTRA_DECIMALS, 3);
        assertThat(repeated.message())
                .isEqualTo("amount with more than two decimals; rounded half up to whole öre (3 times in all)");
        assertThat(repeated.args()).containsExactly("3");
        assertThat(SieProblem.repeatedWarning(4, SieProblemCode.EXTRA_DECIMALS, 1)
                        .args())
                .isEmpty();
    }

    @Test
    void onlyNotesOnLinesAreRepeatable() {
        assertThat(Arrays.stream(SieProblemCode.values()).filter(SieProblemCode::repeatable))
                .allSatisfy(code -> assertThat(code.arguments()).isEmpty())
                .contains(SieProblemCode.UNKNOWN_LABEL)
                .doesNotContain(SieProblemCode.TEXT_UTF_8);
    }

    @Test
    void aProblemStoredWithoutACodeKeepsItsMessage() {
        SieProblem stored = new SieProblem(3, SieProblem.Severity.ERROR, null, null, "something old");

        assertThat(stored.kind()).isEmpty();
        assertThat(stored.args()).isEmpty();
        assertThat(stored).hasToString("line 3: something old");
        assertThat(SieProblemCode.of("noSuchCode")).isEmpty();
    }
}
