-- The economic lifetime a group sets for a class of IT assets (clients, servers, network, systems),
-- shown beside the markup's renewal period. A class without a row has its usual lifetime.
create table allocation_lifetime (
    municipality varchar(4)  not null references municipal_group (municipality),
    asset_class  varchar(20) not null,
    years        integer     not null,
    primary key (municipality, asset_class),
    check (years between 1 and 100)
);
