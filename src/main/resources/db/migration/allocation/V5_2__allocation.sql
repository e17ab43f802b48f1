-- Stored allocation runs: the inputs a run was made from and what it allocated, so that a report
-- can be reproduced later from the run alone, whatever has changed in the register since.
create table allocation_run (
    municipality      varchar(4)     not null references municipal_group (municipality),
    id                bigint         not null,
    fiscal_year       integer        not null,
    model             varchar(20)    not null,
    pool              numeric(18, 2) not null,
    pool_source       varchar(20)    not null check (pool_source in ('INPUT', 'CATALOGUE')),
    remainder         numeric(18, 2) not null,
    invoices          bigint         not null,
    current_remainder numeric(18, 2),
    current_invoices  bigint,
    markup            numeric(8, 4),
    project_hours     numeric(12, 2),
    created_at        timestamp with time zone not null,
    created_by        varchar(200)   not null,
    primary key (municipality, id)
);
create sequence allocation_run_id;

-- Each unit's inputs (months active, drivers as reported) and results, current model beside.
create table allocation_run_unit (
    municipality   varchar(4)     not null,
    run_id         bigint         not null,
    position       integer        not null,
    unit_code      varchar(40)    not null,
    unit_name      varchar(200)   not null,
    months_active  integer        not null,
    employees      integer,
    fte            numeric(12, 2),
    turnover       numeric(18, 2),
    driver         numeric(24, 2),
    amount         numeric(18, 2) not null,
    current_amount numeric(18, 2),
    primary key (municipality, run_id, unit_code),
    foreign key (municipality, run_id) references allocation_run (municipality, id)
);

-- The price list the run used; stable services stayed in buy/sell under the hybrid.
create table allocation_run_service (
    municipality    varchar(4)     not null,
    run_id          bigint         not null,
    service_code    varchar(40)    not null,
    name            varchar(200)   not null,
    unit_of_measure varchar(60)    not null,
    self_cost       numeric(18, 2) not null,
    price           numeric(18, 2) not null,
    stable          boolean        not null,
    primary key (municipality, run_id, service_code),
    foreign key (municipality, run_id) references allocation_run (municipality, id)
);

-- The use of services the run charged for, month by month.
create table allocation_run_use (
    municipality varchar(4)  not null,
    run_id       bigint      not null,
    unit_code    varchar(40) not null,
    service_code varchar(40) not null,
    use_month    integer     not null,
    quantity     bigint      not null,
    primary key (municipality, run_id, unit_code, service_code, use_month),
    foreign key (municipality, run_id) references allocation_run (municipality, id)
);
