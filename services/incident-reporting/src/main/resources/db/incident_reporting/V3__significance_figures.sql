-- The figures a significance assessment was made from (declared by the reports, with the incident's own).
ALTER TABLE incident ADD COLUMN significance_facts jsonb;
