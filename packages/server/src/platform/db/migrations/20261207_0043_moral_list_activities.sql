-- 道德红黑榜 (issue 14 item 3) and 一领四微 with the quarterly selections (item 10, seed 004).
-- Tenant key (village_id) first in every key.

-- The village's rules for the board (红黑榜评议办法), adopted by a resolution of the
-- representatives' meeting or the assembly. A version is written whole and never edited: a
-- change is a new version; the one in force is the latest adopted.
CREATE TABLE moral_list_rules (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  -- the body whose vote decides a listing
  deciding_body text NOT NULL CHECK (deciding_body IN ('moralEvaluationCouncil', 'representativesMeeting')),
  red_months integer NOT NULL CHECK (red_months BETWEEN 1 AND 24),
  black_months integer NOT NULL CHECK (black_months BETWEEN 1 AND 24),
  answer_days integer NOT NULL CHECK (answer_days BETWEEN 3 AND 30),
  -- what a listing means, the only consequence it may have (no sanction beyond these words)
  consequences text NOT NULL CHECK (length(consequences) BETWEEN 1 AND 1000),
  resolution_id uuid NOT NULL,
  adopted_on date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, version),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id)
);

-- One listing: proposed with facts, the person told and heard, the body's vote, published for
-- the term of the rules, removed early only by a recorded decision. A person, never an ID number.
CREATE TABLE moral_listing (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  year integer NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  rules_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('red', 'black')),
  person_id uuid NOT NULL,
  facts text NOT NULL CHECK (length(facts) BETWEEN 1 AND 2000),
  state text NOT NULL
    CHECK (state IN ('proposed', 'notified', 'answered', 'listed', 'rejected', 'removed')),
  proposed_by uuid NOT NULL REFERENCES account (id),
  proposed_on date NOT NULL,
  notified_on date,
  notice_channel text CHECK (notice_channel IN ('inPerson', 'paper', 'phone')),
  answer_due_on date,
  answer text,
  answered_on date,
  answer_source text CHECK (answer_source IN ('phone', 'paper')),
  -- the body's vote: the representatives' resolution, or the council's counts
  decided_on date,
  decided_by_body text CHECK (decided_by_body IN ('moralEvaluationCouncil', 'representativesMeeting')),
  resolution_id uuid,
  council_vote jsonb,
  published_on date,
  expires_on date,
  removed_on date,
  removal_reason text,
  removal_resolution_id uuid,
  removal_vote jsonb,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, year, number),
  FOREIGN KEY (village_id, rules_id) REFERENCES moral_list_rules (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  FOREIGN KEY (village_id, removal_resolution_id) REFERENCES resolution (village_id, id),
  CHECK ((state IN ('listed', 'removed')) = (published_on IS NOT NULL)),
  CHECK ((state = 'removed') = (removed_on IS NOT NULL))
);
CREATE INDEX moral_listing_person ON moral_listing (village_id, person_id);

-- 微阵地 / 微组织 / 微服务: the village's register.
CREATE TABLE micro_unit (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('venue', 'organization', 'service')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  -- where it is (a venue's place, a service's reach), who answers for it
  place text NOT NULL DEFAULT '' CHECK (length(place) <= 100),
  leader_person_id uuid,
  -- the organisation that runs a venue or offers a service
  organization_id uuid,
  active boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, kind, name),
  FOREIGN KEY (village_id, leader_person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, organization_id) REFERENCES micro_unit (village_id, id)
);

-- 微活动: one activity held; its photos are attachments (owner kind microActivity).
CREATE TABLE micro_activity (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  held_on date NOT NULL,
  venue_id uuid,
  organizer_id uuid,
  participants integer NOT NULL CHECK (participants BETWEEN 0 AND 100000),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  recorded_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, venue_id) REFERENCES micro_unit (village_id, id),
  FOREIGN KEY (village_id, organizer_id) REFERENCES micro_unit (village_id, id)
);
CREATE INDEX micro_activity_held ON micro_activity (village_id, held_on DESC);

-- A quarter's 最美庭院 or 最美民星 selection.
CREATE TABLE selection (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('courtyard', 'villageStar')),
  year integer NOT NULL,
  quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  quota integer NOT NULL CHECK (quota BETWEEN 1 AND 20),
  state text NOT NULL CHECK (state IN ('nominating', 'voted', 'reviewed', 'published')),
  opened_by uuid NOT NULL REFERENCES account (id),
  opened_on date NOT NULL,
  -- the representatives' meeting that voted, and its counts
  meeting_id uuid,
  voted_on date,
  members integer,
  present integer,
  reviewed_on date,
  published_on date,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, category, year, quarter),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id)
);

CREATE TABLE selection_nomination (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  selection_id uuid NOT NULL,
  -- a courtyard is a household's, a star a person's
  household_id uuid,
  person_id uuid,
  source text NOT NULL CHECK (source IN ('organization', 'person')),
  nominated_by_unit_id uuid,
  nominated_by_person_id uuid,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  entered_by uuid NOT NULL REFERENCES account (id),
  nominated_on date NOT NULL,
  yes integer,
  outcome text NOT NULL DEFAULT 'pending'
    CHECK (outcome IN ('pending', 'elected', 'notElected', 'confirmed', 'struck')),
  review_note text,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, selection_id, household_id),
  UNIQUE (village_id, selection_id, person_id),
  FOREIGN KEY (village_id, selection_id) REFERENCES selection (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, nominated_by_unit_id) REFERENCES micro_unit (village_id, id),
  FOREIGN KEY (village_id, nominated_by_person_id) REFERENCES person (village_id, id),
  CHECK ((household_id IS NULL) <> (person_id IS NULL)),
  CHECK ((source = 'organization') = (nominated_by_unit_id IS NOT NULL)),
  CHECK ((source = 'person') = (nominated_by_person_id IS NOT NULL))
);
