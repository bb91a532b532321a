-- Issue 23: a request to activate the EU Cybersecurity Reserve (Regulation (EU) 2025/38) goes to the coordinators with
-- what the Regulation asks a requester to say (what is needed, which entities, where, for how long, what was done
-- already); the coordinators' decision is recorded on the request.
ALTER TABLE assistance_request
    ADD COLUMN reserve_entities   text[],
    ADD COLUMN reserve_locations  text[],
    ADD COLUMN reserve_duration   text,
    ADD COLUMN reserve_mitigation text,
    ADD COLUMN decision           text CHECK (decision IN ('ACTIVATED', 'REFUSED')),
    ADD COLUMN decision_reason    text,
    ADD COLUMN decided_by         text,
    ADD COLUMN decided_at         timestamptz;
