-- Each service's demand per month, summed over the units: what volatility, signals, classes and
-- the boundary read. Kept by the code that writes catalogue_use (CatalogueRepository.upsertUses),
-- in the same transaction, so pages read a row per service and month instead of grouping every
-- unit's use again.
create table catalogue_month_total (
    municipality varchar(4)  not null,
    service_code varchar(40) not null,
    fiscal_year  integer     not null,
    use_month    integer     not null,
    quantity     bigint      not null,
    primary key (municipality, service_code, fiscal_year, use_month),
    foreign key (municipality, service_code) references catalogue_service (municipality, code)
);

insert into catalogue_month_total (municipality, service_code, fiscal_year, use_month, quantity)
select municipality, service_code, fiscal_year, use_month, sum(quantity)
from catalogue_use
group by municipality, service_code, fiscal_year, use_month;

-- Each unit's use of each service per year, summed over the months, with the months of any use
-- (bit m for month m): what an allocation reads. Kept the same way; summing a (service, unit)
-- again reads its months through the index below (the primary key leads with the month).
create index catalogue_use_by_pair on catalogue_use (municipality, fiscal_year, service_code, unit_code);

create table catalogue_use_year (
    municipality varchar(4)  not null,
    fiscal_year  integer     not null,
    service_code varchar(40) not null,
    unit_code    varchar(40) not null,
    quantity     bigint      not null,
    months       integer     not null,
    primary key (municipality, fiscal_year, service_code, unit_code),
    foreign key (municipality, service_code) references catalogue_service (municipality, code)
);

insert into catalogue_use_year (municipality, fiscal_year, service_code, unit_code, quantity, months)
select municipality, fiscal_year, service_code, unit_code, sum(quantity),
       sum(case when quantity > 0 then cast(power(2, use_month) as integer) else 0 end)
from catalogue_use
group by municipality, fiscal_year, service_code, unit_code;
