-- H2 (the embedded database for trying Styrbord): a plain index on the import and account.
create index ledger_row_by_account on ledger_row (municipality, import_id, account);
