package se.styrbord.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import se.styrbord.ledger.sie.SieCheck;
import se.styrbord.ledger.sie.SieCheckReport;

/** SQL of the imported ledgers; every statement is scoped by the municipality code. */
@Repository
public class LedgerStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerStore.class);

    /** What was read and stored of one file, before the import row is written. */
    public record Stored(SieCheckReport report, @Nullable String program) {}

    /** A stored import, as listed. */
    public record ImportRow(
            long id,
            String orgNumber,
            int fiscalYear,
            java.time.LocalDate yearStart,
            java.time.LocalDate yearEnd,
            String fileName,
            long fileBytes,
            String sha256,
            String sieType,
            @Nullable String companyName,
            @Nullable String program,
            String status,
            OffsetDateTime importedAt,
            String importedBy,
            @Nullable OffsetDateTime replacedAt,
            long vouchers,
            long transactions,
            String checksum,
            String report) {}

    private static final List<String> DETAIL_TABLES = List.of(
            "ledger_row",
            "ledger_voucher",
            "ledger_sum",
            "ledger_balance",
            "ledger_object",
            "ledger_dimension",
            "ledger_account");

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    LedgerStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public long nextImportId() {
        return jdbc.sql("select nextval('ledger_import_id')").query(Long.class).single();
    }

    public long nextJobId() {
        return jdbc.sql("select nextval('ledger_job_id')").query(Long.class).single();
    }

    /**
     * Reads and checks the file while storing its vouchers, rows, balances, accounts, dimensions and
     * objects under {@code importId}, in the caller's transaction.
     */
    public Stored store(String municipality, long importId, String fileName, InputStream in) throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        boolean postgres = isPostgres(connection);
        try (RowSink sink = postgres
                        ? new CopySink(connection, municipality, importId)
                        : new BatchSink(connection, municipality, importId);
                SumCollector sums = new SumCollector(municipality, importId)) {
            StoringHandler handler = new StoringHandler(connection, municipality, importId, sink, sums, postgres);
            long started = System.nanoTime();
            SieCheckReport report = SieCheck.check(fileName, in, handler);
            if (!report.hasErrors()) {
                long read = System.nanoTime();
                handler.finish(connection);
                log.debug(
                        "{}: read and streamed in {} ms, finished (rows flushed, sums, chart) in {} ms",
                        fileName,
                        (read - started) / 1_000_000,
                        (System.nanoTime() - read) / 1_000_000);
            }
            return new Stored(report, handler.program());
        }
    }

    public Optional<ImportRow> findByHash(String municipality, String sha256) {
        return jdbc
                .sql("select * from ledger_import where municipality = ? and sha256 = ? order by id desc")
                .params(municipality, sha256)
                .query(ImportRow.class)
                .list()
                .stream()
                .findFirst();
    }

    public Optional<ImportRow> current(String municipality, String orgNumber, int fiscalYear) {
        return jdbc.sql("select * from ledger_import where municipality = ? and org_number = ? and fiscal_year = ?"
                        + " and status = 'CURRENT'")
                .params(municipality, orgNumber, fiscalYear)
                .query(ImportRow.class)
                .optional();
    }

    public Optional<ImportRow> find(String municipality, long id) {
        return jdbc.sql("select * from ledger_import where municipality = ? and id = ?")
                .params(municipality, id)
                .query(ImportRow.class)
                .optional();
    }

    public List<ImportRow> all(String municipality) {
        return jdbc.sql("select * from ledger_import where municipality = ?"
                        + " order by fiscal_year desc, org_number, id desc")
                .param(municipality)
                .query(ImportRow.class)
                .list();
    }

    /** Marks an import replaced; its rows go, its listing and check report stay for audit. */
    public void replace(String municipality, long id, OffsetDateTime at) {
        jdbc.sql("update ledger_import set status = 'REPLACED', replaced_at = ? where municipality = ? and id = ?")
                .params(at, municipality, id)
                .update();
        for (String table : DETAIL_TABLES) {
            jdbc.sql("delete from " + table + " where municipality = ? and import_id = ?")
                    .params(municipality, id)
                    .update();
        }
    }

    public void insert(String municipality, ImportRow row) {
        jdbc.sql("insert into ledger_import (municipality, id, org_number, fiscal_year, year_start, year_end,"
                        + " file_name, file_bytes, sha256, sie_type, company_name, program, status, imported_at,"
                        + " imported_by, replaced_at, vouchers, transactions, checksum, report)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        municipality,
                        row.id(),
                        row.orgNumber(),
                        row.fiscalYear(),
                        row.yearStart(),
                        row.yearEnd(),
                        row.fileName(),
                        row.fileBytes(),
                        row.sha256(),
                        row.sieType(),
                        row.companyName(),
                        row.program(),
                        row.status(),
                        row.importedAt(),
                        row.importedBy(),
                        row.replacedAt(),
                        row.vouchers(),
                        row.transactions(),
                        row.checksum(),
                        row.report())
                .update();
    }

    /** Removes every import of a group (used to reset the demo group). */
    public void deleteAll(String municipality) {
        for (String table : DETAIL_TABLES) {
            jdbc.sql("delete from " + table + " where municipality = ?")
                    .param(municipality)
                    .update();
        }
        jdbc.sql("delete from ledger_import where municipality = ?")
                .param(municipality)
                .update();
        jdbc.sql("delete from ledger_job where municipality = ?")
                .param(municipality)
                .update();
    }

    private static boolean isPostgres(Connection connection) {
        try {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (java.sql.SQLException e) {
            throw BatchSink.failure(e);
        }
    }
}
