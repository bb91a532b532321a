-- The versions of the European plan; a case keeps the version it ran under (protocol_case.plan_version).
CREATE TABLE protocol_plan (
    version    int PRIMARY KEY,
    plan       jsonb       NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL
);

-- Durable deadlines: one row per alert and kind (the acknowledgement deadline, then the backup one), claimed by the
-- poller with FOR UPDATE SKIP LOCKED, fired once, or cancelled by the acknowledgement. Real ones are claimed first.
CREATE TABLE deadline_timer (
    id           bigserial PRIMARY KEY,
    alert_id     uuid        NOT NULL,
    incident_id  uuid        NOT NULL,
    kind         text        NOT NULL,
    due_at       timestamptz NOT NULL,
    exercise     boolean     NOT NULL,
    fired_at     timestamptz,
    cancelled_at timestamptz,
    UNIQUE (alert_id, kind)
);
CREATE INDEX deadline_timer_due ON deadline_timer (exercise, due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX deadline_timer_incident ON deadline_timer (incident_id) WHERE fired_at IS NULL AND cancelled_at IS NULL;

-- Receipts of the ladder, and corrections / recalls as alerts of their own referring to the original.
ALTER TABLE case_alert
    ADD COLUMN overdue_at         timestamptz,
    ADD COLUMN backup_deadline    timestamptz,
    ADD COLUMN escalated_at       timestamptz,
    ADD COLUMN refers_to_alert_id uuid,
    ADD COLUMN change             text;
ALTER TABLE case_alert DROP CONSTRAINT case_alert_incident_id_country_kind_key;
CREATE UNIQUE INDEX case_alert_one_per_country ON case_alert (incident_id, country) WHERE kind = 'ALERT';

ALTER TABLE protocol_case
    ADD COLUMN ipcr_mode   text,
    ADD COLUMN compression double precision NOT NULL DEFAULT 1,
    ADD COLUMN closed_by   text,
    ADD COLUMN close_reason text;
