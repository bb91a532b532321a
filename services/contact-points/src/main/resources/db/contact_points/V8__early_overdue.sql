-- An alert.overdue can overtake its alert.dispatched (two topics, two consumers, a lagging one): it waits here and is
-- applied when the alert lands, so the backup is still woken.
CREATE TABLE early_overdue (
    alert_id        uuid        PRIMARY KEY,
    missed_deadline timestamptz NOT NULL,
    ack_deadline    timestamptz NOT NULL,
    overdue_at      timestamptz NOT NULL
);
