-- Total IT cost: classification rules per chart and year, the mapping of ledger objects to units,
-- manual inputs, and the classified ledger sums with their totals (recomputed at import and when a
-- rule, the mapping or a manual input changes). Amounts are whole öre (bigint).
create sequence itcost_id;

-- A version of a chart's rule set, in force from from_year until the next version.
create table itcost_rule_version (
    municipality varchar(4)    not null,
    id           bigint        not null,
    chart        varchar(12)   not null check (chart in ('BAS', 'KOMMUN_BAS')),
    from_year    integer       not null,
    note         varchar(2000) not null,
    primary key (municipality, id),
    unique (municipality, chart, from_year)
);

-- Account prefixes from..to, optionally bound to an object ("dim=object") and a unit.
create table itcost_rule (
    municipality varchar(4)   not null,
    id           bigint       not null,
    version_id   bigint       not null,
    position     integer      not null,
    account_from varchar(12)  not null,
    account_to   varchar(12)  not null,
    object_ref   varchar(130),
    unit_code    varchar(40),
    category     varchar(30)  not null,
    investment   boolean      not null,
    note         varchar(500) not null,
    primary key (municipality, id),
    foreign key (municipality, version_id) references itcost_rule_version (municipality, id)
);
create index itcost_rule_by_version on itcost_rule (municipality, version_id, position);

-- How an entity's ledger is read: its chart, the dimension whose objects are units, and the unit of
-- rows without a mapped object (a company is its one unit unless split).
create table itcost_entity (
    municipality   varchar(4)  not null,
    org_number     varchar(11) not null,
    chart          varchar(12) not null check (chart in ('BAS', 'KOMMUN_BAS')),
    unit_dimension varchar(20) not null,
    default_unit   varchar(40),
    primary key (municipality, org_number)
);

create table itcost_object_unit (
    municipality varchar(4)   not null,
    org_number   varchar(11)  not null,
    dimension    varchar(20)  not null,
    object_id    varchar(100) not null,
    unit_code    varchar(40)  not null,
    primary key (municipality, org_number, dimension, object_id)
);

-- Local IT staff not found in the ledgers: amount = FTE × yearly cost per FTE incl. employer fees.
create table itcost_local_staff (
    municipality  varchar(4)    not null,
    id            bigint        not null,
    fiscal_year   integer       not null,
    unit_code     varchar(40)   not null,
    org_number    varchar(11)   not null,
    role          varchar(200)  not null,
    fte           numeric(8, 2) not null,
    cost_per_fte  bigint        not null,
    amount_ore    bigint        not null,
    note          varchar(500)  not null,
    primary key (municipality, id)
);
create index itcost_local_staff_by_year on itcost_local_staff (municipality, fiscal_year);

-- Shadow IT: estimates per unit with what it is, how sure, and where the estimate comes from.
create table itcost_shadow (
    municipality varchar(4)   not null,
    id           bigint       not null,
    fiscal_year  integer      not null,
    unit_code    varchar(40)  not null,
    org_number   varchar(11)  not null,
    amount_ore   bigint       not null,
    description  varchar(500) not null,
    confidence   varchar(10)  not null check (confidence in ('LOW', 'MEDIUM', 'HIGH')),
    source       varchar(500) not null,
    primary key (municipality, id)
);
create index itcost_shadow_by_year on itcost_shadow (municipality, fiscal_year);

-- The ledger sums of the current imports, classified: one row per unit, unit object, account,
-- category and rule. unit_code '' is a sum no unit could be told for; rule_id null: no rule matched.
create table itcost_line (
    municipality varchar(4)   not null,
    fiscal_year  integer      not null,
    org_number   varchar(11)  not null,
    import_id    bigint       not null,
    unit_code    varchar(40)  not null,
    unit_object  varchar(130) not null,
    account      varchar(40)  not null,
    category     varchar(30)  not null,
    investment   boolean      not null,
    rule_id      bigint,
    rule_object  varchar(130) not null,
    amount_ore   bigint       not null,
    row_count    bigint       not null
);
create index itcost_line_by_year on itcost_line (municipality, fiscal_year, unit_code, category);

-- What pages and reports read: sums per year, entity, unit and category, from the ledgers and from
-- the manual inputs.
create table itcost_total (
    municipality varchar(4)  not null,
    fiscal_year  integer     not null,
    org_number   varchar(11) not null,
    unit_code    varchar(40) not null,
    category     varchar(30) not null,
    investment   boolean     not null,
    source       varchar(10) not null check (source in ('LEDGER', 'MANUAL')),
    amount_ore   bigint      not null,
    primary key (municipality, fiscal_year, org_number, unit_code, category, investment, source)
);

create table itcost_setting (
    municipality   varchar(4)    primary key,
    flag_threshold numeric(5, 4) not null
);
