-- Every change to a case is announced when it commits (a NOTIFY waits for its transaction), so the case boards and case
-- pages open in consoles are pushed the change instead of polling for it (issue 25): one notification per statement,
-- naming the modes of the cases it touched ("REAL", "EXERCISE"), on the channel of this schema that CaseStream hears.
-- Only the modes: a statement may touch thousands of cases (ENDEX closes every case of an exercise), and a payload has
-- at most 8000 bytes.
CREATE FUNCTION case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched text;
BEGIN
    SELECT string_agg(DISTINCT p.mode, ',') INTO touched FROM changed c JOIN protocol_case p ON p.incident_id = c.incident_id;
    IF touched IS NOT NULL THEN
        PERFORM pg_notify('cyberplan_cases_' || TG_TABLE_SCHEMA, touched);
    END IF;
    RETURN NULL;
END $$;

-- A trigger with a transition table takes one event: one per table and event. Every table here keys its rows by the case.
CREATE TRIGGER protocol_case_inserted AFTER INSERT ON protocol_case REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();
CREATE TRIGGER protocol_case_updated AFTER UPDATE ON protocol_case REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();
CREATE TRIGGER case_alert_inserted AFTER INSERT ON case_alert REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();
CREATE TRIGGER case_alert_updated AFTER UPDATE ON case_alert REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();
CREATE TRIGGER situation_report_inserted AFTER INSERT ON situation_report REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();
CREATE TRIGGER assistance_request_inserted AFTER INSERT ON assistance_request REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();
CREATE TRIGGER assistance_request_updated AFTER UPDATE ON assistance_request REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();
CREATE TRIGGER case_update_inserted AFTER INSERT ON case_update REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_changed();

-- An offer names its request, not the case.
CREATE FUNCTION assistance_offer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched text;
BEGIN
    SELECT string_agg(DISTINCT p.mode, ',') INTO touched
    FROM changed o JOIN assistance_request r ON r.id = o.request_id JOIN protocol_case p ON p.incident_id = r.incident_id;
    IF touched IS NOT NULL THEN
        PERFORM pg_notify('cyberplan_cases_' || TG_TABLE_SCHEMA, touched);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER assistance_offer_inserted AFTER INSERT ON assistance_offer REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION assistance_offer_changed();
CREATE TRIGGER assistance_offer_updated AFTER UPDATE ON assistance_offer REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION assistance_offer_changed();
