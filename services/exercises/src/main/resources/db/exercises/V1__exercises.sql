-- The exercises this node runs; scenarios, injects and scores follow in later versions.
CREATE TABLE exercise (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    status     text        NOT NULL,
    created_at timestamptz NOT NULL
);
