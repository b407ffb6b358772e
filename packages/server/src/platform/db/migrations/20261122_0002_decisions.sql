-- Decisions: matters and their procedure steps, meetings, attendance,
-- motions and votes, resolutions, notices, authorisations and charter
-- overrides of the rule profile. Tenant key (village_id) first everywhere.

ALTER TABLE village ADD COLUMN rule_profile text NOT NULL DEFAULT 'national';
-- 财会/管理 knowledge for VCOL Art. 32 (at least one supervision member has it)
ALTER TABLE body_membership ADD COLUMN qualifications text[] NOT NULL DEFAULT '{}';

-- A village charter clause that changes one rule's parameters (adopted by the assembly).
CREATE TABLE charter_override (
  village_id uuid NOT NULL REFERENCES village (id),
  rule_id text NOT NULL,
  params jsonb NOT NULL,
  adopted_on date NOT NULL,
  resolution_id uuid,
  PRIMARY KEY (village_id, rule_id)
);

CREATE TABLE meeting_demand (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  kind text NOT NULL,
  route text NOT NULL CHECK (route IN ('villagers', 'representatives')),
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'collecting' CHECK (status IN ('collecting', 'met', 'convened')),
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id)
);

CREATE TABLE demand_signature (
  village_id uuid NOT NULL REFERENCES village (id),
  demand_id uuid NOT NULL,
  person_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('app', 'paper')),
  recorded_by uuid NOT NULL REFERENCES account (id),
  signed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, demand_id, person_id),
  FOREIGN KEY (village_id, demand_id) REFERENCES meeting_demand (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

CREATE TABLE meeting (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  kind text NOT NULL,
  villager_group_id uuid,
  title text NOT NULL,
  meeting_on date NOT NULL,
  starts_at text NOT NULL DEFAULT '',
  place text NOT NULL DEFAULT '',
  notice_on date NOT NULL,
  demand_id uuid,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'closed', 'cancelled')),
  convened_by uuid NOT NULL REFERENCES account (id),
  agenda text NOT NULL DEFAULT '',
  agenda_review text NOT NULL DEFAULT 'pending' CHECK (agenda_review IN ('pending', 'approved', 'returned')),
  agenda_review_note text NOT NULL DEFAULT '',
  agenda_reviewed_by uuid,
  agenda_reviewed_on date,
  -- the supervision committee's record: attendance, procedure and count valid? (seed 002)
  verdict jsonb,
  invalid_reason text,
  minutes text NOT NULL DEFAULT '',
  check_in_code text NOT NULL,
  opened_at timestamptz,
  closed_at timestamptz,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, demand_id) REFERENCES meeting_demand (village_id, id),
  FOREIGN KEY (village_id, villager_group_id) REFERENCES villager_group (village_id, id),
  FOREIGN KEY (village_id, agenda_reviewed_by) REFERENCES person (village_id, id)
);
CREATE INDEX meeting_date ON meeting (village_id, meeting_on);

CREATE TABLE attendance (
  village_id uuid NOT NULL REFERENCES village (id),
  meeting_id uuid NOT NULL,
  person_id uuid NOT NULL,
  -- member: counts and votes; householdRepresentative: the assembly's 户的代表,
  -- supervisor: attends without a vote; observer: 列席
  capacity text NOT NULL CHECK (capacity IN ('member', 'householdRepresentative', 'supervisor', 'observer')),
  method text NOT NULL CHECK (method IN ('qr', 'clerk')),
  recorded_by uuid NOT NULL REFERENCES account (id),
  checked_in_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, meeting_id, person_id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

CREATE TABLE meeting_proxy (
  village_id uuid NOT NULL REFERENCES village (id),
  meeting_id uuid NOT NULL,
  principal_id uuid NOT NULL,
  holder_id uuid NOT NULL,
  lodged_on date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES account (id),
  PRIMARY KEY (village_id, meeting_id, principal_id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id),
  FOREIGN KEY (village_id, principal_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, holder_id) REFERENCES person (village_id, id),
  CHECK (principal_id <> holder_id)
);

CREATE TABLE matter (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  category text NOT NULL,
  workflow text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided', 'implemented', 'withdrawn')),
  revokes_resolution_id uuid,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number)
);

CREATE TABLE motion (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  number integer NOT NULL,
  matter_id uuid,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  voting text NOT NULL CHECK (voting IN ('showOfHands', 'electronic', 'secret')),
  special boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  yes integer,
  no integer,
  abstain integer,
  passed boolean,
  -- core's DecisionResult and the presence it was computed on
  result jsonb,
  opened_at timestamptz,
  closed_at timestamptz,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, meeting_id, number),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id),
  FOREIGN KEY (village_id, matter_id) REFERENCES matter (village_id, id)
);
CREATE INDEX motion_matter ON motion (village_id, matter_id);

-- Named electronic votes (open voting): one row per voter and motion.
CREATE TABLE vote (
  village_id uuid NOT NULL REFERENCES village (id),
  motion_id uuid NOT NULL,
  person_id uuid NOT NULL,
  choice text NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
  PRIMARY KEY (village_id, motion_id, person_id),
  FOREIGN KEY (village_id, motion_id) REFERENCES motion (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- Secret ballots: who has voted (no choice, no time) ...
CREATE TABLE ballot_receipt (
  village_id uuid NOT NULL REFERENCES village (id),
  motion_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (village_id, motion_id, person_id),
  FOREIGN KEY (village_id, motion_id) REFERENCES motion (village_id, id)
);
-- ... and the running count (no voter). Every vote rewrites all three counts,
-- so no stored row version says which count a given voter changed.
CREATE TABLE secret_tally (
  village_id uuid NOT NULL REFERENCES village (id),
  motion_id uuid NOT NULL,
  yes integer NOT NULL DEFAULT 0,
  no integer NOT NULL DEFAULT 0,
  abstain integer NOT NULL DEFAULT 0,
  PRIMARY KEY (village_id, motion_id),
  FOREIGN KEY (village_id, motion_id) REFERENCES motion (village_id, id)
);

CREATE TABLE resolution (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  year integer NOT NULL,
  number integer NOT NULL,
  meeting_id uuid NOT NULL,
  motion_id uuid NOT NULL,
  matter_id uuid,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  adopted_on date NOT NULL,
  decision jsonb NOT NULL,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  revoked_by uuid,
  revoked_on date,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, year, number),
  UNIQUE (village_id, motion_id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id),
  FOREIGN KEY (village_id, motion_id) REFERENCES motion (village_id, id),
  FOREIGN KEY (village_id, matter_id) REFERENCES matter (village_id, id)
);

ALTER TABLE matter ADD FOREIGN KEY (village_id, revokes_resolution_id) REFERENCES resolution (village_id, id);

-- The assembly lets the representatives' meeting decide listed Art. 24 matters for a period.
CREATE TABLE authorisation (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  resolution_id uuid NOT NULL,
  categories text[] NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  revoked_on date,
  created_by uuid NOT NULL REFERENCES account (id),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  CHECK (ends_on >= starts_on)
);

CREATE TABLE notice (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('topic', 'meeting', 'resolution', 'implementationResult')),
  title text NOT NULL,
  body text NOT NULL,
  published_on date NOT NULL,
  period_ends_on date,
  matter_id uuid,
  resolution_id uuid,
  meeting_id uuid,
  published_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, matter_id) REFERENCES matter (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id)
);
CREATE INDEX notice_published ON notice (village_id, published_on DESC);

CREATE TABLE matter_step (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  matter_id uuid NOT NULL,
  kind text NOT NULL,
  on_date date NOT NULL,
  meeting_id uuid,
  motion_id uuid,
  notice_id uuid,
  note text NOT NULL DEFAULT '',
  -- folded into the joint meeting under 一肩挑 (SIYI-ORDER)
  merged boolean NOT NULL DEFAULT false,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, matter_id, kind),
  FOREIGN KEY (village_id, matter_id) REFERENCES matter (village_id, id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id),
  FOREIGN KEY (village_id, motion_id) REFERENCES motion (village_id, id),
  FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id)
);
