-- Events a consumer refused to apply because their signer could not vouch for them (DESIGN §11): unsigned, a bad
-- signature, an unknown key or node, or a node signing for a country it is not trusted for. Kept whole (headers and
-- payload) for the investigation, never applied. One row per record and consumer group: a redelivery adds nothing.
CREATE TABLE quarantined_event (
    id             uuid PRIMARY KEY,
    consumer_group text        NOT NULL,
    topic          text        NOT NULL,
    partition      int         NOT NULL,
    record_offset  bigint      NOT NULL,
    record_key     text,
    ce_id          text,
    event_type     text,
    signer_node    text,
    headers        jsonb       NOT NULL,
    payload        bytea,
    size           int         NOT NULL,
    reason         text        NOT NULL,
    detail         text        NOT NULL,
    quarantined_at timestamptz NOT NULL,
    UNIQUE (consumer_group, topic, partition, record_offset)
);

CREATE INDEX quarantined_event_at ON quarantined_event (quarantined_at DESC, id);
