-- Situation reports of a case, versioned per case (NIS Cooperation Group format, MISP nis2 values).
CREATE TABLE situation_report (
    incident_id        uuid        NOT NULL REFERENCES protocol_case,
    version            int         NOT NULL,
    impact_severity    text        NOT NULL,
    impact_outlook     text        NOT NULL,
    affected_countries text[]      NOT NULL,
    sectors            text[]      NOT NULL,
    root_cause         text,
    text               text,
    published_by       text        NOT NULL,
    published_at       timestamptz NOT NULL,
    PRIMARY KEY (incident_id, version)
);

-- Assistance on a case: a country's request, the other countries' offers, the requester's decision on each.
CREATE TABLE assistance_request (
    id           uuid PRIMARY KEY,
    incident_id  uuid        NOT NULL REFERENCES protocol_case,
    country      char(2)     NOT NULL,
    kind         text        NOT NULL,
    needs        text        NOT NULL,
    needed_by    timestamptz,
    status       text        NOT NULL,
    requested_by text        NOT NULL,
    requested_at timestamptz NOT NULL
);
CREATE INDEX assistance_request_case ON assistance_request (incident_id, requested_at);

CREATE TABLE assistance_offer (
    id             uuid PRIMARY KEY,
    request_id     uuid        NOT NULL REFERENCES assistance_request,
    country        char(2)     NOT NULL,
    capability     text        NOT NULL,
    available_from timestamptz,
    offered_by     text        NOT NULL,
    offered_at     timestamptz NOT NULL,
    decision       text,
    reason         text,
    decided_by     text,
    decided_at     timestamptz
);
CREATE INDEX assistance_offer_request ON assistance_offer (request_id, offered_at);
