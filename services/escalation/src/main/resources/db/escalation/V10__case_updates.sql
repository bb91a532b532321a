-- Issue 23 (case collaboration): each country taking part in a case keeps its own status on it and posts short updates;
-- the coordinators post updates without a status. Appended only, read whole per case in the order they were posted.
CREATE TABLE case_update (
    id          uuid PRIMARY KEY,
    incident_id uuid        NOT NULL REFERENCES protocol_case,
    country     text        NOT NULL,
    status      text        CHECK (status IN ('INVESTIGATING', 'CONTAINED', 'RECOVERED', 'NOT_AFFECTED')),
    text        text,
    posted_by   text        NOT NULL,
    posted_at   timestamptz NOT NULL,
    CHECK (status IS NOT NULL OR text IS NOT NULL)
);
CREATE INDEX case_update_incident ON case_update (incident_id, posted_at);
