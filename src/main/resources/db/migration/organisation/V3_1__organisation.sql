-- The municipal group (tenant), its legal entities, its units and their yearly facts.
-- Every table carries the municipality code in its key.
create table municipal_group (
    municipality varchar(4)   primary key,
    name         varchar(200) not null
);

create table legal_entity (
    municipality varchar(4)   not null references municipal_group (municipality),
    org_number   varchar(11)  not null,
    name         varchar(200) not null,
    kind         varchar(20)  not null check (kind in ('MUNICIPALITY', 'COMPANY')),
    primary key (municipality, org_number)
);

create table unit (
    municipality varchar(4)   not null,
    code         varchar(40)  not null,
    name         varchar(200) not null,
    type         varchar(30)  not null,
    org_number   varchar(11)  not null,
    parent_code  varchar(40),
    valid_from   date         not null,
    valid_to     date,
    primary key (municipality, code),
    foreign key (municipality, org_number) references legal_entity (municipality, org_number),
    foreign key (municipality, parent_code) references unit (municipality, code),
    check (valid_to is null or valid_to >= valid_from)
);

create table unit_year (
    municipality varchar(4)    not null,
    unit_code    varchar(40)   not null,
    fiscal_year  integer       not null,
    turnover     numeric(18, 2),
    employees    integer,
    fte          numeric(12, 2),
    primary key (municipality, unit_code, fiscal_year),
    foreign key (municipality, unit_code) references unit (municipality, code),
    check (turnover is null or turnover >= 0),
    check (employees is null or employees >= 0),
    check (fte is null or fte >= 0)
);
