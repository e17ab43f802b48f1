-- PostgreSQL: rows are appended in import order, so a BRIN index on the import finds an import's
-- blocks at almost no cost to the COPY; a B-tree on (import, account) cost more than the COPY
-- itself for 6 million rows (docs/performance.md).
create index ledger_row_by_import on ledger_row using brin (import_id);
create index ledger_voucher_by_import on ledger_voucher using brin (import_id);
