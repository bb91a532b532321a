-- How a country's person on duty is reached outside the application: per route (PRIMARY, or BACKUP when an alert
-- goes overdue) a list of webhooks (a national ticketing system or pager gateway) and e-mail addresses.
-- The webhook secret is kept readable because it signs every request (HMAC); the API never returns it.
CREATE TABLE notification_channel (
    id         uuid PRIMARY KEY,
    country    char(2)     NOT NULL REFERENCES country,
    route      text        NOT NULL CHECK (route IN ('PRIMARY', 'BACKUP')),
    kind       text        NOT NULL CHECK (kind IN ('WEBHOOK', 'EMAIL')),
    address    text        NOT NULL,
    secret     text,
    enabled    boolean     NOT NULL DEFAULT true,
    updated_by text        NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (country, route, kind, address),
    CHECK ((kind = 'WEBHOOK') = (secret IS NOT NULL))
);

-- The durable delivery queue: one row per alert, route and target, retried with backoff until SENT or FAILED.
-- No foreign key on country: the EU inbox (coordinators) has on-duty people too.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    alert_id        uuid        NOT NULL,
    country         char(2)     NOT NULL,
    mode            text        NOT NULL,
    route           text        NOT NULL CHECK (route IN ('PRIMARY', 'BACKUP')),
    channel         text        NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
    target          text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    -- A redelivered trigger queues nothing twice.
    UNIQUE (alert_id, route, channel, target)
);
-- The sender's poll only ever walks the pending rows.
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_desk ON notification (country, created_at DESC);
