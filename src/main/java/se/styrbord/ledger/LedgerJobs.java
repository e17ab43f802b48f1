package se.styrbord.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import se.styrbord.ledger.store.LedgerStore;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports uploaded files in the background, one job per file, with the progress of the reading
 * kept in the database so that any instance of the application can show it.
 */
@Service
public class LedgerJobs {

    private static final Logger log = LoggerFactory.getLogger(LedgerJobs.class);

    /** A job as shown while it runs and after. */
    public record Job(
            long id,
            String fileName,
            long bytesTotal,
            long bytesRead,
            String state,
            @Nullable String outcome,
            @Nullable Long importId) {

        public boolean finished() {
            return state.equals("DONE") || state.equals("FAILED");
        }

        /** Percent read, 0–100. */
        public int percent() {
            return bytesTotal <= 0 ? (finished() ? 100 : 0) : (int) Math.min(100, 100 * bytesRead / bytesTotal);
        }
    }

    /** A file as uploaded: its name and its bytes. */
    public record Upload(String fileName, InputStream content) {}

    private final Ledgers ledgers;
    private final LedgerStore store;
    private final JdbcClient jdbc;
    private final TaskExecutor executor;
    private final JsonMapper json;
    private final Clock clock;
    private final Path uploads;
    private final org.springframework.transaction.support.TransactionTemplate separately;

    /**
     * One import at a time per instance: each holds sums in up to a quarter of the heap
     * (SumCollector), and imports of the same entity and year must not race to replace each other.
     * The others wait, their jobs WAITING, in the order they came.
     */
    private final Semaphore importing = new Semaphore(1, true);

    LedgerJobs(
            Ledgers ledgers,
            LedgerStore store,
            JdbcClient jdbc,
            TaskExecutor executor,
            JsonMapper json,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions,
            @Value("${styrbord.data-dir}") String dataDir) {
        this.ledgers = ledgers;
        this.store = store;
        this.jdbc = jdbc;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
        this.uploads = Path.of(dataDir, "uploads");
        this.separately = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Saves the uploads and starts one import per file; returns the jobs' ids. */
    public List<Long> submit(MunicipalityCode code, List<Upload> files, @Nullable OrgNumber entity) throws IOException {
        Files.createDirectories(uploads);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        List<Long> ids = new ArrayList<>();
        for (Upload upload : files) {
            long id = store.nextJobId();
            Path saved = uploads.resolve(code + "-" + id + ".sie");
            Files.copy(upload.content(), saved, StandardCopyOption.REPLACE_EXISTING);
            jdbc.sql("insert into ledger_job (municipality, id, file_name, bytes_total, bytes_read, state, created_at,"
                            + " created_by) values (?, ?, ?, ?, 0, 'WAITING', ?, ?)")
                    .params(
                            code.value(),
                            id,
                            upload.fileName(),
                            Files.size(saved),
                            OffsetDateTime.now(clock),
                            user == null ? "system" : user.getName())
                    .update();
            ids.add(id);
            executor.execute(() -> run(code, id, saved, upload.fileName(), entity, user));
        }
        return ids;
    }

    public List<Job> jobs(MunicipalityCode code, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, file_name, bytes_total, bytes_read, state, outcome, import_id from ledger_job"
                        + " where municipality = :m and id in (:ids) order by id")
                .param("m", code.value())
                .param("ids", ids)
                .query(Job.class)
                .list();
    }

    /** The outcome of a finished job, as stored. */
    public @Nullable ImportOutcome outcome(Job job) {
        return job.outcome() == null ? null : json.readValue(job.outcome(), ImportOutcome.class);
    }

    private void run(
            MunicipalityCode code,
            long id,
            Path file,
            String fileName,
            @Nullable OrgNumber entity,
            @Nullable Authentication user) {
        SecurityContextHolder.getContext().setAuthentication(user);
        importing.acquireUninterruptibly();
        try {
            state(code, id, "READING");
            long[] last = {0};
            ImportOutcome outcome = ledgers.importFile(code, file, fileName, entity, read -> {
                if (read - last[0] >= (1 << 20) || read < last[0]) {
                    last[0] = read;
                    progress(code, id, read);
                }
            });
            finish(code, id, "DONE", json.writeValueAsString(outcome), outcome.importId());
        } catch (IOException | RuntimeException e) {
            log.warn("Import of {} failed", fileName, e);
            finish(code, id, "FAILED", null, null);
        } finally {
            importing.release();
            SecurityContextHolder.clearContext();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not remove the upload {}", file, e);
            }
        }
    }

    private void state(MunicipalityCode code, long id, String state) {
        jdbc.sql("update ledger_job set state = ? where municipality = ? and id = ?")
                .params(state, code.value(), id)
                .update();
    }

    /** Progress is committed on its own, outside the import's transaction, so that it can be seen. */
    private void progress(MunicipalityCode code, long id, long read) {
        separately.executeWithoutResult(
                status -> jdbc.sql("update ledger_job set bytes_read = ? where municipality = ? and id = ?")
                        .params(read, code.value(), id)
                        .update());
    }

    private void finish(
            MunicipalityCode code, long id, String state, @Nullable String outcome, @Nullable Long importId) {
        jdbc.sql("update ledger_job set state = ?, bytes_read = bytes_total, outcome = ?, import_id = ?"
                        + " where municipality = ? and id = ?")
                .params(state, outcome, importId, code.value(), id)
                .update();
    }
}
