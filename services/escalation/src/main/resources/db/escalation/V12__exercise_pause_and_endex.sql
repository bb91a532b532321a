-- Issue 24 (DESIGN §14): an exercise's pause holds the deadlines of its cases, its resumption shifts them by the pause,
-- and ENDEX closes its cases (cancelling their timers). A held timer keeps the moment it was held from; the poller never
-- claims it. What escalation knows of each exercise's clock, whether or not it saw the exercise start.
ALTER TABLE deadline_timer ADD COLUMN held_at timestamptz;
DROP INDEX deadline_timer_due;
CREATE INDEX deadline_timer_due ON deadline_timer (exercise, due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL AND held_at IS NULL;

CREATE TABLE exercise_clock (
    exercise_id uuid PRIMARY KEY,
    paused_at   timestamptz,
    ended_at    timestamptz
);
CREATE INDEX protocol_case_exercise ON protocol_case (exercise_id) WHERE exercise_id IS NOT NULL;
