-- The protocol's handling of one incident at EU level; its id is the incident id.
CREATE TABLE protocol_case (
    incident_id        uuid PRIMARY KEY,
    reference          text        NOT NULL,
    reporter_country   char(2)     NOT NULL,
    title              text,
    severity           text        NOT NULL,
    tlp                text        NOT NULL,
    mode               text        NOT NULL,
    exercise_id        uuid,
    status             text        NOT NULL,
    level              text        NOT NULL,
    plan_version       int         NOT NULL,
    affected_countries text[]      NOT NULL,
    named_recipients   text[]      NOT NULL,
    opened_at          timestamptz NOT NULL,
    closed_at          timestamptz
);
CREATE INDEX protocol_case_open ON protocol_case (mode, status, opened_at DESC);

CREATE TABLE case_level_change (
    id          bigserial PRIMARY KEY,
    incident_id uuid        NOT NULL REFERENCES protocol_case,
    level       text        NOT NULL,
    reason      text,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX case_level_change_case ON case_level_change (incident_id, id);

-- One alert to one recipient country, with its receipt.
CREATE TABLE case_alert (
    alert_id        uuid PRIMARY KEY,
    incident_id     uuid        NOT NULL REFERENCES protocol_case,
    country         char(2)     NOT NULL,
    kind            text        NOT NULL,
    status          text        NOT NULL,
    dispatched_at   timestamptz NOT NULL,
    ack_deadline    timestamptz NOT NULL,
    delivered_at    timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by text,
    UNIQUE (incident_id, country, kind)
);
CREATE INDEX case_alert_case ON case_alert (incident_id);
