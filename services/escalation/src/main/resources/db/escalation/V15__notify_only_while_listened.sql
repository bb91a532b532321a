-- The case triggers notify only while a console streams (ChangeFeed writes change_listener while it has subscribers):
-- a NOTIFY takes a lock of the whole database at commit, and always on it serialised the fan-out's small transactions
-- under load (filing benchmark p99 0.27 s → 12 s).
CREATE TABLE change_listener (
    topic text PRIMARY KEY,
    until timestamptz NOT NULL
);

CREATE OR REPLACE FUNCTION case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM change_listener WHERE topic = 'cases' AND until > now()) THEN
        RETURN NULL;
    END IF;
    SELECT string_agg(DISTINCT p.mode, ',') INTO touched FROM changed c JOIN protocol_case p ON p.incident_id = c.incident_id;
    IF touched IS NOT NULL THEN
        PERFORM pg_notify('cyberplan_cases_' || TG_TABLE_SCHEMA, touched);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION assistance_offer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM change_listener WHERE topic = 'cases' AND until > now()) THEN
        RETURN NULL;
    END IF;
    SELECT string_agg(DISTINCT p.mode, ',') INTO touched
    FROM changed o JOIN assistance_request r ON r.id = o.request_id JOIN protocol_case p ON p.incident_id = r.incident_id;
    IF touched IS NOT NULL THEN
        PERFORM pg_notify('cyberplan_cases_' || TG_TABLE_SCHEMA, touched);
    END IF;
    RETURN NULL;
END $$;
