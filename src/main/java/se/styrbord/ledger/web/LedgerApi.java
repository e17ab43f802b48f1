package se.styrbord.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.styrbord.ledger.ImportOutcome;
import se.styrbord.ledger.LedgerQueries;
import se.styrbord.ledger.Ledgers;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.ledger.store.LedgerStore;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.NotFound;
import se.styrbord.shared.OrgNumber;
import tools.jackson.databind.json.JsonMapper;

/** Imported ledgers as JSON: the imports, one import with its check, its voucher rows; importing a file. */
@RestController
@RequestMapping("/api/{municipalityId}/ledger")
@Tag(name = "Ledger", description = "SIE files imported for the group's legal entities")
class LedgerApi {

    record ImportJson(
            long id,
            String orgNumber,
            int fiscalYear,
            LocalDate yearStart,
            LocalDate yearEnd,
            String fileName,
            long fileBytes,
            String sha256,
            String sieType,
            @Nullable String companyName,
            String status,
            OffsetDateTime importedAt,
            String importedBy,
            long vouchers,
            long transactions,
            String checksum) {
        static ImportJson of(LedgerStore.ImportRow r) {
            return new ImportJson(
                    r.id(),
                    r.orgNumber(),
                    r.fiscalYear(),
                    r.yearStart(),
                    r.yearEnd(),
                    r.fileName(),
                    r.fileBytes(),
                    r.sha256(),
                    r.sieType(),
                    r.companyName(),
                    r.status(),
                    r.importedAt(),
                    r.importedBy(),
                    r.vouchers(),
                    r.transactions(),
                    r.checksum());
        }
    }

    record ImportDetailJson(ImportJson importInfo, SieCheckReport check, List<LedgerQueries.AccountSum> accounts) {}

    private final Ledgers ledgers;
    private final LedgerQueries queries;
    private final Organisation organisation;
    private final JsonMapper json;

    LedgerApi(Ledgers ledgers, LedgerQueries queries, Organisation organisation, JsonMapper json) {
        this.ledgers = ledgers;
        this.queries = queries;
        this.organisation = organisation;
        this.json = json;
    }

    @GetMapping("/imports")
    @Operation(summary = "Every import of the group, current and replaced")
    List<ImportJson> imports(@PathVariable String municipalityId) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        organisation.getGroup(code);
        return ledgers.imports(code).stream().map(ImportJson::of).toList();
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "One import: what was found, its checks, and its accounts with their sums")
    ImportDetailJson importDetail(@PathVariable String municipalityId, @PathVariable long id) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        var row = ledgers.findImport(code, id).orElseThrow(() -> new NotFound("import", id));
        return new ImportDetailJson(
                ImportJson.of(row), json.readValue(row.report(), SieCheckReport.class), queries.accounts(code, id));
    }

    @GetMapping("/imports/{id}/rows")
    @Operation(summary = "Voucher rows of an import, by account and object (dimension=object), 100 a page")
    LedgerQueries.RowPage rows(
            @PathVariable String municipalityId,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String account,
            @RequestParam(required = false) @Nullable String object,
            @RequestParam(defaultValue = "0") int page) {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        ledgers.findImport(code, id).orElseThrow(() -> new NotFound("import", id));
        return queries.rows(code, id, account, object, Math.max(0, page));
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import one SIE file, completely or not at all (422 with the reasons when refused)")
    ResponseEntity<ImportOutcome> importFile(
            @PathVariable String municipalityId,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String entity)
            throws IOException {
        MunicipalityCode code = MunicipalityCode.of(municipalityId);
        Path temp = Files.createTempFile("styrbord-upload-", ".sie");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            String name = file.getOriginalFilename() == null ? "file.se" : file.getOriginalFilename();
            ImportOutcome outcome = ledgers.importFile(
                    code, temp, name, entity == null || entity.isBlank() ? null : OrgNumber.parse(entity), read -> {});
            HttpStatus status = switch (outcome.kind()) {
                case IMPORTED, REPLACED -> HttpStatus.CREATED;
                case UNCHANGED -> HttpStatus.OK;
                case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            return ResponseEntity.status(status).body(outcome);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
