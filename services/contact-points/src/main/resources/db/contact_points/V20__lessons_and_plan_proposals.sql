-- Issue 24 (DESIGN §14): the lessons learnt about this node's countries (from lesson.recorded), and plan versions
-- proposed from them. A draft names the lesson it was proposed from; the plan owner approves it as any draft, or rejects
-- it (any draft) with a reason.
CREATE TABLE lesson (
    lesson_id    uuid PRIMARY KEY,
    exercise_id  uuid,
    incident_id  uuid,
    country      char(2)     NOT NULL,
    text         text        NOT NULL,
    plan_step_id text,
    rsit_class   text,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    changed_at   timestamptz NOT NULL
);
CREATE INDEX lesson_country ON lesson (country, recorded_at DESC);

ALTER TABLE national_plan DROP CONSTRAINT national_plan_status_check;
ALTER TABLE national_plan ADD CONSTRAINT national_plan_status_check CHECK (status IN ('DRAFT', 'APPROVED', 'SUPERSEDED', 'REJECTED'));
ALTER TABLE national_plan
    ADD COLUMN proposed_from_lesson   uuid,
    ADD COLUMN proposed_from_exercise uuid,
    ADD COLUMN proposed_from_incident uuid,
    ADD COLUMN rejected_by            text,
    ADD COLUMN rejected_at            timestamptz,
    ADD COLUMN rejection_reason       text;
CREATE INDEX national_plan_proposed_from ON national_plan (proposed_from_lesson) WHERE proposed_from_lesson IS NOT NULL;
