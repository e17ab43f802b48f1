package se.styrbord.ledger;

import se.styrbord.shared.MunicipalityCode;

/**
 * Published inside the import's transaction when a file has been stored for an entity and year, so
 * that modules reading the ledgers can bring their figures up to date in the same transaction.
 */
public record LedgerImported(MunicipalityCode municipality, long importId, String orgNumber, int fiscalYear) {}
