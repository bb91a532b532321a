-- A stand-in aggregate for the platform's own tests.
CREATE TABLE widget (id uuid PRIMARY KEY, name text NOT NULL);
