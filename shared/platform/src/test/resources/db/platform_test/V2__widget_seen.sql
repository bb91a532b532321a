-- What the platform's test listener applied; the CHECK is the deterministic failure a poison record meets.
CREATE TABLE widget_seen (event_id uuid PRIMARY KEY, name text NOT NULL CONSTRAINT widget_seen_not_poison CHECK (name <> 'poison'));
