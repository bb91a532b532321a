-- Issue 24 (DESIGN §14): lessons learnt on a real case, about one country taking part, by the coordinators or that
-- country's own people; published (lesson.recorded) to the country's node for a change of its plan.
CREATE TABLE case_lesson (
    id           uuid PRIMARY KEY,
    incident_id  uuid        NOT NULL REFERENCES protocol_case,
    country      char(2)     NOT NULL,
    text         text        NOT NULL,
    plan_step_id text,
    rsit_class   text,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX case_lesson_incident ON case_lesson (incident_id, recorded_at);
