-- The IT service centre's service catalogue: services over time, their yearly prices, each unit's
-- monthly use, the volatility thresholds of the group and the review signals raised.
-- Every table carries the municipality code in its key.
create table catalogue_service (
    municipality    varchar(4)   not null references municipal_group (municipality),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    owner_name      varchar(200) not null,
    unit_of_measure varchar(60)  not null,
    added_on        date         not null,
    retired_on      date,
    primary key (municipality, code),
    check (retired_on is null or retired_on >= added_on)
);

-- Price per unit of measure and year: self-cost with the markup, or a price set by decision.
create table catalogue_price (
    municipality varchar(4)     not null,
    service_code varchar(40)    not null,
    fiscal_year  integer        not null,
    self_cost    numeric(18, 2) not null,
    markup       numeric(8, 4)  not null,
    set_price    numeric(18, 2),
    primary key (municipality, service_code, fiscal_year),
    foreign key (municipality, service_code) references catalogue_service (municipality, code),
    check (self_cost >= 0),
    check (set_price is null or set_price >= 0)
);

-- A unit's use of a service in a month, in whole units of the service's measure.
create table catalogue_use (
    municipality varchar(4)  not null,
    service_code varchar(40) not null,
    unit_code    varchar(40) not null,
    fiscal_year  integer     not null,
    use_month    integer     not null,
    quantity     bigint      not null,
    primary key (municipality, fiscal_year, use_month, service_code, unit_code),
    foreign key (municipality, service_code) references catalogue_service (municipality, code),
    foreign key (municipality, unit_code) references unit (municipality, code),
    check (use_month between 1 and 12),
    check (quantity >= 0)
);
create index catalogue_use_by_service on catalogue_use (municipality, service_code);

create table catalogue_thresholds (
    municipality     varchar(4)    primary key references municipal_group (municipality),
    stable_up_to     numeric(6, 4) not null,
    fluctuating_from numeric(6, 4) not null,
    check (stable_up_to >= 0 and stable_up_to <= fluctuating_from)
);

-- "Review governance": a service whose demand changed class in the 12 months ending window_end.
create table catalogue_signal (
    municipality     varchar(4)    not null,
    service_code     varchar(40)   not null,
    window_end       date          not null,
    from_class       varchar(12)   not null,
    to_class         varchar(12)   not null,
    volatility       numeric(10, 4) not null,
    raised_at        timestamp with time zone not null,
    acknowledged_at  timestamp with time zone,
    acknowledged_by  varchar(200),
    primary key (municipality, service_code, window_end),
    foreign key (municipality, service_code) references catalogue_service (municipality, code)
);
