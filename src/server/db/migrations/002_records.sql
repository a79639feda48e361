-- The records that sync between browsers and the server: assessments, case files, rule-set
-- versions, training sessions. Each carries its revision (the optimistic lock a push is checked
-- against) and a change number per authority (the pull checkpoint).

CREATE TABLE change_clock (
  authority_id text PRIMARY KEY REFERENCES authorities (id),
  seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE records (
  authority_id text NOT NULL REFERENCES authorities (id),
  kind text NOT NULL CHECK (kind IN ('assessment', 'case', 'rule-set', 'training-session')),
  id text NOT NULL CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$'),
  rev integer NOT NULL CHECK (rev >= 1),
  -- The authority's change number of this record's last change: changes are pulled in this order.
  seq bigint NOT NULL,
  -- NULL once deleted (the deletion itself syncs, as a change).
  body jsonb,
  deleted boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES people (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (authority_id, kind, id),
  CHECK (deleted = (body IS NULL))
);
CREATE UNIQUE INDEX records_by_seq ON records (authority_id, seq);

-- FORCE: even the owner goes through the policies, so no code path forgets the authority.
ALTER TABLE change_clock ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_clock FORCE ROW LEVEL SECURITY;
CREATE POLICY clock_of_own_authority ON change_clock
  USING (authority_id = current_setting('app.authority', true))
  WITH CHECK (authority_id = current_setting('app.authority', true));
GRANT SELECT, INSERT, UPDATE ON change_clock TO riskcase_app;

ALTER TABLE records ENABLE ROW LEVEL SECURITY;
ALTER TABLE records FORCE ROW LEVEL SECURITY;
CREATE POLICY records_of_own_authority ON records
  USING (authority_id = current_setting('app.authority', true))
  WITH CHECK (authority_id = current_setting('app.authority', true));
GRANT SELECT, INSERT, UPDATE ON records TO riskcase_app;
