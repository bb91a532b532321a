-- NIS2 reminders (DESIGN §14): one row per open reporting clock and share of its window (50, 90), planned whenever the
-- incident changes, sent once by whichever instance claims it first (FOR UPDATE SKIP LOCKED); a restart loses none.
CREATE TABLE reporting_reminder (
    incident_id uuid        NOT NULL REFERENCES incident,
    stage       text        NOT NULL,
    percent     int         NOT NULL,
    remind_at   timestamptz NOT NULL,
    due_at      timestamptz NOT NULL,
    sent_at     timestamptz,
    PRIMARY KEY (incident_id, stage, percent)
);
CREATE INDEX reporting_reminder_due ON reporting_reminder (remind_at) WHERE sent_at IS NULL;
