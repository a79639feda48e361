-- Authorities, the people who work for them, and their sign-in sessions. Designed for a network:
-- several Member States' authorities and the Commission (an authority of its own kind) from the start.

DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'riskcase_app') THEN
    CREATE ROLE riskcase_app NOLOGIN;
  END IF;
END $$;
-- The connecting (owner) role must be able to SET ROLE riskcase_app; a superuser already can.
DO $$ BEGIN
  EXECUTE format('GRANT riskcase_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL;
END $$;

CREATE TABLE authorities (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  kind text NOT NULL CHECK (kind IN ('member-state', 'commission')),
  -- ISO 3166 code of the Member State; the Commission has none.
  country text CHECK (country ~ '^[A-Z]{2}$'),
  CHECK ((kind = 'commission') = (country IS NULL))
);

CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  authority_id text NOT NULL REFERENCES authorities (id),
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  roles text[] NOT NULL CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['assessor', 'case-officer', 'contact-point', 'policy-officer', 'trainer', 'trainee', 'administrator']),
  -- argon2id; NULL once the person is erased (they can never sign in again).
  password_hash text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Set when the person's personal data was erased (pseudonymised): the acts stay, the name goes.
  erased_at timestamptz
);
CREATE INDEX people_by_authority ON people (authority_id);

CREATE TABLE sessions (
  -- SHA-256 of the cookie's token: a copy of this table gives nobody a usable cookie.
  id text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_person ON sessions (person_id);

CREATE TABLE sign_in_attempts (
  email text NOT NULL,
  address text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  succeeded boolean NOT NULL
);
CREATE INDEX sign_in_attempts_by_email ON sign_in_attempts (email, at);
CREATE INDEX sign_in_attempts_by_address ON sign_in_attempts (address, at);

-- The server's role sees the directory of authorities and its own authority's people, never
-- password hashes, sessions or sign-in attempts (those are handled as the owner at sign-in).
ALTER TABLE authorities ENABLE ROW LEVEL SECURITY;
CREATE POLICY authorities_directory ON authorities FOR SELECT TO riskcase_app USING (true);
GRANT SELECT ON authorities TO riskcase_app;

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE POLICY people_of_own_authority ON people TO riskcase_app
  USING (authority_id = current_setting('app.authority', true))
  WITH CHECK (authority_id = current_setting('app.authority', true));
GRANT SELECT (id, authority_id, email, name, roles, active, created_at, erased_at) ON people TO riskcase_app;
GRANT INSERT (authority_id, email, name, roles, password_hash) ON people TO riskcase_app;
GRANT UPDATE (name, roles, active) ON people TO riskcase_app;
