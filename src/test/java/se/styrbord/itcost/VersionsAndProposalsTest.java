package se.styrbord.itcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.OrgNumber;

/** Which rule version governs a year, and which unit an object of the ledger is proposed as. */
class VersionsAndProposalsTest {

    static final List<RuleVersion> VERSIONS = List.of(
            new RuleVersion(1, Chart.KOMMUN_BAS, 2019, "", List.of()),
            new RuleVersion(2, Chart.KOMMUN_BAS, 2022, "", List.of()),
            new RuleVersion(3, Chart.BAS, 2020, "", List.of()));

    @ParameterizedTest(name = "{0} {1} → version {2}")
    @CsvSource({
        "KOMMUN_BAS, 2019, 1",
        "KOMMUN_BAS, 2021, 1",
        "KOMMUN_BAS, 2022, 2",
        "KOMMUN_BAS, 2030, 2",
        "KOMMUN_BAS, 2015, 1", // before every version: the earliest
        "BAS,        2019, 3",
        "BAS,        2025, 3",
    })
    void theLatestVersionFromTheYearOrBeforeGoverns(Chart chart, int year, long version) {
        assertThat(Recompute.inForce(VERSIONS, chart, year).id()).isEqualTo(version);
    }

    static final List<Unit> UNITS = List.of(
            unit("SCIT", "Servicecenter IT"),
            unit("BOU", "Barn- och utbildningsförvaltningen"),
            unit("MK", "Miljökontoret"));

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "1100, Servicecenter IT,                      SCIT", // the unit's name
                "bou,  Skolan,                                BOU", // the unit's code, any case
                "2000, Barn- och utbildningsförvaltningen Syd, BOU", // the name within the object's name
                "6500, Miljö,                                 MK", // the object's name within the unit's name
                "9000, Hamnen,                                -",
            })
    void anObjectIsProposedAsTheUnitItNames(String id, String name, String expected) {
        assertThat(UnitMapping.propose(new ItcostStore.LedgerObject(id, name), UNITS))
                .isEqualTo(expected);
    }

    private static Unit unit(String code, String name) {
        return new Unit(
                code, name, UnitType.DEPARTMENT, OrgNumber.parse("212000-9994"), null, LocalDate.of(2019, 1, 1), null);
    }
}
