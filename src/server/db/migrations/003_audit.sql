-- The append-only audit trail: who, which authority, server time, what changed in words. The
-- server's role may add entries, only in its own name and authority, and never change or remove
-- one; a trigger refuses UPDATE, DELETE and TRUNCATE to every role, the owner included.

CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  authority_id text NOT NULL REFERENCES authorities (id),
  person_id uuid REFERENCES people (id),
  action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  record_kind text,
  record_id text,
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000)
);
CREATE INDEX audit_by_authority ON audit (authority_id, id);
CREATE INDEX audit_by_record ON audit (authority_id, record_kind, record_id);

ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read_own_authority ON audit FOR SELECT
  USING (authority_id = current_setting('app.authority', true));
CREATE POLICY audit_write_own_name ON audit FOR INSERT
  WITH CHECK (authority_id = current_setting('app.authority', true)
              AND person_id = nullif(current_setting('app.person', true), '')::uuid);
GRANT SELECT, INSERT ON audit TO riskcase_app;
GRANT USAGE ON SEQUENCE audit_id_seq TO riskcase_app;

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
