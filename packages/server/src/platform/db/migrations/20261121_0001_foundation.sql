-- Foundation: hierarchy, registry, bodies, accounts, audit chain.
-- Every village-scoped (tenant) table carries village_id first in its primary
-- key and in every foreign key to another tenant table, so a distributed
-- PostgreSQL (Citus) can shard all of them by village_id and co-locate joins.
-- county and town are small shared reference tables.

CREATE TABLE county (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  code text NOT NULL UNIQUE
);

CREATE TABLE town (
  id uuid PRIMARY KEY,
  county_id uuid NOT NULL REFERENCES county (id),
  name text NOT NULL,
  code text NOT NULL UNIQUE
);

CREATE TABLE village (
  id uuid PRIMARY KEY,
  town_id uuid NOT NULL REFERENCES town (id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('village', 'community')),
  code text NOT NULL UNIQUE,
  area_code char(6) NOT NULL
);

CREATE TABLE villager_group (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  name text NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number)
);

CREATE TABLE grid (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  name text NOT NULL,
  chief_person_id uuid,
  PRIMARY KEY (village_id, id)
);

CREATE TABLE household (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number text NOT NULL,
  villager_group_id uuid NOT NULL,
  grid_id uuid,
  address text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, villager_group_id) REFERENCES villager_group (village_id, id),
  FOREIGN KEY (village_id, grid_id) REFERENCES grid (village_id, id)
);

CREATE TABLE person (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  household_id uuid NOT NULL,
  name text NOT NULL,
  gender text NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date date NOT NULL,
  resident_id_number text,
  phone text,
  relation_to_head text NOT NULL CHECK (relation_to_head IN ('head', 'spouse', 'child', 'childInLaw', 'grandchild', 'parent', 'parentInLaw', 'grandparent', 'sibling', 'other')),
  residence_status text NOT NULL CHECK (residence_status IN ('resident', 'migrantOut', 'movedIn')),
  residence_since date,
  party_member boolean NOT NULL DEFAULT false,
  party_joined_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, resident_id_number),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id)
);

CREATE UNIQUE INDEX person_one_head_per_household ON person (village_id, household_id) WHERE relation_to_head = 'head';
CREATE INDEX person_household ON person (village_id, household_id);
CREATE INDEX person_name ON person (village_id, name text_pattern_ops);
CREATE INDEX person_phone ON person (village_id, phone text_pattern_ops);
CREATE INDEX household_group ON household (village_id, villager_group_id);

ALTER TABLE grid ADD FOREIGN KEY (village_id, chief_person_id) REFERENCES person (village_id, id) DEFERRABLE INITIALLY DEFERRED;

-- Family ties that a household register does not show (a married-out daughter, a parent living apart).
CREATE TABLE kin_tie (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('spouse', 'parent', 'sibling')),
  person_a uuid NOT NULL,
  person_b uuid NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, person_a) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, person_b) REFERENCES person (village_id, id),
  CHECK (person_a <> person_b)
);

CREATE TABLE body (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  kind text NOT NULL,
  name text NOT NULL,
  parent_body_id uuid,
  seats integer CHECK (seats IS NULL OR seats > 0),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, parent_body_id) REFERENCES body (village_id, id)
);

CREATE TABLE body_term (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  body_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, body_id) REFERENCES body (village_id, id),
  CHECK (ends_on > starts_on)
);

CREATE TABLE body_membership (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  body_id uuid NOT NULL,
  term_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL,
  starts_on date NOT NULL,
  ended_on date,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, body_id) REFERENCES body (village_id, id),
  FOREIGN KEY (village_id, term_id) REFERENCES body_term (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
CREATE INDEX body_membership_person ON body_membership (village_id, person_id);

-- Accounts are global: a staff account spans villages; a villager account
-- points at its person in one village.
CREATE TABLE account (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('villager', 'staff')),
  phone text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  village_id uuid,
  person_id uuid,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  CHECK ((kind = 'villager') = (person_id IS NOT NULL))
);

CREATE TABLE staff_scope (
  account_id uuid NOT NULL REFERENCES account (id),
  level text NOT NULL CHECK (level IN ('town', 'county')),
  scope_id uuid NOT NULL,
  title text NOT NULL,
  PRIMARY KEY (account_id, level, scope_id)
);

CREATE TABLE session (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX session_account ON session (account_id);

-- Audit chain: one chain per village (chain_id = village id); county-level
-- events (staff accounts) chain under the county id. hash = sha256(prev_hash
-- || '\n' || canonical event). audit_head holds the tip, locked FOR UPDATE
-- while appending so events of one chain are strictly ordered.
CREATE TABLE audit_event (
  chain_id uuid NOT NULL,
  seq bigint NOT NULL,
  actor_account_id uuid,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  data jsonb NOT NULL,
  occurred_at text NOT NULL,
  prev_hash char(64) NOT NULL,
  hash char(64) NOT NULL,
  PRIMARY KEY (chain_id, seq)
);
CREATE INDEX audit_event_target ON audit_event (chain_id, target_type, target_id);

CREATE TABLE audit_head (
  chain_id uuid PRIMARY KEY,
  seq bigint NOT NULL,
  hash char(64) NOT NULL
);

CREATE TABLE roster_import (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  file_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'failed', 'succeeded')),
  total_rows integer NOT NULL DEFAULT 0,
  processed_rows integer NOT NULL DEFAULT 0,
  errors jsonb NOT NULL DEFAULT '[]',
  households_created integer NOT NULL DEFAULT 0,
  persons_created integer NOT NULL DEFAULT 0,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (village_id, id)
);
