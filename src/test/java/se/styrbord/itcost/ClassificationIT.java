package se.styrbord.itcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrbord.ledger.ImportOutcome;
import se.styrbord.ledger.Ledgers;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import se.styrbord.test.IntegrationTest;

/**
 * A small group of its own through the whole pipeline: import, classification by precedence,
 * elimination of internal purchases, a company as its one unit, the rule editor's preview and save,
 * and a replaced file.
 */
@IntegrationTest
class ClassificationIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0398");
    static final String KOMMUN = "212000-9994";
    static final String BOLAG = "556999-0012";

    @Autowired
    Organisation organisation;

    @Autowired
    Ledgers ledgers;

    @Autowired
    ItcostRules rules;

    @Autowired
    UnitMapping mapping;

    @Autowired
    ItcostFigures figures;

    @TempDir
    Path dir;

    @BeforeEach
    void group() throws IOException {
        if (organisation.findGroup(GROUP).isPresent()) {
            return;
        }
        organisation.createGroup(GROUP, "Klassificeringskoncernen");
        organisation.addEntity(GROUP, new LegalEntity(OrgNumber.parse(KOMMUN), "Kommunen", EntityKind.MUNICIPALITY));
        organisation.addEntity(GROUP, new LegalEntity(OrgNumber.parse(BOLAG), "Bolaget AB", EntityKind.COMPANY));
        unit("SCIT", UnitType.IT_SERVICE_CENTRE, KOMMUN);
        unit("BOU", UnitType.DEPARTMENT, KOMMUN);
        unit("ENERGI", UnitType.COMPANY, BOLAG);
        organisation.saveFacts(
                GROUP,
                List.of(
                        new YearlyFacts("SCIT", 2022, Money.of(2000), 2, new BigDecimal("2")),
                        new YearlyFacts("BOU", 2022, Money.of(100000), 10, new BigDecimal("9.5")),
                        new YearlyFacts("ENERGI", 2022, Money.of(50000), 4, new BigDecimal("4"))));
        for (RuleVersion v : rules.versions(GROUP)) {
            if (v.chart() == Chart.KOMMUN_BAS) {
                List<Rule> list = new ArrayList<>(v.rules());
                list.add(new Rule(
                        0, 0, AccountRange.parse("6430"), "20=SCIT", null, Category.INTERNAL_IT_PURCHASE, false, ""));
                list.add(new Rule(
                        0, 0, AccountRange.parse("50-56"), "21=ITPED", null, Category.LOCAL_IT_STAFF, false, ""));
                rules.save(GROUP, v.id(), list);
            }
        }
        mapping.save(GROUP, KOMMUN, Chart.KOMMUN_BAS, "1", null, Map.of("11", "SCIT", "20", "BOU"));
        importSie("kommun.se", KOMMUN, """
                #VER A 1 20220131 "Januari"
                {
                #TRANS 5010 {1 "11"} 1000.00
                #TRANS 6430 {1 "20"} 200.00
                #TRANS 64301 {1 "20" 20 "SCIT"} 300.00
                #TRANS 5010 {1 "20" 21 "ITPED"} 400.00
                #TRANS 6490 {1 "20"} 50.00
                #TRANS 6430 {1 "99"} 7.00
                #TRANS 2440 {} -1957.00
                }
                """);
        importSie("bolag.se", BOLAG, """
                #VER A 1 20220131 "Januari"
                {
                #TRANS 5420 {1 "10"} 120.00
                #TRANS 7010 {1 "10"} 900.00
                #TRANS 2440 {} -1020.00
                }
                """);
    }

    @Test
    void eachSumLandsInTheCategoryOfItsMostSpecificRule() {
        YearFigures y = figures.year(GROUP, 2022);
        Amounts bou = unit(y, "BOU").figures().amounts();
        assertThat(unit(y, "SCIT").figures().amounts().central()).isEqualTo(Money.of("1000.00"));
        assertThat(bou.external()).isEqualTo(Money.of("200.00"));
        assertThat(bou.localStaff()).isEqualTo(Money.of("400.00"));
        assertThat(bou.internal())
                .as("the sub-account 64301 with counterpart SCIT")
                .isEqualTo(Money.of("300.00"));
        assertThat(unit(y, "ENERGI").figures().amounts().external())
                .as("a company's rows go to its one unit")
                .isEqualTo(Money.of("120.00"));
        assertThat(y.unclassified())
                .as("6490 and the company's 7010 match no rule")
                .isEqualTo(Money.of("950.00"));
    }

    @Test
    void internalPurchasesAreEliminatedSoNoKronaCountsTwice() {
        KeyFigures group = figures.year(GROUP, 2022).group();
        assertThat(group.amounts().total())
                .as("central 1000 + external 200 + 7 unmapped + 120 + local staff 400, without the internal 300")
                .isEqualTo(Money.of("1727.00"));
        assertThat(group.amounts().internal()).isEqualTo(Money.of("300.00"));
    }

    @Test
    void sumsOfAnUnmappedObjectStayInTheGroupWithoutAUnit() {
        YearFigures y = figures.year(GROUP, 2022);
        YearFigures.UnitFigures unmapped = y.units().stream()
                .filter(YearFigures.UnitFigures::isUnmapped)
                .findFirst()
                .orElseThrow();
        assertThat(unmapped.orgNumber()).isEqualTo(KOMMUN);
        assertThat(unmapped.figures().amounts().external()).isEqualTo(Money.of("7.00"));
        assertThat(unmapped.figures().itShareOfTurnover())
                .as("no facts: missing, not zero")
                .isNull();
    }

    @Test
    void theEditorShowsWhatAChangeMovesBeforeItIsSaved() {
        RuleVersion v = rules.versions(GROUP).stream()
                .filter(x -> x.chart() == Chart.KOMMUN_BAS)
                .findFirst()
                .orElseThrow();
        List<Rule> changed = new ArrayList<>(v.rules());
        changed.add(new Rule(0, 0, AccountRange.parse("6490"), null, null, Category.EXTERNAL_IT, false, "test"));
        ItcostRules.Preview preview = rules.preview(GROUP, v.id(), changed);
        assertThat(preview.movements())
                .containsExactly(
                        new ItcostRules.Movement(Category.UNCLASSIFIED, Category.EXTERNAL_IT, Money.of("50.00"), 1));
        assertThat(figures.year(GROUP, 2022).group().amounts().external())
                .as("a preview changes nothing")
                .isEqualTo(Money.of("327.00"));
    }

    @Test
    void aNewVersionFromALaterYearStartsAsACopyAndLeavesEarlierYearsAlone() {
        RuleVersion v2023 = rules.newVersion(GROUP, Chart.KOMMUN_BAS, 2023);
        RuleVersion v2019 = rules.versions(GROUP).stream()
                .filter(x -> x.chart() == Chart.KOMMUN_BAS && x.fromYear() < 2023)
                .findFirst()
                .orElseThrow();
        assertThat(v2023.rules()).hasSameSizeAs(v2019.rules());
        List<Rule> changed = new ArrayList<>(v2023.rules());
        changed.add(new Rule(0, 0, AccountRange.parse("6490"), null, null, Category.EXTERNAL_IT, false, "från 2023"));
        assertThat(rules.preview(GROUP, v2023.id(), changed).years())
                .as("no ledger from 2023 on")
                .isEmpty();
        rules.save(GROUP, v2023.id(), changed);
        assertThat(figures.year(GROUP, 2022).group().amounts().external()).isEqualTo(Money.of("327.00"));
        assertThatThrownBy(() -> rules.newVersion(GROUP, Chart.KOMMUN_BAS, 2023))
                .isInstanceOf(se.styrbord.shared.InvalidInput.class);
    }

    private void unit(String code, UnitType type, String org) {
        organisation.createUnit(GROUP, new UnitDraft(code, code, type, org, null, LocalDate.of(2020, 1, 1), null));
    }

    private void importSie(String name, String org, String vouchers) throws IOException {
        String sie = "#FLAGGA 0\n#PROGRAM \"test\" 1\n#FORMAT PC8\n#GEN 20230101\n#SIETYP 4\n#FNAMN \"" + name
                + "\"\n#ORGNR " + org + "\n#RAR 0 20220101 20221231\n" + vouchers;
        Path file = dir.resolve(name);
        Files.write(file, sie.getBytes(Charset.forName("IBM437")));
        ImportOutcome outcome = ledgers.importFile(GROUP, file, name, null, b -> {});
        assertThat(outcome.kind()).as(outcome.describe()).isEqualTo(ImportOutcome.Kind.IMPORTED);
    }

    private static YearFigures.UnitFigures unit(YearFigures y, String code) {
        return y.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }
}
