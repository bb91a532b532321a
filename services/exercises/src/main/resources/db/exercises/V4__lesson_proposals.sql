-- Issue 24 (DESIGN §14): what became of the change proposed from each lesson (plan.proposal-changed from the country's
-- node): NONE until one is drafted, then DRAFT, APPROVED or REJECTED (with the version and the reason).
ALTER TABLE lesson
    ADD COLUMN proposal_state   text NOT NULL DEFAULT 'NONE' CHECK (proposal_state IN ('NONE', 'DRAFT', 'APPROVED', 'REJECTED')),
    ADD COLUMN proposal_version integer,
    ADD COLUMN proposal_reason  text;
