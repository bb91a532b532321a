-- Issue 16: who takes part in each exercise (from exercise.started), so an exercise case alerts its parties only,
-- never every member at OPERATIONAL.
CREATE TABLE exercise_party (
    exercise_id  uuid PRIMARY KEY,
    participants text[]      NOT NULL,
    observers    text[]      NOT NULL,
    started_at   timestamptz NOT NULL
);
