-- The national plan in force per country, as its latest plan.approved told (the directory topic is compacted).
CREATE TABLE national_plan_status (
    country          char(2) PRIMARY KEY,
    version          int         NOT NULL,
    approved_by      text        NOT NULL,
    approved_at      timestamptz NOT NULL,
    capabilities     jsonb       NOT NULL,
    playbook_classes text[]      NOT NULL,
    received_at      timestamptz NOT NULL
);

-- Each country's playbook checklist progress on an incident, as its latest checklist.progressed told.
CREATE TABLE case_checklist (
    incident_id       uuid        NOT NULL,
    country           char(2)     NOT NULL,
    checklist_id      uuid        NOT NULL,
    plan_version      int         NOT NULL,
    containment_done  int         NOT NULL,
    containment_total int         NOT NULL,
    repair_done       int         NOT NULL,
    repair_total      int         NOT NULL,
    overdue_steps     int         NOT NULL,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (incident_id, country)
);

-- A situation report carries the checklist progress of every country at the time it was published.
ALTER TABLE situation_report ADD COLUMN checklists jsonb NOT NULL DEFAULT '[]';
