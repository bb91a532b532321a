-- Issue 23 (DESIGN §14): a case raised to the operational level or above calls every member's EU-CyCLONe liaison on
-- its channels. A country may give its liaison channels of their own (route LIAISON, e.g. the liaison's pager webhook);
-- the directory's liaison address and the people holding the CYCLONE_LIAISON role are reached by e-mail as well.
ALTER TABLE notification_channel DROP CONSTRAINT notification_channel_route_check;
ALTER TABLE notification_channel ADD CONSTRAINT notification_channel_route_check CHECK (route IN ('PRIMARY', 'BACKUP', 'LIAISON'));
ALTER TABLE notification DROP CONSTRAINT notification_route_check;
ALTER TABLE notification ADD CONSTRAINT notification_route_check CHECK (route IN ('PRIMARY', 'BACKUP', 'LIAISON'));

-- One row per liaison called, keyed by a call id derived from the change and the country: a redelivered change calls
-- nobody twice; the notifications of a call name it as their alert_id, so closing the case or ending the exercise
-- cancels what is still pending of it like any item's paging.
CREATE TABLE liaison_call (
    call_id     uuid PRIMARY KEY,
    incident_id uuid        NOT NULL,
    country     char(2)     NOT NULL,
    level       text        NOT NULL,
    mode        text        NOT NULL,
    exercise_id uuid,
    targets     integer     NOT NULL,
    called_at   timestamptz NOT NULL
);
CREATE INDEX liaison_call_incident ON liaison_call (incident_id);
CREATE INDEX liaison_call_exercise ON liaison_call (exercise_id) WHERE exercise_id IS NOT NULL;
