CREATE SEQUENCE incident_reference_seq;

-- One incident as its CSIRT recorded it: the early warning and what later reports add.
CREATE TABLE incident (
    id                  uuid PRIMARY KEY,
    reference           text        NOT NULL UNIQUE,
    reporter_country    char(2)     NOT NULL,
    title               text        NOT NULL,
    summary             text        NOT NULL,
    aware_at            timestamptz NOT NULL,
    severity            text        NOT NULL,
    rsit_class          text        NOT NULL,
    rsit_type           text        NOT NULL,
    tlp                 text        NOT NULL,
    pap                 text        NOT NULL,
    affected_countries  text[]      NOT NULL,
    cross_border        boolean     NOT NULL,
    suspected_malicious boolean     NOT NULL,
    sectors             text[]      NOT NULL,
    recipients          text[]      NOT NULL,
    entity              jsonb,
    stage               text        NOT NULL,
    status              text        NOT NULL,
    mode                text        NOT NULL,
    exercise_id         uuid,
    reported_at         timestamptz NOT NULL,
    reported_by         text        NOT NULL,
    version             int         NOT NULL
);
CREATE INDEX incident_desk ON incident (mode, reporter_country, reported_at DESC);

-- Countries alerted for an incident: they may read it under the TLP rules (AMBER, AMBER+STRICT).
CREATE TABLE incident_access (
    incident_id uuid    NOT NULL,
    country     char(2) NOT NULL,
    granted_at  timestamptz NOT NULL,
    PRIMARY KEY (incident_id, country)
);
