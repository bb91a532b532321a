-- National contingency plans: every version kept; DRAFT -> APPROVED -> SUPERSEDED; one APPROVED per country at most.
CREATE TABLE national_plan (
    country       char(2)     NOT NULL,
    version       int         NOT NULL,
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    content       jsonb       NOT NULL,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    approved_by   text,
    approved_at   timestamptz,
    superseded_at timestamptz,
    PRIMARY KEY (country, version)
);
CREATE UNIQUE INDEX national_plan_one_approved ON national_plan (country) WHERE status = 'APPROVED';

-- What contact-points knows of an incident's classification (from incident.reported), so that a recipient's
-- checklist can be attached when its alert arrives, whichever topic is read first.
CREATE TABLE checklist_incident (
    incident_id  uuid PRIMARY KEY,
    reporter     char(2)     NOT NULL,
    rsit_class   text,
    rsit_type    text,
    aware_at     timestamptz NOT NULL,
    tlp          text,
    mode         text        NOT NULL,
    exercise_id  uuid,
    compression  int         NOT NULL DEFAULT 1
);

-- Alerts whose incident was not yet known here: their checklists are attached when incident.reported arrives.
CREATE TABLE checklist_pending_alert (
    incident_id   uuid        NOT NULL,
    country       char(2)     NOT NULL,
    dispatched_at timestamptz NOT NULL,
    PRIMARY KEY (incident_id, country)
);

-- A country's playbook on a live incident: the steps of the plan version in force when it was attached, copied.
CREATE TABLE checklist (
    id           uuid PRIMARY KEY,
    incident_id  uuid        NOT NULL,
    country      char(2)     NOT NULL,
    plan_version int         NOT NULL,
    rsit_class   text        NOT NULL,
    rsit_type    text,
    mode         text        NOT NULL,
    exercise_id  uuid,
    tlp          text,
    started_at   timestamptz NOT NULL,
    created_at   timestamptz NOT NULL,
    UNIQUE (incident_id, country),
    FOREIGN KEY (country, plan_version) REFERENCES national_plan (country, version)
);
CREATE INDEX checklist_country_mode ON checklist (country, mode, created_at DESC);

CREATE TABLE checklist_step (
    checklist_id uuid        NOT NULL REFERENCES checklist,
    step_id      text        NOT NULL,
    position     int         NOT NULL,
    phase        text        NOT NULL,
    title        text        NOT NULL,
    owner_role   text,
    due_at       timestamptz NOT NULL,
    report_to_eu boolean     NOT NULL,
    done_by      text,
    done_at      timestamptz,
    note         text,
    PRIMARY KEY (checklist_id, step_id)
);

-- Scores per country from exercise.ended, for readiness.
CREATE TABLE exercise_score (
    exercise_id                   uuid        NOT NULL,
    country                       char(2)     NOT NULL,
    met                           int         NOT NULL,
    missed                        int         NOT NULL,
    median_acknowledgement_seconds bigint,
    ended_at                      timestamptz NOT NULL,
    PRIMARY KEY (exercise_id, country)
);
CREATE INDEX exercise_score_country ON exercise_score (country, ended_at DESC);
