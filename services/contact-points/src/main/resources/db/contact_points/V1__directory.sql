-- The countries of the plan: the 30 members (EU27 + EEA); observers are added when configured.
CREATE TABLE country (
    code        char(2) PRIMARY KEY,
    name        text    NOT NULL,
    member      boolean NOT NULL,
    time_zones  text[]  NOT NULL,
    languages   text[]  NOT NULL
);

-- A country's 24/7 national contact point and its other liaisons, each a channel (e-mail, phone, webhook).
CREATE TABLE national_contact_point (
    country                 char(2) PRIMARY KEY REFERENCES country,
    primary_channel         text NOT NULL,
    backup_channel          text NOT NULL,
    cyclone_liaison         text,
    single_point_of_contact text
);

INSERT INTO country (code, name, member, time_zones, languages) VALUES
    ('AT', 'Austria', true, '{Europe/Vienna}', '{de}'),
    ('BE', 'Belgium', true, '{Europe/Brussels}', '{nl,fr,de}'),
    ('BG', 'Bulgaria', true, '{Europe/Sofia}', '{bg}'),
    ('HR', 'Croatia', true, '{Europe/Zagreb}', '{hr}'),
    ('CY', 'Cyprus', true, '{Asia/Nicosia}', '{el}'),
    ('CZ', 'Czechia', true, '{Europe/Prague}', '{cs}'),
    ('DK', 'Denmark', true, '{Europe/Copenhagen}', '{da}'),
    ('EE', 'Estonia', true, '{Europe/Tallinn}', '{et}'),
    ('FI', 'Finland', true, '{Europe/Helsinki}', '{fi,sv}'),
    ('FR', 'France', true, '{Europe/Paris}', '{fr}'),
    ('DE', 'Germany', true, '{Europe/Berlin}', '{de}'),
    ('GR', 'Greece', true, '{Europe/Athens}', '{el}'),
    ('HU', 'Hungary', true, '{Europe/Budapest}', '{hu}'),
    ('IE', 'Ireland', true, '{Europe/Dublin}', '{en,ga}'),
    ('IT', 'Italy', true, '{Europe/Rome}', '{it}'),
    ('LV', 'Latvia', true, '{Europe/Riga}', '{lv}'),
    ('LT', 'Lithuania', true, '{Europe/Vilnius}', '{lt}'),
    ('LU', 'Luxembourg', true, '{Europe/Luxembourg}', '{lb,fr,de}'),
    ('MT', 'Malta', true, '{Europe/Malta}', '{mt,en}'),
    ('NL', 'Netherlands', true, '{Europe/Amsterdam}', '{nl}'),
    ('PL', 'Poland', true, '{Europe/Warsaw}', '{pl}'),
    ('PT', 'Portugal', true, '{Europe/Lisbon,Atlantic/Azores,Atlantic/Madeira}', '{pt}'),
    ('RO', 'Romania', true, '{Europe/Bucharest}', '{ro}'),
    ('SK', 'Slovakia', true, '{Europe/Bratislava}', '{sk}'),
    ('SI', 'Slovenia', true, '{Europe/Ljubljana}', '{sl}'),
    ('ES', 'Spain', true, '{Europe/Madrid,Atlantic/Canary}', '{es}'),
    ('SE', 'Sweden', true, '{Europe/Stockholm}', '{sv}'),
    ('IS', 'Iceland', true, '{Atlantic/Reykjavik}', '{is}'),
    ('LI', 'Liechtenstein', true, '{Europe/Vaduz}', '{de}'),
    ('NO', 'Norway', true, '{Europe/Oslo}', '{nb,nn}');

-- People who log in; country 'EU' for EU-level people.
CREATE TABLE user_account (
    username      text PRIMARY KEY,
    password_hash text    NOT NULL,
    roles         text[]  NOT NULL,
    country       char(2) NOT NULL,
    display_name  text    NOT NULL,
    enabled       boolean NOT NULL DEFAULT true
);

CREATE TABLE refresh_token (
    token      text PRIMARY KEY,
    username   text        NOT NULL REFERENCES user_account,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked    boolean     NOT NULL DEFAULT false
);

-- A country's alert inbox: one item per alert, whatever the redeliveries.
CREATE TABLE inbox_item (
    alert_id         uuid PRIMARY KEY,
    incident_id      uuid        NOT NULL,
    country          char(2)     NOT NULL,
    kind             text        NOT NULL,
    severity         text        NOT NULL,
    tlp              text        NOT NULL,
    mode             text        NOT NULL,
    exercise_id      uuid,
    title            text,
    reporter_country char(2),
    level            text,
    dispatched_at    timestamptz NOT NULL,
    ack_deadline     timestamptz NOT NULL,
    delivered_at     timestamptz NOT NULL,
    status           text        NOT NULL,
    acknowledged_by  text,
    acknowledged_at  timestamptz,
    note             text
);
CREATE INDEX inbox_item_desk ON inbox_item (country, mode, dispatched_at DESC);
