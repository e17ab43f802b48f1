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
