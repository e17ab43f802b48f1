package se.styrbord.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;

/** SQL for the register; every statement is scoped by the municipality code. */
@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MunicipalGroup> groups() {
        return jdbc.sql("select municipality, name from municipal_group order by municipality")
                .query((rs, i) -> new MunicipalGroup(MunicipalityCode.of(rs.getString(1)), rs.getString(2)))
                .list();
    }

    Optional<MunicipalGroup> group(MunicipalityCode code) {
        return jdbc.sql("select municipality, name from municipal_group where municipality = ?")
                .param(code.value())
                .query((rs, i) -> new MunicipalGroup(MunicipalityCode.of(rs.getString(1)), rs.getString(2)))
                .optional();
    }

    void insertGroup(MunicipalGroup group) {
        jdbc.sql("insert into municipal_group (municipality, name) values (?, ?)")
                .params(group.code().value(), group.name())
                .update();
    }

    List<LegalEntity> entities(MunicipalityCode code) {
        return jdbc.sql("select org_number, name, kind from legal_entity where municipality = ?"
                        + " order by case kind when 'MUNICIPALITY' then 0 else 1 end, name")
                .param(code.value())
                .query((rs, i) -> entity(rs))
                .list();
    }

    Optional<LegalEntity> entity(MunicipalityCode code, OrgNumber orgNumber) {
        return jdbc.sql("select org_number, name, kind from legal_entity where municipality = ? and org_number = ?")
                .params(code.value(), orgNumber.value())
                .query((rs, i) -> entity(rs))
                .optional();
    }

    void insertEntity(MunicipalityCode code, LegalEntity entity) {
        jdbc.sql("insert into legal_entity (municipality, org_number, name, kind) values (?, ?, ?, ?)")
                .params(
                        code.value(),
                        entity.orgNumber().value(),
                        entity.name(),
                        entity.kind().name())
                .update();
    }

    void updateEntityName(MunicipalityCode code, OrgNumber orgNumber, String name) {
        jdbc.sql("update legal_entity set name = ? where municipality = ? and org_number = ?")
                .params(name, code.value(), orgNumber.value())
                .update();
    }

    List<Unit> units(MunicipalityCode code) {
        return jdbc.sql("select * from unit where municipality = ? order by code")
                .param(code.value())
                .query((rs, i) -> unit(rs))
                .list();
    }

    Optional<Unit> unit(MunicipalityCode code, String unitCode) {
        return jdbc.sql("select * from unit where municipality = ? and code = ?")
                .params(code.value(), unitCode)
                .query((rs, i) -> unit(rs))
                .optional();
    }

    void insertUnit(MunicipalityCode code, Unit unit) {
        jdbc.sql("insert into unit (municipality, code, name, type, org_number, parent_code, valid_from, valid_to)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code.value(),
                        unit.code(),
                        unit.name(),
                        unit.type().name(),
                        unit.orgNumber().value(),
                        unit.parentCode(),
                        unit.validFrom(),
                        unit.validTo())
                .update();
    }

    void updateUnit(MunicipalityCode code, Unit unit) {
        jdbc.sql("update unit set name = ?, type = ?, org_number = ?, parent_code = ?, valid_from = ?, valid_to = ?"
                        + " where municipality = ? and code = ?")
                .params(
                        unit.name(),
                        unit.type().name(),
                        unit.orgNumber().value(),
                        unit.parentCode(),
                        unit.validFrom(),
                        unit.validTo(),
                        code.value(),
                        unit.code())
                .update();
    }

    List<YearlyFacts> facts(MunicipalityCode code, int year) {
        return jdbc.sql("select * from unit_year where municipality = ? and fiscal_year = ? order by unit_code")
                .params(code.value(), year)
                .query((rs, i) -> facts(rs))
                .list();
    }

    List<YearlyFacts> factsOf(MunicipalityCode code, String unitCode) {
        return jdbc.sql("select * from unit_year where municipality = ? and unit_code = ? order by fiscal_year")
                .params(code.value(), unitCode)
                .query((rs, i) -> facts(rs))
                .list();
    }

    List<Integer> factYears(MunicipalityCode code) {
        return jdbc.sql("select distinct fiscal_year from unit_year where municipality = ? order by fiscal_year")
                .param(code.value())
                .query(Integer.class)
                .list();
    }

    void deleteFacts(MunicipalityCode code, String unitCode, int year) {
        jdbc.sql("delete from unit_year where municipality = ? and unit_code = ? and fiscal_year = ?")
                .params(code.value(), unitCode, year)
                .update();
    }

    void upsertFacts(MunicipalityCode code, YearlyFacts facts) {
        deleteFacts(code, facts.unitCode(), facts.year());
        jdbc.sql("insert into unit_year (municipality, unit_code, fiscal_year, turnover, employees, fte)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        code.value(),
                        facts.unitCode(),
                        facts.year(),
                        facts.turnover() == null ? null : facts.turnover().amount(),
                        facts.employees(),
                        facts.fte())
                .update();
    }

    void deleteGroup(MunicipalityCode code) {
        for (String table : List.of("unit_year", "unit", "legal_entity", "municipal_group")) {
            if (table.equals("unit")) {
                jdbc.sql("update unit set parent_code = null where municipality = ?")
                        .param(code.value())
                        .update();
            }
            jdbc.sql("delete from " + table + " where municipality = ?")
                    .param(code.value())
                    .update();
        }
    }

    private static LegalEntity entity(ResultSet rs) throws SQLException {
        return new LegalEntity(
                OrgNumber.parse(rs.getString("org_number")),
                rs.getString("name"),
                EntityKind.valueOf(rs.getString("kind")));
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        return new Unit(
                rs.getString("code"),
                rs.getString("name"),
                UnitType.valueOf(rs.getString("type")),
                OrgNumber.parse(rs.getString("org_number")),
                rs.getString("parent_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }

    private static YearlyFacts facts(ResultSet rs) throws SQLException {
        var turnover = rs.getBigDecimal("turnover");
        int employees = rs.getInt("employees");
        Integer employeesOrNull = rs.wasNull() ? null : employees;
        return new YearlyFacts(
                rs.getString("unit_code"),
                rs.getInt("fiscal_year"),
                turnover == null ? null : new Money(turnover),
                employeesOrNull,
                rs.getBigDecimal("fte"));
    }
}
