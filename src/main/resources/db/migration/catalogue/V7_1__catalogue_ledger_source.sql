-- Where a service's use is taken from in the ledgers (ADR 0009): the buying units' internal
-- purchases of it on an account range of prefixes (as in itcost_rule), optionally only rows that
-- carry one object ("dim=object"). One source per service.
create table catalogue_ledger_source (
    municipality varchar(4)   not null,
    service_code varchar(40)  not null,
    account_from varchar(12)  not null,
    account_to   varchar(12)  not null,
    object       varchar(121),
    primary key (municipality, service_code),
    foreign key (municipality, service_code) references catalogue_service (municipality, code),
    check (length(account_from) = length(account_to) and account_from <= account_to)
);
