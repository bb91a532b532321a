-- The done steps of a country's checklist that its national plan says are reported to the EU level.
ALTER TABLE case_checklist ADD COLUMN reported_steps jsonb NOT NULL DEFAULT '[]';
