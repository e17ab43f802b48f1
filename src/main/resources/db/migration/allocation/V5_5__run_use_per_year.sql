-- A run keeps the year's use per unit and service, summed over the months, with the months in
-- which there was any (bit m for month m): all that its calculation reads, a twelfth of the rows
-- of the monthly use (which stays in catalogue_use). Stored runs are carried over.
create table allocation_run_use_year (
    municipality varchar(4)  not null,
    run_id       bigint      not null,
    unit_code    varchar(40) not null,
    service_code varchar(40) not null,
    quantity     bigint      not null,
    months       integer     not null,
    primary key (municipality, run_id, unit_code, service_code),
    foreign key (municipality, run_id) references allocation_run (municipality, id),
    check (quantity >= 0)
);

insert into allocation_run_use_year (municipality, run_id, unit_code, service_code, quantity, months)
select municipality, run_id, unit_code, service_code, sum(quantity),
       sum(case when quantity > 0 then cast(power(2, use_month) as integer) else 0 end)
from allocation_run_use
group by municipality, run_id, unit_code, service_code;

drop table allocation_run_use;
