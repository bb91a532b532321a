-- An exercise is its scenario: participants, compression, injects and expectations, and the clock that releases them.
ALTER TABLE exercise
    ADD COLUMN participants    text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN observers       text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN compression     integer     NOT NULL DEFAULT 1,
    ADD COLUMN created_by      text        NOT NULL DEFAULT '',
    ADD COLUMN started_at      timestamptz,
    ADD COLUMN started_by      text,
    ADD COLUMN paused_at       timestamptz,
    ADD COLUMN paused_total_ms bigint      NOT NULL DEFAULT 0,
    ADD COLUMN ended_at        timestamptz,
    ADD COLUMN ended_by        text,
    ADD COLUMN simulation      jsonb;

-- due_at is the wall instant the inject is due under the current run (null while planned or paused);
-- released_at is set once, in the transaction that publishes inject.released.
CREATE TABLE inject (
    exercise_id     uuid        NOT NULL REFERENCES exercise (id),
    sequence        integer     NOT NULL,
    ref             text        NOT NULL,
    offset_seconds  bigint      NOT NULL CHECK (offset_seconds >= 0),
    country         text        NOT NULL,
    kind            text        NOT NULL,
    title           text        NOT NULL,
    payload         jsonb       NOT NULL DEFAULT '{}',
    expected_action text,
    due_at          timestamptz,
    released_at     timestamptz,
    incident_id     uuid,
    attempts        integer     NOT NULL DEFAULT 0,
    last_error      text,
    PRIMARY KEY (exercise_id, sequence),
    UNIQUE (exercise_id, ref)
);
CREATE INDEX inject_due ON inject (due_at) WHERE released_at IS NULL AND due_at IS NOT NULL;
CREATE INDEX inject_incident ON inject (incident_id) WHERE incident_id IS NOT NULL;

CREATE TABLE expectation (
    exercise_id    uuid    NOT NULL REFERENCES exercise (id),
    sequence       integer NOT NULL,
    kind           text    NOT NULL,
    country        text,
    inject_ref     text,
    within_seconds bigint,
    level          text,
    description    text,
    PRIMARY KEY (exercise_id, sequence)
);

-- What the protocol did with the exercise's alerts, from the exercise topics (receipts may arrive before the dispatch).
CREATE TABLE exercise_alert (
    alert_id        uuid PRIMARY KEY,
    exercise_id     uuid        NOT NULL,
    incident_id     uuid        NOT NULL,
    country         text        NOT NULL,
    dispatched_at   timestamptz,
    ack_deadline    timestamptz,
    delivered_at    timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by text,
    overdue_at      timestamptz
);
CREATE INDEX exercise_alert_exercise ON exercise_alert (exercise_id);

CREATE TABLE exercise_protocol_event (
    id          bigserial PRIMARY KEY,
    exercise_id uuid        NOT NULL,
    incident_id uuid        NOT NULL,
    kind        text        NOT NULL,  -- LEVEL or SITUATION_REPORT
    level       text,
    detail      text,
    at          timestamptz NOT NULL
);
CREATE INDEX exercise_protocol_event_exercise ON exercise_protocol_event (exercise_id);

-- The simulated responder's pending acknowledgements: durable, claimed with SKIP LOCKED like every timer here.
CREATE TABLE simulated_ack (
    alert_id    uuid PRIMARY KEY,
    exercise_id uuid        NOT NULL,
    country     text        NOT NULL,
    due_at      timestamptz NOT NULL,
    done_at     timestamptz,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  text
);
CREATE INDEX simulated_ack_due ON simulated_ack (due_at) WHERE done_at IS NULL;

-- Every pause of an exercise, so the report can tell the exercise time of any past instant.
CREATE TABLE exercise_pause (
    exercise_id uuid        NOT NULL REFERENCES exercise (id),
    paused_at   timestamptz NOT NULL,
    resumed_at  timestamptz,
    PRIMARY KEY (exercise_id, paused_at)
);
