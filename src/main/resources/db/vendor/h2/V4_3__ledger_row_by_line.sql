-- H2: an index on (import, account) made every row an insert at a random place in a B-tree and
-- held the import to about 80,000 rows/s (docs/performance.md, "Ledger import"). Rows arrive in
-- line order, so an index on (import, line) only ever grows at its end, and it is the order in
-- which voucher rows are listed: a page of one account's rows reads the import in line order and
-- stops when the page is full. Totals come from ledger_sum.
drop index ledger_row_by_account;
create index ledger_row_by_line on ledger_row (import_id, line);
