-- What the later NIS2 reports and corrections add to an incident, when each report was submitted (the clocks read
-- these), how it ended, and its next deadline for the duty officer's desk.
ALTER TABLE incident
    ADD COLUMN subsectors          text[] NOT NULL DEFAULT '{}',
    ADD COLUMN impact              jsonb  NOT NULL DEFAULT '{}',
    ADD COLUMN indicators          jsonb  NOT NULL DEFAULT '[]',
    ADD COLUMN updated_at          timestamptz,
    ADD COLUMN csirt_response_at   timestamptz,
    ADD COLUMN notification_at     timestamptz,
    ADD COLUMN intermediate_due_at timestamptz,
    ADD COLUMN intermediate_at     timestamptz,
    ADD COLUMN progress_at         timestamptz,
    ADD COLUMN final_at            timestamptz,
    ADD COLUMN handled_at          timestamptz,
    ADD COLUMN ended_at            timestamptz,
    ADD COLUMN ended_by            text,
    ADD COLUMN end_reason          text,
    ADD COLUMN significant         boolean NOT NULL DEFAULT false,
    ADD COLUMN significance        jsonb,
    ADD COLUMN root_cause          text,
    ADD COLUMN next_due_at         timestamptz,
    ADD COLUMN next_due_stage      text;
UPDATE incident SET updated_at = reported_at;
ALTER TABLE incident ALTER COLUMN updated_at SET NOT NULL;

CREATE INDEX incident_overdue ON incident (mode, next_due_at) WHERE status = 'OPEN';
CREATE INDEX incident_desk_all ON incident (mode, reported_at DESC);
-- Art. 4 recurrence: the entity's earlier incidents with the same apparent root cause.
CREATE INDEX incident_entity ON incident ((entity ->> 'name'), reported_at) WHERE entity IS NOT NULL;

-- Each NIS2 report as submitted (the early warning is the incident row itself).
CREATE TABLE incident_report (
    id           uuid PRIMARY KEY,
    incident_id  uuid        NOT NULL REFERENCES incident (id),
    stage        text        NOT NULL,
    submitted_at timestamptz NOT NULL,
    submitted_by text        NOT NULL,
    late         boolean     NOT NULL,
    body         jsonb       NOT NULL
);
CREATE INDEX incident_report_incident ON incident_report (incident_id, submitted_at);

-- Every version of an incident: who changed what, when, and why (append-only).
CREATE TABLE incident_version (
    incident_id uuid        NOT NULL REFERENCES incident (id),
    version     int         NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL,
    kind        text        NOT NULL,
    changes     jsonb       NOT NULL,
    note        text,
    PRIMARY KEY (incident_id, version)
);
