package se.styrbord.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.shared.OrgNumber;
import se.styrbord.shared.Violation;

class UnitRulesTest {

    static final OrgNumber KOMMUN = OrgNumber.parse("212000-9994");
    static final List<LegalEntity> ENTITIES = List.of(new LegalEntity(KOMMUN, "Kommunen", EntityKind.MUNICIPALITY));
    static final List<Unit> EXISTING = List.of(
            unit("KSK", null, "2019-01-01", null),
            unit("SCIT", "KSK", "2019-01-01", null),
            unit("OLD", null, "2015-01-01", "2018-12-31"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "null",
            value = {
                "valid, NEW, Ny enhet, DEPARTMENT, 212000-9994, KSK, 2020-01-01, null, ''",
                "code taken (any case), ksk, Ny, DEPARTMENT, 212000-9994, null, 2020-01-01, null, code:unit.code.taken",
                "code with space, A B, Ny, DEPARTMENT, 212000-9994, null, 2020-01-01, null, code:unit.code.invalid",
                "blank name, NEW, ' ', DEPARTMENT, 212000-9994, null, 2020-01-01, null, name:unit.name.required",
                "no type, NEW, Ny, null, 212000-9994, null, 2020-01-01, null, type:unit.type.required",
                "bad org number, NEW, Ny, DEPARTMENT, 212000-9995, null, 2020-01-01, null, orgNumber:orgNumber.invalid",
                "unknown entity, NEW, Ny, COMPANY, 556999-0012, null, 2020-01-01, null, orgNumber:unit.entity.unknown",
                "no start, NEW, Ny, DEPARTMENT, 212000-9994, null, null, null, validFrom:unit.validFrom.required",
                "ends before start, NEW, Ny, DEPARTMENT, 212000-9994, null, 2020-01-01, 2019-12-31, validTo:unit.validTo.beforeFrom",
                "unknown parent, NEW, Ny, DEPARTMENT, 212000-9994, NOPE, 2020-01-01, null, parentCode:unit.parent.unknown",
                "parent ended, NEW, Ny, DEPARTMENT, 212000-9994, OLD, 2020-01-01, null, parentCode:unit.parent.inactive",
                "parent not yet valid, NEW, Ny, DEPARTMENT, 212000-9994, KSK, 2018-06-01, null, parentCode:unit.parent.inactive",
            })
    void checksANewUnit(
            String rule,
            String code,
            String name,
            @Nullable UnitType type,
            String org,
            @Nullable String parent,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            String expected) {
        List<Violation> violations =
                UnitRules.check(new UnitDraft(code, name, type, org, parent, from, to), EXISTING, ENTITIES, true);
        assertThat(violations)
                .extracting(v -> v.field() + ":" + v.code())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void aUnitCannotBecomeItsOwnAncestor() {
        UnitDraft kskUnderScit = new UnitDraft(
                "KSK", "KSK", UnitType.CENTRAL_FUNCTION, KOMMUN.value(), "SCIT", LocalDate.of(2019, 1, 1), null);
        List<Unit> others =
                EXISTING.stream().filter(u -> !u.code().equals("KSK")).toList();
        assertThat(UnitRules.check(kskUnderScit, others, ENTITIES, false))
                .extracting(Violation::code)
                .containsExactly("unit.parent.cycle");
    }

    @Test
    void aUnitWithActiveChildrenCannotEnd() {
        Unit ksk = EXISTING.getFirst().deactivatedOn(LocalDate.of(2021, 12, 31));
        assertThat(UnitRules.checkDeactivation(ksk, EXISTING))
                .extracting(Violation::code, v -> v.args().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unit.children.active", "SCIT"));
        Unit old = EXISTING.get(2).deactivatedOn(LocalDate.of(2018, 12, 31));
        assertThat(UnitRules.checkDeactivation(old, EXISTING)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "2019-01-01, null, 2019, true, 12",
                "2019-01-01, null, 2018, false, 0",
                "2020-07-15, null, 2020, true, 6",
                "2019-01-01, 2020-03-31, 2020, true, 3",
                "2019-01-01, 2020-12-31, 2021, false, 0",
            })
    void knowsWhenItIsActive(LocalDate from, @Nullable LocalDate to, int year, boolean active, int months) {
        Unit unit = unit("U", null, from.toString(), to == null ? null : to.toString());
        assertThat(unit.isActiveIn(year)).isEqualTo(active);
        assertThat(unit.activeMonthsIn(year)).isEqualTo(months);
    }

    static Unit unit(String code, @Nullable String parent, String from, @Nullable String to) {
        return new Unit(
                code,
                code,
                UnitType.DEPARTMENT,
                KOMMUN,
                parent,
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }
}
