-- The CSIRTs of a country (one of them is the NCP).
CREATE TABLE csirt (
    country char(2) NOT NULL REFERENCES country,
    name    text    NOT NULL,
    email   text,
    phone   text,
    ncp     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (country, name)
);

-- The people of a country's CSIRTs with their roles; a person may or may not log in (username is their handle).
CREATE TABLE person (
    country  char(2) NOT NULL REFERENCES country,
    username text    NOT NULL,
    name     text    NOT NULL,
    email    text,
    phone    text,
    roles    text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (country, username)
);

-- A country's duty roster: a person on duty as PRIMARY or BACKUP in [start_at, end_at).
CREATE TABLE duty_shift (
    id         uuid        PRIMARY KEY,
    country    char(2)     NOT NULL,
    person     text        NOT NULL,
    role       text        NOT NULL CHECK (role IN ('PRIMARY', 'BACKUP')),
    start_at   timestamptz NOT NULL,
    end_at     timestamptz NOT NULL CHECK (end_at > start_at),
    created_by text        NOT NULL,
    FOREIGN KEY (country, person) REFERENCES person (country, username)
);
-- Who is on duty at t: the shifts whose [start_at, end_at) contains t (tstzrange's default bounds are '[)').
CREATE INDEX duty_shift_during ON duty_shift USING gist (tstzrange(start_at, end_at));
CREATE INDEX duty_shift_person ON duty_shift (country, person, start_at);

-- Notes from the outgoing to the incoming duty officer.
CREATE TABLE shift_handover (
    id            uuid        PRIMARY KEY,
    country       char(2)     NOT NULL,
    from_person   text        NOT NULL,
    to_person     text,
    notes         text        NOT NULL,
    handed_over_at timestamptz NOT NULL
);
CREATE INDEX shift_handover_country ON shift_handover (country, handed_over_at DESC);

-- Heartbeats consumed from directory.v1: when each node was last seen, and which countries it serves.
CREATE TABLE node_heartbeat (
    node_id          text        PRIMARY KEY,
    service          text,
    countries        text[]      NOT NULL,
    last_seen_at     timestamptz NOT NULL,
    interval_seconds integer     NOT NULL
);

ALTER TABLE national_contact_point ADD COLUMN updated_by text, ADD COLUMN updated_at timestamptz;
