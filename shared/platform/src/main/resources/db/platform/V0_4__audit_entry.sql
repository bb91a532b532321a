-- The append-only, hash-chained audit trail (DESIGN §13). Writers insert in the transaction of the change;
-- one sealer per service fills prev_hash/hash in id order once no transaction can still hold a lower id.
CREATE SEQUENCE audit_entry_id_seq AS bigint CACHE 1;

-- Why a function for the id: the sealer decides that every id <= H is final once every transaction that was
-- running when it read the sequence has ended. A transaction only shows in a snapshot once it has an xid, and an
-- INSERT takes its xid after evaluating its defaults; taking the xid first closes that window. CACHE 1 (above)
-- keeps the sequence's last_value an upper bound of every id handed out.
CREATE FUNCTION audit_entry_next_id() RETURNS bigint
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_current_xact_id();
    RETURN nextval('audit_entry_id_seq');
END
$$;

CREATE TABLE audit_entry (
    id            bigint      PRIMARY KEY DEFAULT audit_entry_next_id(),
    at            timestamptz NOT NULL,
    actor         text        NOT NULL,
    actor_country text,
    action        text        NOT NULL,
    target_type   text,
    target_id     text,
    country       text,
    detail        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    prev_hash     text,
    hash          text
);
ALTER SEQUENCE audit_entry_id_seq OWNED BY audit_entry.id;

CREATE INDEX audit_entry_unsealed ON audit_entry (id) WHERE hash IS NULL;
CREATE INDEX audit_entry_actor ON audit_entry (actor, id);
CREATE INDEX audit_entry_target ON audit_entry (target_id, id);
CREATE INDEX audit_entry_country ON audit_entry (country, id);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- History cannot be rewritten by the service's own role: a row may be inserted and read; the only update allowed
-- is the sealer's, setting prev_hash/hash of a row not sealed yet and nothing else. Deleting and truncating are
-- refused; retention and export are an operator's task (README: "Audit trail retention").
CREATE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
           AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
           AND NEW.actor_country IS NOT DISTINCT FROM OLD.actor_country AND NEW.action = OLD.action
           AND NEW.target_type IS NOT DISTINCT FROM OLD.target_type AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
           AND NEW.country IS NOT DISTINCT FROM OLD.country AND NEW.detail = OLD.detail THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_entry % is append-only: only the sealer may set prev_hash and hash of an unsealed row', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

-- Retention (an operator's task, README): once entries up to an id are exported and removed, the hash of the last
-- one removed anchors the chain, so verification starts from it. Rows here are never changed or removed.
CREATE TABLE audit_archive (
    archived_up_to bigint      PRIMARY KEY,
    last_hash      text        NOT NULL,
    archived_at    timestamptz NOT NULL DEFAULT now(),
    archived_by    text        NOT NULL
);
CREATE FUNCTION audit_archive_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_archive is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_archive_append_only BEFORE UPDATE OR DELETE ON audit_archive
    FOR EACH ROW EXECUTE FUNCTION audit_archive_append_only();
CREATE TRIGGER audit_archive_no_truncate BEFORE TRUNCATE ON audit_archive
    FOR EACH STATEMENT EXECUTE FUNCTION audit_archive_append_only();
