-- Issue 17: an acknowledgement (or a recall, a case closure, ENDEX) stops all paging about an alert. What was still
-- pending is CANCELLED with its reason, and stays visible in the notification log.
ALTER TABLE notification DROP CONSTRAINT notification_status_check;
ALTER TABLE notification ADD CONSTRAINT notification_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));
ALTER TABLE notification
    ADD COLUMN cancelled_at  timestamptz,
    ADD COLUMN cancel_reason text;
-- The log is read per country and mode (REAL by default, EXERCISE for the exercise view).
CREATE INDEX notification_desk_mode ON notification (country, mode, created_at DESC);
DROP INDEX notification_desk;
-- Cancellation finds the alerts of a closed case or of an ended exercise.
CREATE INDEX inbox_item_incident ON inbox_item (incident_id);
CREATE INDEX inbox_item_exercise ON inbox_item (exercise_id) WHERE exercise_id IS NOT NULL;

-- Notifications still retrying for alerts acknowledged or recalled before this version: nobody needs them any more.
UPDATE notification n SET status = 'CANCELLED', cancelled_at = now(),
    cancel_reason = CASE WHEN i.acknowledged_at IS NOT NULL THEN 'alert acknowledged by ' || coalesce(i.acknowledged_by, 'someone')
                         ELSE 'alert recalled' END
FROM inbox_item i
WHERE i.alert_id = n.alert_id AND n.status = 'PENDING' AND (i.acknowledged_at IS NOT NULL OR i.recalled_at IS NOT NULL);

-- Issue 16: who takes part in an exercise (from exercise.started), so nothing of it lands in another country's inbox;
-- and since when it is over (exercise.ended, which may overtake its start), after which nothing of it pages anyone.
CREATE TABLE exercise_party (
    exercise_id  uuid PRIMARY KEY,
    participants text[]      NOT NULL,
    observers    text[]      NOT NULL,
    started_at   timestamptz,
    ended_at     timestamptz
);
