-- A TLP change follows the incident here too: the named recipients decide who reads tick notes of a RED incident, and
-- a country the marking no longer shares the incident with has its checklist closed (reopened if it is alerted again).
ALTER TABLE checklist_incident ADD COLUMN recipients text[] NOT NULL DEFAULT '{}';
ALTER TABLE checklist ADD COLUMN closed_at timestamptz;
