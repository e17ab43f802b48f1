-- Users who sign in with a local password (embedded mode) or through OpenID Connect.
create table app_user (
    username      varchar(100) primary key,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    role          varchar(20)  not null check (role in ('ADMIN', 'ANALYST', 'VIEWER')),
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);
