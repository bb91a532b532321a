-- Every change to an inbox is announced when it commits (a NOTIFY waits for its transaction), so the consoles open on
-- that inbox are pushed the change instead of polling for it (issue 25): one notification per statement, naming each
-- country and mode it touched ("LV REAL,LT REAL"), on the channel of this schema that InboxChanges listens on.
CREATE FUNCTION inbox_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched text;
BEGIN
    SELECT string_agg(DISTINCT trim(country) || ' ' || mode, ',') INTO touched FROM changed;
    IF touched IS NOT NULL THEN
        PERFORM pg_notify('cyberplan_inbox_' || TG_TABLE_SCHEMA, touched);
    END IF;
    RETURN NULL;
END $$;

-- A trigger with a transition table takes one event: one for new items, one for changed ones (acknowledged, overdue).
CREATE TRIGGER inbox_item_inserted AFTER INSERT ON inbox_item REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION inbox_item_changed();
CREATE TRIGGER inbox_item_updated AFTER UPDATE ON inbox_item REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION inbox_item_changed();
