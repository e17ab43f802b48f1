-- Imported ledgers (SIE files): one import per file, with everything needed to drill down from a
-- figure to the voucher rows behind it. Amounts are whole öre (bigint).
create table ledger_import (
    municipality   varchar(4)   not null,
    id             bigint       not null,
    org_number     varchar(11)  not null,
    fiscal_year    integer      not null,
    year_start     date         not null,
    year_end       date         not null,
    file_name      varchar(500) not null,
    file_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    sie_type       varchar(4)   not null,
    company_name   varchar(300),
    program        varchar(300),
    status         varchar(10)  not null check (status in ('CURRENT', 'REPLACED')),
    imported_at    timestamp with time zone not null,
    imported_by    varchar(200) not null,
    replaced_at    timestamp with time zone,
    vouchers       bigint       not null,
    transactions   bigint       not null,
    checksum       varchar(10)  not null,
    report         text         not null,
    primary key (municipality, id),
    foreign key (municipality, org_number) references legal_entity (municipality, org_number)
);
create sequence ledger_import_id;
create index ledger_import_by_entity_year on ledger_import (municipality, org_number, fiscal_year, status);
create index ledger_import_by_hash on ledger_import (municipality, sha256);

create table ledger_account (
    municipality varchar(4)   not null,
    import_id    bigint       not null,
    account      varchar(40)  not null,
    name         varchar(300) not null,
    account_type varchar(2),
    primary key (municipality, import_id, account)
);

create table ledger_dimension (
    municipality varchar(4)   not null,
    import_id    bigint       not null,
    dimension    varchar(20)  not null,
    name         varchar(300) not null,
    parent       varchar(20),
    primary key (municipality, import_id, dimension)
);

create table ledger_object (
    municipality varchar(4)   not null,
    import_id    bigint       not null,
    dimension    varchar(20)  not null,
    object_id    varchar(100) not null,
    name         varchar(300) not null,
    primary key (municipality, import_id, dimension, object_id)
);

-- #IB, #UB, #RES (objects empty) and #OIB, #OUB (with objects); #PSALDO and #PBUDGET (with period).
create table ledger_balance (
    municipality varchar(4)   not null,
    import_id    bigint       not null,
    kind         varchar(8)   not null,
    year_index   integer      not null,
    period       integer,
    account      varchar(40)  not null,
    objects      varchar(1000) not null,
    amount_ore   bigint       not null,
    quantity     numeric(20, 4),
    line         bigint       not null
);
create index ledger_balance_by_import on ledger_balance (municipality, import_id, kind, account);

create table ledger_voucher (
    municipality varchar(4)   not null,
    import_id    bigint       not null,
    voucher_no   integer      not null,
    series       varchar(40)  not null,
    number       varchar(40)  not null,
    voucher_date date,
    text         varchar(500) not null,
    line         bigint       not null,
    primary key (municipality, import_id, voucher_no)
);

-- Voucher rows as they stand (struck #BTRANS rows and #TRANS copies of #RTRANS rows are not
-- stored). objects is the object list in a normal form: "dim=object" pairs sorted by dimension,
-- joined by '|'; dim1 is the object of dimension 1 (responsibility), '' when absent.
create table ledger_row (
    municipality varchar(4)   not null,
    import_id    bigint       not null,
    voucher_no   integer      not null,
    row_no       integer      not null,
    account      varchar(40)  not null,
    objects      varchar(1000) not null,
    dim1         varchar(100) not null,
    amount_ore   bigint       not null,
    row_date     date,
    text         varchar(500) not null,
    quantity     numeric(20, 4),
    line         bigint       not null
);
-- ledger_row's index differs by database (db/vendor/*/V4_2__ledger_row_index.sql).

-- The rows summed per account and object list at import: what reports aggregate.
create table ledger_sum (
    municipality varchar(4)   not null,
    import_id    bigint       not null,
    account      varchar(40)  not null,
    objects      varchar(1000) not null,
    dim1         varchar(100) not null,
    amount_ore   bigint       not null,
    row_count    bigint       not null,
    primary key (municipality, import_id, account, objects)
);

-- Imports running in the background, with their progress, so that any instance can report it.
create table ledger_job (
    municipality varchar(4)   not null,
    id           bigint       not null,
    file_name    varchar(500) not null,
    bytes_total  bigint       not null,
    bytes_read   bigint       not null,
    state        varchar(10)  not null check (state in ('WAITING', 'READING', 'DONE', 'FAILED')),
    outcome      text,
    import_id    bigint,
    created_at   timestamp with time zone not null,
    created_by   varchar(200) not null,
    primary key (municipality, id)
);
create sequence ledger_job_id;

-- Partial sums of a large import, added up into ledger_sum at its end (see SumCollector).
create table ledger_sum_part (
    municipality varchar(4)    not null,
    import_id    bigint        not null,
    account      varchar(40)   not null,
    objects      varchar(1000) not null,
    dim1         varchar(100)  not null,
    amount_ore   bigint        not null,
    row_count    bigint        not null
);
