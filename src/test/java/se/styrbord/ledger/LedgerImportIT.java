package se.styrbord.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.styrbord.ledger.sie.SieCheck;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import se.styrbord.test.IntegrationTest;

/** Importing real SIE files into the real database: all or nothing, idempotent, replacing. */
@IntegrationTest
class LedgerImportIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0301");
    static final Path PUBLIC = Path.of(System.getProperty("styrbord.shared", "../shared"), "data", "sie", "public");

    @Autowired
    Ledgers ledgers;

    @Autowired
    Organisation organisation;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void group() {
        if (organisation.findGroup(GROUP).isEmpty()) {
            organisation.createGroup(GROUP, "Importkoncernen");
        }
    }

    @Test
    void storesEveryCountedRowAndSumsThemPerAccount() throws IOException {
        Path file = PUBLIC.resolve("SIE4 Exempelfil 2024.SE");
        SieCheckReport expected = SieCheck.check(file);
        ImportOutcome outcome =
                ledgers.importFile(GROUP, file, file.getFileName().toString(), null, bytes -> {});

        assertThat(outcome.kind()).isIn(ImportOutcome.Kind.IMPORTED, ImportOutcome.Kind.UNCHANGED);
        long id = outcome.importId();
        assertThat(count("ledger_voucher", id)).isEqualTo(expected.vouchers());
        assertThat(count("ledger_row", id)).isEqualTo(expected.transactions());
        assertThat(jdbc.sql("select sum(row_count) from ledger_sum where municipality = '0301' and import_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(expected.transactions());
        assertThat(jdbc.sql("select sum(amount_ore) from ledger_row where municipality = '0301' and import_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("balanced vouchers sum to zero")
                .isZero();
        assertThat(count("ledger_account", id)).isPositive();
        assertThat(jdbc.sql("select count(*) from ledger_sum s where s.municipality = '0301' and s.import_id = ?"
                                + " and (s.first_line <> (select min(r.line) from ledger_row r where r.municipality ="
                                + " s.municipality and r.import_id = s.import_id and r.account = s.account and r.objects"
                                + " = s.objects) or s.last_line <> (select max(r.line) from ledger_row r where"
                                + " r.municipality = s.municipality and r.import_id = s.import_id and r.account ="
                                + " s.account and r.objects = s.objects) or s.first_line is null)")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("each sum knows the first and last line of its rows")
                .isZero();
    }

    @Test
    void sumsSpilledFromMemoryAddUpTheSame() throws IOException {
        Path file = PUBLIC.resolve("BL0001_typ4.SE");
        MunicipalityCode group = MunicipalityCode.of("0303");
        organisation.createGroup(group, "Spillkoncernen");
        System.setProperty("styrbord.ledger.sum-limit", "3");
        try {
            ImportOutcome outcome = ledgers.importFile(group, file, "spill.se", null, bytes -> {});
            long id = outcome.importId();
            var bySum = jdbc.sql("select account, objects, amount_ore, row_count, first_line, last_line from ledger_sum"
                            + " where municipality = '0303' and import_id = ? order by account, objects")
                    .param(id)
                    .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|"
                            + rs.getLong(4) + "|" + rs.getLong(5) + "|" + rs.getLong(6))
                    .list();
            var byRows = jdbc.sql("select account, objects, sum(amount_ore), count(*), min(line), max(line)"
                            + " from ledger_row where municipality = '0303' and import_id = ?"
                            + " group by account, objects order by account, objects")
                    .param(id)
                    .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|"
                            + rs.getLong(4) + "|" + rs.getLong(5) + "|" + rs.getLong(6))
                    .list();
            assertThat(bySum).isNotEmpty().isEqualTo(byRows);
            assertThat(bySum.size())
                    .as("more keys than the limit of 3: merged from runs")
                    .isGreaterThan(3);
        } finally {
            System.clearProperty("styrbord.ledger.sum-limit");
        }
    }

    @Test
    void theSameBytesAgainChangeNothing() throws IOException {
        Path file = PUBLIC.resolve("Sie4.se");
        ImportOutcome first = ledgers.importFile(GROUP, file, "Sie4.se", null, bytes -> {});
        ImportOutcome again = ledgers.importFile(GROUP, file, "kopia.se", null, bytes -> {});
        assertThat(again.kind()).isEqualTo(ImportOutcome.Kind.UNCHANGED);
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(jdbc.sql("select text from ledger_row where municipality = '0301' and import_id = ?"
                                + " and account = '1710' and amount_ore = -80000")
                        .param(first.importId())
                        .query(String.class)
                        .list())
                .as("texts keep their Swedish letters through COPY and batches alike")
                .contains("LNR 59 Standardleverantö");
    }

    @Test
    void aNewFileForTheSameEntityAndYearReplacesTheOldOneWhichStaysListed(@TempDir Path dir) throws IOException {
        Path original = PUBLIC.resolve("transaktioner_ovnbolag.se");
        Path changed = dir.resolve("andrad.se");
        Files.write(
                changed,
                (new String(Files.readAllBytes(original), java.nio.charset.StandardCharsets.ISO_8859_1)
                                + "\n#PROSA \"ändrad\"\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ImportOutcome first = ledgers.importFile(GROUP, original, "transaktioner_ovnbolag.se", null, bytes -> {});
        ImportOutcome second = ledgers.importFile(GROUP, changed, "andrad.se", null, bytes -> {});
        assertThat(second.kind()).isEqualTo(ImportOutcome.Kind.REPLACED);
        assertThat(second.replacedImportId()).isEqualTo(first.importId());
        assertThat(ledgers.findImport(GROUP, first.importId()).orElseThrow().status())
                .isEqualTo("REPLACED");
        assertThat(count("ledger_row", first.importId())).isZero();
        assertThat(count("ledger_row", second.importId())).isPositive();
    }

    @Test
    void aFileWithErrorsStoresNothing() throws IOException {
        long before =
                jdbc.sql("select count(*) from ledger_row").query(Long.class).single();
        long imports =
                jdbc.sql("select count(*) from ledger_import").query(Long.class).single();
        Path file = PUBLIC.resolve("transaktioner_ovnbolag-bad-balance.se");
        ImportOutcome outcome = ledgers.importFile(GROUP, file, "bad.se", null, bytes -> {});
        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.REFUSED);
        assertThat(outcome.problems()).isNotEmpty();
        assertThat(outcome.describe()).contains("bad.se", "line");
        assertThat(jdbc.sql("select count(*) from ledger_row").query(Long.class).single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from ledger_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(imports);
    }

    @Test
    void anUnknownOrganisationNumberCreatesTheEntityAndSaysSo() throws IOException {
        MunicipalityCode group = MunicipalityCode.of("0302");
        organisation.createGroup(group, "Nyskapad");
        Path file = PUBLIC.resolve("SIE4 Exempelfil 2024.SE");
        ImportOutcome outcome = ledgers.importFile(group, file, "exempel.se", null, bytes -> {});
        assertThat(outcome.entityCreated()).isTrue();
        List<LegalEntity> entities = organisation.entities(group);
        assertThat(entities).extracting(LegalEntity::orgNumber).containsExactly(OrgNumber.parse(outcome.orgNumber()));
        assertThat(entities.getFirst().kind()).isEqualTo(EntityKind.COMPANY);
    }

    private long count(String table, long importId) {
        return jdbc.sql("select count(*) from " + table + " where municipality = '0301' and import_id = ?")
                .param(importId)
                .query(Long.class)
                .single();
    }
}
