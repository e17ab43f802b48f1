-- Fixed shares agreed by decision: for a year, the decision (e.g. "KF 2021-03-15 § 42") and each
-- unit's share of the pool in percent with four decimals, summing to exactly 100.
create table allocation_share_decision (
    municipality varchar(4)   not null references municipal_group (municipality),
    fiscal_year  integer      not null,
    decision     varchar(200) not null,
    primary key (municipality, fiscal_year)
);

create table allocation_share (
    municipality  varchar(4)    not null,
    fiscal_year   integer       not null,
    unit_code     varchar(40)   not null,
    share_percent numeric(7, 4) not null,
    primary key (municipality, fiscal_year, unit_code),
    foreign key (municipality, fiscal_year) references allocation_share_decision (municipality, fiscal_year),
    foreign key (municipality, unit_code) references unit (municipality, code),
    check (share_percent >= 0 and share_percent <= 100)
);

-- A fixed-share run keeps each unit's share (percent, four decimals) as its driver, and the decision.
alter table allocation_run_unit alter column driver set data type numeric(24, 4);
alter table allocation_run add column share_decision varchar(200);
