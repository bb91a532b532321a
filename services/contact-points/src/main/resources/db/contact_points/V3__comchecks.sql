-- Communication checks started on this node: who started one, when, and by when each country should answer.
CREATE TABLE comcheck (
    id          uuid PRIMARY KEY,
    started_by  text        NOT NULL,
    started_at  timestamptz NOT NULL,
    answer_by   timestamptz NOT NULL,
    mode        text        NOT NULL CHECK (mode IN ('REAL', 'EXERCISE')),
    exercise_id uuid
);
CREATE INDEX comcheck_newest ON comcheck (mode, started_at DESC);

-- One row per country asked, in the order asked; answered_at stays NULL until the first answer (which stands).
CREATE TABLE comcheck_answer (
    comcheck_id uuid     NOT NULL REFERENCES comcheck,
    country     char(2)  NOT NULL,
    position    smallint NOT NULL,
    answered_by text,
    answered_at timestamptz,
    PRIMARY KEY (comcheck_id, country)
);
CREATE INDEX comcheck_answer_country ON comcheck_answer (country, comcheck_id);

-- A comcheck lands in each asked country's inbox as an item of kind COMCHECK; it has no incident.
ALTER TABLE inbox_item
    ALTER COLUMN incident_id DROP NOT NULL,
    ADD COLUMN comcheck_id uuid;
