package se.styrbord.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.OrgNumber;
import se.styrbord.shared.Violation;

/**
 * The rules of a year's fixed shares: A and B share the 2021 pool, OLD ended in 2020, SCIT supplies
 * the services.
 */
class ShareRulesTest {

    static final List<Unit> REGISTER = List.of(
            unit("A", UnitType.DEPARTMENT, null),
            unit("B", UnitType.COMPANY, null),
            unit("OLD", UnitType.DEPARTMENT, LocalDate.of(2020, 12, 31)),
            unit("SCIT", UnitType.IT_SERVICE_CENTRE, null));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A:60, B:40                  |             |                                    |
            A:99.9999, B:0.0001         |             |                                    |
            A:100, B:0                  |             |                                    |
            A:60.00000, B:40            |             |                                    |
            A:60, B:39.9999             | sum         | allocation.shares.sum              | 99,9999; 0,0001
            A:60, B:40.0001             | sum         | allocation.shares.sum              | 100,0001; -0,0001
            A:110, B:-10                | shares.B    | allocation.shares.negative         | B; Unit B; -10,0000
            A:60.00001, B:39.9999       | shares.A    | allocation.shares.decimals         | A; Unit A; 60.00001
            A:60, B:-                   | shares.B    | allocation.shares.required         | B; Unit B
            A:100                       | shares.B    | allocation.shares.missing.unit     | B; Unit B; 2021
            A:60, B:40, OLD:0           | shares.OLD  | allocation.shares.unit.inactive    | OLD; Unit OLD; 2021
            A:60, B:40, SCIT:0          | shares.SCIT | allocation.shares.unit.supplier    | SCIT; Unit SCIT
            A:60, B:40, X:0             | shares.X    | allocation.shares.unit.unknown     | X
            A:60, B:20, B:20            | shares.B    | allocation.shares.duplicate        | B
            """)
    void oneRuleBrokenAtATime(String shares, String field, String code, String args) {
        List<Violation> violations = ShareRules.check(shares(2021, "KF 2021-03-15 § 42", shares), REGISTER);

        if (code == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo(field);
                assertThat(v.code()).isEqualTo(code);
                assertThat(v.args()).map(String::valueOf).containsExactly(args.split("; "));
            });
        }
    }

    @Test
    void theDecisionMustBeNamedAndEveryRuleIsReportedAtOnce() {
        List<Violation> violations = ShareRules.check(shares(2021, " ", "A:-5, B:-, OLD:5"), REGISTER);

        assertThat(violations)
                .extracting(Violation::code)
                .containsExactly(
                        "allocation.shares.decision.required",
                        "allocation.shares.negative",
                        "allocation.shares.required",
                        "allocation.shares.unit.inactive");
        assertThat(ShareRules.check(shares(2021, "x".repeat(201), "A:50, B:50"), REGISTER))
                .extracting(Violation::field)
                .containsExactly("decision");
    }

    @Test
    void aUnitThatEndedBeforeTheYearHasNoShareButTheYearItEndedItHas() {
        assertThat(ShareRules.check(shares(2020, "KF 2019-11-25 § 201", "A:50, B:25, OLD:25"), REGISTER))
                .isEmpty();
        assertThat(ShareRules.check(shares(2020, "KF 2019-11-25 § 201", "A:50, B:50"), REGISTER))
                .extracting(Violation::code)
                .containsExactly("allocation.shares.missing.unit");
    }

    @Test
    void storedSharesAreNormalisedToFourDecimalsInCodeOrder() {
        FixedShares shares =
                shares(2021, "  KF 2021-03-15 § 42 ", "B:40, A:60.5, C:-").normalised();

        assertThat(shares.decision()).isEqualTo("KF 2021-03-15 § 42");
        assertThat(shares.shares()).extracting(FixedShares.UnitShare::unitCode).containsExactly("A", "B", "C");
        assertThat(shares.percentOf("A")).hasValue(new BigDecimal("60.5000"));
        assertThat(shares.percentOf("C")).isEmpty();
        assertThat(shares.sum()).isEqualByComparingTo("100.5");
    }

    static FixedShares shares(int year, String decision, String line) {
        return new FixedShares(
                year,
                decision,
                Arrays.stream(line.split(","))
                        .map(String::strip)
                        .map(s -> new FixedShares.UnitShare(s.split(":")[0], percent(s.split(":")[1])))
                        .toList());
    }

    private static @Nullable BigDecimal percent(String text) {
        return text.equals("-") ? null : new BigDecimal(text);
    }

    private static Unit unit(String code, UnitType type, @Nullable LocalDate validTo) {
        return new Unit(
                code, "Unit " + code, type, OrgNumber.parse("212000-9994"), null, LocalDate.of(2019, 1, 1), validTo);
    }
}
