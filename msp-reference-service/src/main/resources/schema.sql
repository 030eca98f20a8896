-- one row per journey: the latest record in the MSP wire format, and its version for optimistic locking
create table if not exists journey (
    id         uuid primary key,
    version    bigint not null,
    record     jsonb not null,
    updated_at timestamp with time zone not null default now()
);
-- one journey per record id
create unique index if not exists journey_record_id on journey ((record ->> 'recordId'));
