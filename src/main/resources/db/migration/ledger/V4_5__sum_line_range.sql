-- The first and last source line of the rows in each sum: a page of the rows behind a sum reads
-- the import between them only (LedgerQueries.rows). Null for imports stored before.
alter table ledger_sum add column first_line bigint;
alter table ledger_sum add column last_line bigint;
