package se.styrbord.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.ledger.sie.SieProblem;
import se.styrbord.ledger.sie.SieProblemCode;
import se.styrbord.ledger.store.LedgerStore;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the ledgers of a group's entities from SIE files: each file completely in one
 * transaction or not at all, the same bytes again as a no-op, a new file for an entity and year in
 * place of the earlier one (which stays listed).
 */
@Service
public class Ledgers {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Ledgers.class);

    private final LedgerStore store;
    private final Organisation organisation;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Ledgers(
            LedgerStore store,
            Organisation organisation,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.organisation = organisation;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Imports one file. {@code entity} is the legal entity chosen by the user, or null to take it
     * from the file's #ORGNR; {@code progress} receives the number of bytes read so far.
     */
    @Transactional
    public ImportOutcome importFile(
            MunicipalityCode code, Path file, String fileName, @Nullable OrgNumber entity, LongConsumer progress)
            throws IOException {
        organisation.getGroup(code);
        String municipality = code.value();
        String sha256 = sha256(file);
        Optional<LedgerStore.ImportRow> same = store.findByHash(municipality, sha256);
        if (same.isPresent()) {
            LedgerStore.ImportRow earlier = same.get();
            return new ImportOutcome(
                    ImportOutcome.Kind.UNCHANGED,
                    fileName,
                    earlier.id(),
                    null,
                    earlier.orgNumber(),
                    earlier.companyName(),
                    false,
                    earlier.fiscalYear(),
                    null,
                    List.of());
        }
        long importId = store.nextImportId();
        long started = System.nanoTime();
        LedgerStore.Stored stored;
        try (InputStream in = new Counting(Files.newInputStream(file), progress)) {
            stored = store.store(municipality, importId, fileName, in);
        }
        SieCheckReport report = stored.report();
        if (report.hasErrors()) {
            return refused(fileName, report, report.errors());
        }
        String orgText = entity != null ? entity.value() : report.orgNumber();
        if (orgText == null || orgText.isBlank()) {
            return refused(fileName, report, List.of(SieProblem.error(0, SieProblemCode.NO_ORGANISATION_NUMBER)));
        }
        OrgNumber org;
        try {
            org = OrgNumber.parse(orgText);
        } catch (IllegalArgumentException e) {
            return refused(
                    fileName,
                    report,
                    List.of(SieProblem.error(0, SieProblemCode.ORGANISATION_NUMBER_INVALID, orgText)));
        }
        if (report.fiscalYear() == null) {
            return refused(fileName, report, List.of(SieProblem.error(0, SieProblemCode.NO_FISCAL_YEAR)));
        }
        boolean created = false;
        LegalEntity legal = organisation.findEntity(code, org).orElse(null);
        if (legal == null) {
            boolean hasMunicipality =
                    organisation.entities(code).stream().anyMatch(e -> e.kind() == EntityKind.MUNICIPALITY);
            EntityKind kind = org.isMunicipality() && !hasMunicipality ? EntityKind.MUNICIPALITY : EntityKind.COMPANY;
            String name = report.company() == null || report.company().isBlank() ? org.value() : report.company();
            legal = organisation.addEntity(code, new LegalEntity(org, name, kind));
            created = true;
        }
        int year = report.fiscalYear().end().getYear();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<LedgerStore.ImportRow> earlier = store.current(municipality, org.value(), year);
        earlier.ifPresent(e -> store.replace(municipality, e.id(), now));
        log.debug("{}: read, stored and summed in {} ms", fileName, (System.nanoTime() - started) / 1_000_000);
        LedgerStore.ImportRow row = new LedgerStore.ImportRow(
                importId,
                org.value(),
                year,
                report.fiscalYear().start(),
                report.fiscalYear().end(),
                fileName,
                Files.size(file),
                sha256,
                report.sieType(),
                report.company(),
                stored.program(),
                "CURRENT",
                now,
                actor(),
                null,
                report.vouchers(),
                report.transactions(),
                report.checksum().label(),
                json.writeValueAsString(report));
        store.insert(municipality, row);
        audit.record(
                municipality,
                AuditAction.IMPORT,
                "ledger",
                org.value() + "/" + year,
                earlier.map(Ledgers::summary).orElse(null),
                summary(row));
        events.publishEvent(new LedgerImported(code, importId, org.value(), year));
        return new ImportOutcome(
                earlier.isPresent() ? ImportOutcome.Kind.REPLACED : ImportOutcome.Kind.IMPORTED,
                fileName,
                importId,
                earlier.map(LedgerStore.ImportRow::id).orElse(null),
                org.value(),
                legal.name(),
                created,
                year,
                report,
                report.warnings());
    }

    public List<LedgerStore.ImportRow> imports(MunicipalityCode code) {
        return store.all(code.value());
    }

    public Optional<LedgerStore.ImportRow> findImport(MunicipalityCode code, long id) {
        return store.find(code.value(), id);
    }

    /** Removes every import of a group (used to reset the demo group). */
    @Transactional
    public void deleteAll(MunicipalityCode code) {
        store.deleteAll(code.value());
    }

    /** The file's SHA-256, as lowercase hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportOutcome refused(String fileName, SieCheckReport report, List<SieProblem> problems) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new ImportOutcome(
                ImportOutcome.Kind.REFUSED,
                fileName,
                null,
                null,
                report.orgNumber(),
                report.company(),
                false,
                report.fiscalYear() == null ? null : report.fiscalYear().end().getYear(),
                report,
                problems);
    }

    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth == null ? AuditLog.SYSTEM : auth.getName();
    }

    private record Summary(long importId, String fileName, String sha256, long vouchers, long transactions) {}

    private static Summary summary(LedgerStore.ImportRow row) {
        return new Summary(row.id(), row.fileName(), row.sha256(), row.vouchers(), row.transactions());
    }

    /** Counts the bytes read and reports them every 256 KiB. */
    private static final class Counting extends FilterInputStream {
        private static final long STEP = 1 << 18;
        private final LongConsumer progress;
        private long read;
        private long reported;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            super.close();
            progress.accept(read);
        }

        private void count(int n) {
            read += n;
            if (read - reported >= STEP) {
                reported = read;
                progress.accept(read);
            }
        }
    }
}
