-- Issue 24 (DESIGN §14): lessons learned during or after an exercise, by its planners or the people of the country they
-- concern; each can become a change proposal to that country's national plan, whose state the after-action report shows.
CREATE TABLE lesson (
    id             uuid PRIMARY KEY,
    exercise_id    uuid        NOT NULL REFERENCES exercise,
    country        char(2)     NOT NULL,
    text           text        NOT NULL,
    plan_step_id   text,
    rsit_class     text,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    updated_by     text,
    updated_at     timestamptz
);
CREATE INDEX lesson_exercise ON lesson (exercise_id, recorded_at);
