package se.styrbord.ledger;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.ledger.sie.SieProblem;

/**
 * What importing one file did.
 *
 * @param importId the import that now holds the file (the earlier one when unchanged), null when
 *     refused
 * @param replacedImportId the import of the same entity and year that this one replaced
 * @param entityCreated true when the file's organisation number was new to the group and the
 *     entity was created from it
 */
public record ImportOutcome(
        Kind kind,
        String fileName,
        @Nullable Long importId,
        @Nullable Long replacedImportId,
        @Nullable String orgNumber,
        @Nullable String entityName,
        boolean entityCreated,
        @Nullable Integer fiscalYear,
        @Nullable SieCheckReport report,
        List<SieProblem> problems) {

    public enum Kind {
        /** Stored; nothing was there for the entity and year before. */
        IMPORTED,
        /** Stored in place of an earlier file for the same entity and year. */
        REPLACED,
        /** The same bytes were imported before: nothing changed. */
        UNCHANGED,
        /** Not stored: the file has errors, or no entity or year could be told. */
        REFUSED
    }

    public ImportOutcome {
        problems = List.copyOf(problems);
    }

    /** One line for a terminal or a log. */
    public String describe() {
        return switch (kind) {
            case IMPORTED, REPLACED ->
                fileName + ": "
                        + (kind == Kind.REPLACED
                                ? "replaced import " + replacedImportId + " with import "
                                : "imported as import ")
                        + importId + " (" + entityName + ", "
                        + orgNumber + ", " + fiscalYear + "; " + report.vouchers() + " vouchers, "
                        + report.transactions()
                        + " rows" + (entityCreated ? "; the entity was new and has been created" : "") + ")";
            case UNCHANGED -> fileName + ": unchanged, the same file is import " + importId;
            case REFUSED ->
                fileName + ": refused, nothing stored: "
                        + String.join(
                                "; ",
                                problems.stream()
                                        .limit(5)
                                        .map(p -> p.toString())
                                        .toList())
                        + (problems.size() > 5 ? " (and " + (problems.size() - 5) + " more)" : "");
        };
    }
}
