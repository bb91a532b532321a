-- Who is on duty at t: per role, the few latest shifts starting at or before t, read from the index alone. The GiST
-- index on the shift's range could not narrow by country without btree_gist, and an extension is not ours to ask for.
CREATE INDEX duty_shift_latest ON duty_shift (country, role, start_at DESC) INCLUDE (end_at, person);
DROP INDEX duty_shift_during;
