-- The first response to a POST carrying an Idempotency-Key, per caller; a repeat gets it back and changes nothing.
CREATE TABLE idempotency_key (
    principal    text        NOT NULL,
    key          text        NOT NULL,
    method       text        NOT NULL,
    path         text        NOT NULL,
    status       int,
    location     text,
    content_type text,
    body         bytea,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (principal, key)
);
