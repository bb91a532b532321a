-- The countries an assistance request reached (DESIGN §14): those whose plan in force declares its kind, and those the
-- requester named. They may read the case summary and offer, even when they were not alerted for the incident.
ALTER TABLE assistance_request ADD COLUMN asked text[] NOT NULL DEFAULT '{}';
