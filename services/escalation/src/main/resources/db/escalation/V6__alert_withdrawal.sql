-- A TLP change that no longer shares an incident with a country withdraws its alert: the row stays on record (the
-- recall refers to it), but the country stops taking part in the case, is no longer counted, and a later loosening
-- alerts it again as new.
ALTER TABLE case_alert ADD COLUMN withdrawn_at timestamptz;
