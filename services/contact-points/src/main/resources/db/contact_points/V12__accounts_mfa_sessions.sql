-- Issue 19: accounts that are people, setup links, TOTP, recovery codes, login failures and refresh token families.

ALTER TABLE user_account
    ALTER COLUMN password_hash DROP NOT NULL,                  -- NULL until the person sets it through the setup link
    ADD COLUMN email         text,
    ADD COLUMN created_at    timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN last_login_at timestamptz,
    ADD COLUMN totp_secret   bytea,                            -- the confirmed authenticator's secret
    ADD COLUMN totp_pending  bytea,                            -- one being enrolled; replaces it once a code proves it
    ADD COLUMN totp_confirmed boolean NOT NULL DEFAULT false,
    ADD COLUMN totp_last_step bigint;                          -- the last time step used: no code twice

-- Single-use links: the setup of a new account (24 h) and the TOTP enrolment of a login that must enrol (10 min).
-- Only the SHA-256 of the token is kept.
CREATE TABLE account_ticket (
    token_hash text PRIMARY KEY,
    username   text        NOT NULL REFERENCES user_account ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('SETUP', 'MFA_ENROLMENT')),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE TABLE recovery_code (
    username  text        NOT NULL REFERENCES user_account ON DELETE CASCADE,
    code_hash text        NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (username, code_hash)
);

-- Failed logins, by username and by client address, for the brute-force limits (shared by every instance).
CREATE TABLE login_failure (
    id       bigserial PRIMARY KEY,
    username text        NOT NULL,
    address  text        NOT NULL,
    at       timestamptz NOT NULL
);
CREATE INDEX login_failure_username ON login_failure (username, at);
CREATE INDEX login_failure_address ON login_failure (address, at);

-- A country's security settings: MFA for every account of the country.
CREATE TABLE country_security (
    country      char(2) PRIMARY KEY,
    mfa_required boolean NOT NULL DEFAULT false
);

-- Refresh tokens rotate: each use marks the token used and issues the next of its family; a used token shown again
-- revokes the whole family (OAuth 2.0 Security BCP, section 4.14).
ALTER TABLE refresh_token
    ADD COLUMN family     uuid,
    ADD COLUMN expires_at timestamptz,
    ADD COLUMN used_at    timestamptz;
UPDATE refresh_token SET family = gen_random_uuid(), expires_at = created_at + interval '14 hours';
ALTER TABLE refresh_token ALTER COLUMN family SET NOT NULL, ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX refresh_token_family ON refresh_token (family);
CREATE INDEX refresh_token_username ON refresh_token (username);
