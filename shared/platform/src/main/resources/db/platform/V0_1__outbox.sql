-- The transactional outbox: written in the state change's transaction, published by the relay.
CREATE TABLE outbox_event (
    seq         bigserial PRIMARY KEY,
    id          uuid        NOT NULL UNIQUE,
    topic       text        NOT NULL,
    record_key  text        NOT NULL,
    event_type  text        NOT NULL,
    source      text        NOT NULL,
    subject     text,
    mode        text        NOT NULL CHECK (mode IN ('REAL', 'EXERCISE')),
    exercise_id uuid,
    tlp         text,
    payload     jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz
);

-- Real events leave before exercise events: one partial index each keeps both queries cheap.
CREATE INDEX outbox_event_unsent_real ON outbox_event (seq) WHERE sent_at IS NULL AND mode = 'REAL';
CREATE INDEX outbox_event_unsent_exercise ON outbox_event (seq) WHERE sent_at IS NULL AND mode = 'EXERCISE';
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
