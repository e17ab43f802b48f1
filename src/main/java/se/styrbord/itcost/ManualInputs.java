package se.styrbord.itcost;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.Unit;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import se.styrbord.shared.Violation;

/**
 * The inputs that are in no ledger: local IT staff and shadow-IT estimates per unit and year, typed
 * one at a time or imported from XLSX/CSV. A file is checked whole, every row and field, and saved
 * all or nothing; it replaces the entries of the years it holds.
 */
@Service
@Transactional(readOnly = true)
public class ManualInputs {

    /** Columns of the local-staff file: Swedish and English header. */
    public static final List<String[]> STAFF_COLUMNS = List.of(
            new String[] {"enhet", "unit"},
            new String[] {"år", "year"},
            new String[] {"roll", "role"},
            new String[] {"årsarbetare", "fte"},
            new String[] {"kostnad per årsarbetare", "cost per fte"},
            new String[] {"anteckning", "note"});

    /** Columns of the shadow-IT file: Swedish and English header. */
    public static final List<String[]> SHADOW_COLUMNS = List.of(
            new String[] {"enhet", "unit"},
            new String[] {"år", "year"},
            new String[] {"belopp", "amount"},
            new String[] {"vad", "what"},
            new String[] {"säkerhet", "confidence"},
            new String[] {"källa", "source"});

    private final JdbcClient jdbc;
    private final ItcostStore store;
    private final Recompute recompute;
    private final Organisation organisation;
    private final AuditLog audit;

    ManualInputs(JdbcClient jdbc, ItcostStore store, Recompute recompute, Organisation organisation, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.recompute = recompute;
        this.organisation = organisation;
        this.audit = audit;
    }

    public List<LocalStaff> localStaff(MunicipalityCode code, int year) {
        return jdbc.sql("select id, fiscal_year, unit_code, role, fte, cost_per_fte, note from itcost_local_staff"
                        + " where municipality = ? and fiscal_year = ? order by unit_code, role, id")
                .params(code.value(), year)
                .query((rs, n) -> new LocalStaff(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        Money.ofOre(rs.getLong(6)),
                        rs.getString(7)))
                .list();
    }

    public List<ShadowEstimate> shadow(MunicipalityCode code, int year) {
        return jdbc.sql(
                        "select id, fiscal_year, unit_code, amount_ore, description, confidence, source from itcost_shadow"
                                + " where municipality = ? and fiscal_year = ? order by unit_code, id")
                .params(code.value(), year)
                .query((rs, n) -> new ShadowEstimate(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        Money.ofOre(rs.getLong(4)),
                        rs.getString(5),
                        ShadowEstimate.Confidence.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    /** Imports a local-staff file; returns the number of entries saved. */
    @Transactional
    public int importLocalStaff(MunicipalityCode code, String fileName, InputStream in) throws IOException {
        Map<String, Unit> units = units(code);
        List<LocalStaff> entries = rows(TableFile.read(fileName, in, STAFF_COLUMNS), units, ManualInputs::staff);
        return replaceYears(
                code,
                fileName,
                entries,
                LocalStaff::year,
                "itcost_local_staff",
                year -> localStaff(code, year),
                e -> insert(code, e, units));
    }

    /** Imports a shadow-IT file; returns the number of estimates saved. */
    @Transactional
    public int importShadow(MunicipalityCode code, String fileName, InputStream in) throws IOException {
        Map<String, Unit> units = units(code);
        List<ShadowEstimate> entries = rows(TableFile.read(fileName, in, SHADOW_COLUMNS), units, ManualInputs::shadow);
        return replaceYears(
                code,
                fileName,
                entries,
                ShadowEstimate::year,
                "itcost_shadow",
                year -> shadow(code, year),
                e -> insert(code, e, units));
    }

    /**
     * Replaces the entries of every year the file has with the file's, each year audited with what
     * it held before, and the year's totals summed again; returns the number of entries saved.
     * {@code table} is one of this class's own tables, whose audit subject is its name with hyphens.
     */
    private <T> int replaceYears(
            MunicipalityCode code,
            String fileName,
            List<T> entries,
            ToIntFunction<T> yearOf,
            String table,
            IntFunction<List<T>> stored,
            Consumer<T> insert) {
        TreeSet<Integer> years =
                entries.stream().map(yearOf::applyAsInt).collect(Collectors.toCollection(TreeSet::new));
        for (int year : years) {
            List<T> before = stored.apply(year);
            jdbc.sql("delete from " + table + " where municipality = ? and fiscal_year = ?")
                    .params(code.value(), year)
                    .update();
            List<T> after =
                    entries.stream().filter(e -> yearOf.applyAsInt(e) == year).toList();
            after.forEach(insert);
            audit.record(
                    code.value(), AuditAction.IMPORT, table.replace('_', '-'), fileName + "/" + year, before, after);
            recompute.totals(code, year);
        }
        return entries.size();
    }

    /** Reads one entry from a file row's six cells, adding what is wrong to the violations. */
    private interface RowReader<T> {
        @Nullable
        T read(
                @Nullable Integer row,
                String c0,
                String c1,
                String c2,
                String c3,
                String c4,
                String c5,
                Map<String, Unit> units,
                List<Violation> violations);
    }

    /** Every data row of the file, all or nothing: any violation, or no rows at all, stops the import. */
    private static <T> List<T> rows(TableFile file, Map<String, Unit> units, RowReader<T> reader) {
        List<T> entries = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int row : file.dataRows()) {
            T entry = reader.read(
                    row,
                    file.cell(row, 0),
                    file.cell(row, 1),
                    file.cell(row, 2),
                    file.cell(row, 3),
                    file.cell(row, 4),
                    file.cell(row, 5),
                    units,
                    violations);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (violations.isEmpty() && entries.isEmpty()) {
            violations.add(Violation.of("file", "itcost.file.noRows"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return entries;
    }

    /** Adds one local-staff entry typed in a form; violations name the fields. */
    @Transactional
    public LocalStaff addLocalStaff(
            MunicipalityCode code, String unit, String year, String role, String fte, String cost, String note) {
        Map<String, Unit> units = units(code);
        List<Violation> violations = new ArrayList<>();
        LocalStaff s = staff(null, unit, year, role, fte, cost, note, units, violations);
        if (s == null) {
            throw new InvalidInput(violations);
        }
        LocalStaff saved = insert(code, s, units);
        audit.record(code.value(), AuditAction.CREATE, "itcost-local-staff", String.valueOf(saved.id()), null, saved);
        recompute.totals(code, saved.year());
        return saved;
    }

    @Transactional
    public ShadowEstimate addShadow(
            MunicipalityCode code,
            String unit,
            String year,
            String amount,
            String what,
            String confidence,
            String source) {
        Map<String, Unit> units = units(code);
        List<Violation> violations = new ArrayList<>();
        ShadowEstimate s = shadow(null, unit, year, amount, what, confidence, source, units, violations);
        if (s == null) {
            throw new InvalidInput(violations);
        }
        ShadowEstimate saved = insert(code, s, units);
        audit.record(code.value(), AuditAction.CREATE, "itcost-shadow", String.valueOf(saved.id()), null, saved);
        recompute.totals(code, saved.year());
        return saved;
    }

    @Transactional
    public void deleteLocalStaff(MunicipalityCode code, long id) {
        LocalStaff before = jdbc.sql("select fiscal_year from itcost_local_staff where municipality = ? and id = ?")
                .params(code.value(), id)
                .query(Integer.class)
                .optional()
                .flatMap(y ->
                        localStaff(code, y).stream().filter(s -> s.id() == id).findFirst())
                .orElseThrow(() -> new NotFound("local IT staff", id));
        jdbc.sql("delete from itcost_local_staff where municipality = ? and id = ?")
                .params(code.value(), id)
                .update();
        audit.record(code.value(), AuditAction.DELETE, "itcost-local-staff", String.valueOf(id), before, null);
        recompute.totals(code, before.year());
    }

    @Transactional
    public void deleteShadow(MunicipalityCode code, long id) {
        ShadowEstimate before = jdbc.sql("select fiscal_year from itcost_shadow where municipality = ? and id = ?")
                .params(code.value(), id)
                .query(Integer.class)
                .optional()
                .flatMap(y -> shadow(code, y).stream().filter(s -> s.id() == id).findFirst())
                .orElseThrow(() -> new NotFound("shadow IT estimate", id));
        jdbc.sql("delete from itcost_shadow where municipality = ? and id = ?")
                .params(code.value(), id)
                .update();
        audit.record(code.value(), AuditAction.DELETE, "itcost-shadow", String.valueOf(id), before, null);
        recompute.totals(code, before.year());
    }

    private Map<String, Unit> units(MunicipalityCode code) {
        organisation.getGroup(code);
        return organisation.units(code).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    private LocalStaff insert(MunicipalityCode code, LocalStaff s, Map<String, Unit> units) {
        long id = store.nextId();
        jdbc.sql("insert into itcost_local_staff (municipality, id, fiscal_year, unit_code, org_number, role, fte,"
                        + " cost_per_fte, amount_ore, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code.value(),
                        id,
                        s.year(),
                        s.unitCode(),
                        units.get(s.unitCode()).orgNumber().value(),
                        s.role(),
                        s.fte(),
                        s.costPerFte().ore(),
                        s.amount().ore(),
                        s.note())
                .update();
        return new LocalStaff(id, s.year(), s.unitCode(), s.role(), s.fte(), s.costPerFte(), s.note());
    }

    private ShadowEstimate insert(MunicipalityCode code, ShadowEstimate s, Map<String, Unit> units) {
        long id = store.nextId();
        jdbc.sql("insert into itcost_shadow (municipality, id, fiscal_year, unit_code, org_number, amount_ore,"
                        + " description, confidence, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code.value(),
                        id,
                        s.year(),
                        s.unitCode(),
                        units.get(s.unitCode()).orgNumber().value(),
                        s.amount().ore(),
                        s.description(),
                        s.confidence().name(),
                        s.source())
                .update();
        return new ShadowEstimate(id, s.year(), s.unitCode(), s.amount(), s.description(), s.confidence(), s.source());
    }

    private static @Nullable LocalStaff staff(
            @Nullable Integer row,
            String unit,
            String yearText,
            String role,
            String fteText,
            String costText,
            String note,
            Map<String, Unit> units,
            List<Violation> violations) {
        int before = violations.size();
        Integer year = unitAndYear(row, unit, yearText, units, violations);
        if (role.isBlank() || role.length() > 200) {
            violations.add(at(row, "role", "itcost.manual.role"));
        }
        BigDecimal fte = required(row, "fte", fteText, violations);
        if (fte != null && (fte.signum() == 0 || fte.compareTo(new BigDecimal("10000")) > 0)) {
            violations.add(at(row, "fte", "itcost.manual.fte", fteText));
        }
        BigDecimal cost = required(row, "costPerFte", costText, violations);
        if (note.length() > 500) {
            violations.add(at(row, "note", "itcost.manual.tooLong", "500"));
        }
        if (violations.size() > before) {
            return null;
        }
        return new LocalStaff(0, year, unit, role.strip(), fte, new Money(cost), note.strip());
    }

    private static @Nullable ShadowEstimate shadow(
            @Nullable Integer row,
            String unit,
            String yearText,
            String amountText,
            String what,
            String confidenceText,
            String source,
            Map<String, Unit> units,
            List<Violation> violations) {
        int before = violations.size();
        Integer year = unitAndYear(row, unit, yearText, units, violations);
        BigDecimal amount = required(row, "amount", amountText, violations);
        if (what.isBlank() || what.length() > 500) {
            violations.add(at(row, "what", "itcost.manual.what"));
        }
        ShadowEstimate.Confidence confidence = confidence(confidenceText);
        if (confidence == null) {
            violations.add(at(row, "confidence", "itcost.manual.confidence", confidenceText));
        }
        if (source.isBlank() || source.length() > 500) {
            violations.add(at(row, "source", "itcost.manual.source"));
        }
        if (violations.size() > before) {
            return null;
        }
        return new ShadowEstimate(0, year, unit, new Money(amount), what.strip(), confidence, source.strip());
    }

    static ShadowEstimate.@Nullable Confidence confidence(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "låg", "low" -> ShadowEstimate.Confidence.LOW;
            case "medel", "medium" -> ShadowEstimate.Confidence.MEDIUM;
            case "hög", "high" -> ShadowEstimate.Confidence.HIGH;
            default -> null;
        };
    }

    private static @Nullable Integer unitAndYear(
            @Nullable Integer row, String unit, String yearText, Map<String, Unit> units, List<Violation> violations) {
        Integer year = null;
        if (!yearText.strip().matches("\\d{4}")
                || Integer.parseInt(yearText.strip()) < 1990
                || Integer.parseInt(yearText.strip()) > 2100) {
            violations.add(at(row, "year", "itcost.manual.year", yearText));
        } else {
            year = Integer.parseInt(yearText.strip());
        }
        Unit u = units.get(unit.strip());
        if (unit.isBlank()) {
            violations.add(at(row, "unit", "itcost.manual.unitRequired"));
        } else if (u == null) {
            violations.add(at(row, "unit", "itcost.rule.unit", unit));
        } else if (year != null && !u.isActiveIn(year)) {
            violations.add(at(row, "unit", "itcost.manual.unitInactive", unit, String.valueOf(year)));
        }
        return year;
    }

    private static @Nullable BigDecimal required(
            @Nullable Integer row, String field, String text, List<Violation> violations) {
        if (text.isBlank()) {
            violations.add(at(row, field, "itcost.manual.required"));
            return null;
        }
        List<Violation> found = new ArrayList<>();
        BigDecimal value = TableFile.decimal(text, row == null ? 0 : row, field, found);
        found.forEach(v -> violations.add(row == null ? new Violation(v.field(), null, v.code(), v.args()) : v));
        return value;
    }

    private static Violation at(@Nullable Integer row, String field, String code, Object... args) {
        return row == null ? Violation.of(field, code, args) : Violation.atRow(row, field, code, args);
    }
}
