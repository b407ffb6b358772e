-- Grid liaison (issue 13 item 4; seed 004): the 片长 duty list and its log, Party members linked
-- to households (党员联系户) and their visits, and 民情 cases. Tenant key first everywhere.

-- The grid chiefs' duty list as data ("6大类35项服务事项清单": the seed gives no texts; the demo's
-- items are marked example). Cadence: how often each item is due in every grid.
CREATE TABLE liaison_duty (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  category text NOT NULL,
  title text NOT NULL,
  cadence text NOT NULL CHECK (cadence IN ('weekly', 'monthly', 'quarterly', 'yearly', 'asNeeded')),
  example boolean NOT NULL DEFAULT false,
  since date NOT NULL,
  retired_on date,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number)
);

-- Each time a grid's chief did a duty item.
CREATE TABLE liaison_duty_log (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  duty_id uuid NOT NULL,
  grid_id uuid NOT NULL,
  done_on date NOT NULL,
  note text NOT NULL DEFAULT '',
  logged_by uuid REFERENCES account (id),
  logged_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, duty_id) REFERENCES liaison_duty (village_id, id),
  FOREIGN KEY (village_id, grid_id) REFERENCES grid (village_id, id)
);
CREATE INDEX liaison_duty_log_grid ON liaison_duty_log (village_id, grid_id, duty_id, done_on);

-- A Party member linked to a household; a household has at most one current link.
CREATE TABLE liaison_link (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  member_person_id uuid NOT NULL,
  household_id uuid NOT NULL,
  since date NOT NULL,
  ended_on date,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, member_person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  CHECK (ended_on IS NULL OR ended_on >= since)
);
CREATE UNIQUE INDEX liaison_link_current ON liaison_link (village_id, household_id) WHERE ended_on IS NULL;
CREATE INDEX liaison_link_member ON liaison_link (village_id, member_person_id);

-- A visit to a household by its linked member or its grid chief; it may raise a 民情 case.
-- Photos will come from the attachments store (owner kind liaisonVisit).
CREATE TABLE liaison_visit (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  household_id uuid NOT NULL,
  visitor_person_id uuid NOT NULL,
  visitor_kind text NOT NULL CHECK (visitor_kind IN ('partyMember', 'gridChief')),
  visited_on date NOT NULL,
  note text NOT NULL,
  logged_by uuid REFERENCES account (id),
  logged_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  FOREIGN KEY (village_id, visitor_person_id) REFERENCES person (village_id, id)
);
CREATE INDEX liaison_visit_household ON liaison_visit (village_id, household_id, visited_on);

-- A 民情 case. The reporter is a registered villager (person id), a name a grid chief wrote
-- down, or nobody (anonymous, followed by its 查询码). Shown only to the case's handlers; the audit
-- chain never carries who reported. A repeat merged into an open case keeps its row (and its
-- 查询码), pointing at the case its reporter now follows.
CREATE TABLE liaison_case (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL,
  source text NOT NULL CHECK (source IN ('villager', 'gridChief', 'visit')),
  anonymous boolean NOT NULL,
  reporter_person_id uuid,
  reporter_name text,
  reporter_phone text,
  household_id uuid,
  grid_id uuid,
  visit_id uuid,
  category text NOT NULL CHECK (category IN ('infrastructure', 'environment', 'safety', 'dispute',
    'livelihood', 'policy', 'cadreConduct', 'other')),
  urgency text NOT NULL CHECK (urgency IN ('urgent', 'normal', 'low')),
  subject text NOT NULL,
  body text NOT NULL,
  concerns_person_ids uuid[] NOT NULL DEFAULT '{}',
  level text NOT NULL CHECK (level IN ('grid', 'village', 'supervision', 'town')),
  state text NOT NULL CHECK (state IN ('reported', 'acknowledged', 'handling', 'routed', 'answered',
    'rated', 'unrated', 'closed', 'merged')),
  reported_on date NOT NULL,
  -- due dates are stored at each transition, with the profile version they came from
  due_on date NOT NULL,
  profile_version text NOT NULL,
  -- where it was handed (one of: a village body kind, a town department) and who handed it
  routed_body text,
  routed_department_id uuid REFERENCES town_department (id),
  routed_by uuid REFERENCES account (id),
  routed_note text,
  feedback text,
  answered_on date,
  rating_due_on date,
  rating text CHECK (rating IN ('satisfied', 'basicallySatisfied', 'dissatisfied')),
  rated_on date,
  reopen_count integer NOT NULL DEFAULT 0 CHECK (reopen_count BETWEEN 0 AND 1),
  merged_into uuid,
  tracking_hash text NOT NULL,
  entered_by uuid REFERENCES account (id),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, reporter_person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  FOREIGN KEY (village_id, grid_id) REFERENCES grid (village_id, id),
  FOREIGN KEY (village_id, visit_id) REFERENCES liaison_visit (village_id, id),
  FOREIGN KEY (village_id, merged_into) REFERENCES liaison_case (village_id, id),
  CHECK (NOT anonymous OR (reporter_person_id IS NULL AND reporter_name IS NULL AND reporter_phone IS NULL)),
  CHECK ((state = 'merged') = (merged_into IS NOT NULL)),
  CHECK (state NOT IN ('answered', 'rated', 'unrated', 'closed') OR feedback IS NOT NULL),
  CHECK (routed_body IS NULL OR routed_department_id IS NULL)
);
CREATE UNIQUE INDEX liaison_case_tracking ON liaison_case (village_id, tracking_hash);
CREATE INDEX liaison_case_queue ON liaison_case (village_id, state, due_on);
CREATE INDEX liaison_case_reporter ON liaison_case (village_id, reporter_person_id);
CREATE INDEX liaison_case_merged ON liaison_case (village_id, merged_into) WHERE merged_into IS NOT NULL;

-- Each step a case took, for its timeline (the reporter sees the steps and the answer, never
-- who handled it by name; the audit chain holds the same acts).
CREATE TABLE liaison_case_step (
  village_id uuid NOT NULL,
  case_id uuid NOT NULL,
  seq integer NOT NULL,
  action text NOT NULL,
  to_state text NOT NULL,
  level text NOT NULL,
  note text,
  due_on date,
  acted_by uuid REFERENCES account (id),
  acted_on date NOT NULL,
  acted_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, case_id, seq),
  FOREIGN KEY (village_id, case_id) REFERENCES liaison_case (village_id, id)
);
