-- Partial sums of a large import are now merged from sorted runs in temporary files while they
-- are written to ledger_sum (SumCollector); the staging table is no longer used.
drop table ledger_sum_part;
