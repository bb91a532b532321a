-- Corrections and recalls are inbox items of their own (kind CORRECTION / RECALL) naming the alert they change;
-- the original shows that it was corrected or recalled. An overdue alert keeps the deadline it missed.
ALTER TABLE inbox_item
    ADD COLUMN refers_to_alert_id uuid,
    ADD COLUMN change_note        text,
    ADD COLUMN corrections        integer NOT NULL DEFAULT 0,
    ADD COLUMN last_corrected_at  timestamptz,
    ADD COLUMN recalled_at        timestamptz,
    ADD COLUMN recall_reason      text,
    ADD COLUMN missed_deadline    timestamptz,
    ADD COLUMN overdue_at         timestamptz;
