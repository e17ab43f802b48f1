package se.styrbord.itcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.InvalidInput;

/** Rule matching and precedence (ADR 0007): most specific wins. */
class ClassifierTest {

    static Rule rule(int position, String accounts, String object, String unit, Category category) {
        return new Rule(position + 1, position, AccountRange.parse(accounts), object, unit, category, false, "");
    }

    /** A Kommun-Bas-like set with every kind of overlap. */
    static final Classifier RULES = new Classifier(List.of(
            rule(0, "1-2", null, null, Category.NOT_IT),
            rule(1, "3", null, null, Category.NOT_IT),
            rule(2, "5", null, null, Category.NOT_IT),
            rule(3, "6430", null, null, Category.EXTERNAL_IT),
            rule(4, "64", null, null, Category.NOT_IT),
            rule(5, "6430", "20=SCIT", null, Category.INTERNAL_IT_PURCHASE),
            rule(6, "50-56", "21=ITPED", null, Category.LOCAL_IT_STAFF),
            rule(7, "41-79", null, "SCIT", Category.CENTRAL_IT),
            rule(8, "6430", "20=SCIT", "SCIT", Category.NOT_IT),
            rule(9, "7110-7119", null, null, Category.EXTERNAL_IT),
            rule(10, "7110-7119", null, null, Category.NOT_IT)));

    @ParameterizedTest(name = "{0} {1} on {2} → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // account-only rules; the narrower range wins over the wider
                "6430,   1=2000,          BOU,  EXTERNAL_IT",
                "64301,  1=2000,          BOU,  EXTERNAL_IT", // a local sub-account of 6430
                "6490,   1=2000,          BOU,  NOT_IT",
                "643,    1=2000,          BOU,  NOT_IT", // shorter than the range's bounds: only 64 matches
                // an object-bound rule wins over account-only rules
                "6430,   1=2000|20=SCIT,  BOU,  INTERNAL_IT_PURCHASE",
                "5010,   1=2000|21=ITPED, BOU,  LOCAL_IT_STAFF",
                "5010,   1=2000|21=ITSAM, BOU,  NOT_IT",
                "5711,   1=2000|21=ITPED, BOU,  NOT_IT", // 57 is outside 50-56: the class rule applies
                // a unit-bound rule wins over account-only rules, whatever their width
                "5010,   1=1100,          SCIT, CENTRAL_IT",
                "6430,   1=1100,          SCIT, CENTRAL_IT",
                "3990,   1=1100,          SCIT, NOT_IT", // revenue is outside the unit rule's 41-79
                // two conditions win over one
                "6430,   1=1100|20=SCIT,  SCIT, NOT_IT",
                // equal specificity: the earlier position wins
                "7115,   1=2000,          BOU,  EXTERNAL_IT",
                // no rule at all
                "9000,   -,               -,    UNCLASSIFIED",
            })
    void theMostSpecificRuleWins(String account, String objects, String unit, Category expected) {
        assertThat(RULES.categoryOf(account, objects == null ? "" : objects, unit))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "5420,       5420, 5420, 100000000",
        "6211-6214,  6211, 6214, 400000000",
        "6211 – 6214, 6211, 6214, 400000000",
        "41-79,      41,   79,   390000000000",
        "1,          1,    1,    100000000000",
    })
    void rangesAreReadAndMeasured(String text, String from, String to, long width) {
        AccountRange range = AccountRange.parse(text);
        assertThat(range.from()).isEqualTo(from);
        assertThat(range.to()).isEqualTo(to);
        assertThat(range.width()).isEqualTo(width);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"''", "abc", "6214-6211", "62-621", "1-2-3", "1234567890123"})
    void badRangesAreRefused(String text) {
        assertThatThrownBy(() -> AccountRange.parse(text)).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "6230, EXTERNAL_IT",
        "5420, EXTERNAL_IT",
        "6540, EXTERNAL_IT",
        "7835, EXTERNAL_IT",
        "7814, EXTERNAL_IT",
        "6212, EXTERNAL_IT",
        "1930, NOT_IT",
        "3010, NOT_IT",
        "7010, UNCLASSIFIED"
    })
    void theBasStartingPointKnowsTheItAccounts(String account, Category expected) {
        assertThat(new Classifier(DefaultRules.bas()).categoryOf(account, "", "ENERGI"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "5010, SCIT, CENTRAL_IT, false",
        "4023, SCIT, NOT_IT, false",
        "5010, DIGI, DIGITALISATION, false",
        "4023, DIGI, DIGITALISATION, true",
        "4023, BOU, NOT_IT, false",
        "6430, BOU, EXTERNAL_IT, false"
    })
    void theKommunBasStartingPointBindsTheCentralUnits(
            String account, String unit, Category expected, boolean investment) {
        Classifier rules = new Classifier(DefaultRules.kommunBas(List.of("SCIT"), List.of("DIGI")));
        assertThat(rules.categoryOf(account, "", unit)).isEqualTo(expected);
        assertThat(rules.classify(account, "", unit).map(Rule::investment)).contains(investment);
    }
}
