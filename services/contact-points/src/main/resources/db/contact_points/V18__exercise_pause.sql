-- Issue 24 (DESIGN §14): while an exercise is paused its items' deadlines stand still; on resumption they move by the
-- pause (as escalation moves its cases' deadlines), and no read deadline of the exercise fires meanwhile.
ALTER TABLE exercise_party ADD COLUMN paused_at timestamptz;
