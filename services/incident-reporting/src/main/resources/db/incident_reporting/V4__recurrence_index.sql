-- Art. 4 recurrence looks for the same entity's incidents with the same apparent root cause in the last six months.
DROP INDEX incident_entity;
CREATE INDEX incident_recurrence ON incident (reporter_country, (entity ->> 'name'), root_cause, aware_at) WHERE root_cause IS NOT NULL;
