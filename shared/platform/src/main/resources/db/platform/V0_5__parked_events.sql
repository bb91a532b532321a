-- Poison rows never stop a service (DESIGN §4): what cannot be published or applied for good is parked with its
-- reason, kept (never deleted) and shown to the coordinator, who retries or discards it.

-- The relay's side: a parked outbox event stays unsent; the events with its record key behind it wait with it.
ALTER TABLE outbox_event
    ADD COLUMN parked_at    timestamptz,
    ADD COLUMN park_reason  text,
    ADD COLUMN released_at  timestamptz,
    ADD COLUMN released_by  text,
    ADD COLUMN discarded_at timestamptz,
    ADD COLUMN discarded_by text;

-- Parked rows are few; the relay asks this index, per candidate row, whether an earlier row of its key is held.
CREATE INDEX outbox_event_parked ON outbox_event (record_key, seq)
    WHERE parked_at IS NOT NULL AND discarded_at IS NULL AND sent_at IS NULL;
-- What the coordinator lists: parked, discarded or released once, without walking the whole outbox.
CREATE INDEX outbox_event_parking ON outbox_event (seq) WHERE parked_at IS NOT NULL OR released_at IS NOT NULL;

-- The consumers' side: exactly the record that failed deterministically, as it was consumed, so it can be applied again.
CREATE TABLE parked_event (
    id             uuid PRIMARY KEY,
    consumer_group text        NOT NULL,
    topic          text        NOT NULL,
    partition      int         NOT NULL,
    record_offset  bigint      NOT NULL,
    record_key     text,
    ce_id          text,
    event_type     text,
    headers        jsonb       NOT NULL,
    payload        bytea,
    size           int         NOT NULL,
    reason         text        NOT NULL,
    attempts       int         NOT NULL,
    status         text        NOT NULL CHECK (status IN ('PARKED', 'RETRIED', 'DISCARDED')),
    parked_at      timestamptz NOT NULL,
    resolved_at    timestamptz,
    resolved_by    text,
    UNIQUE (consumer_group, topic, partition, record_offset)
);

CREATE INDEX parked_event_parked_at ON parked_event (parked_at DESC);
