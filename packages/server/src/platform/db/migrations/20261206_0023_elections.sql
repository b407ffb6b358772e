-- 选举 (elections, issue 12 items 2–5; docs/elections.md "Server"): the election, its election
-- committee (村民选举委员会) and the objections to it, its rules (选举办法) adopted by a resolution,
-- the voter roll (选民登记) with its objections, and the nominations that make the candidate list.
-- Polling, ballots, the count and the result come in a later migration (docs/elections.md
-- "Server: the second half"): they add tables keyed by (village_id, election_id, round) and never
-- a column here that joins a voter to a ballot.
--
-- `election.record` is core's ElectionRecord (machine.ts) as the last act left it: every command
-- replays its act on it with applyElectionAct and writes it back with the stage, in the same
-- transaction as the rows below (which are the facts the pages and the rules read).

CREATE TABLE election (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  title text NOT NULL,
  body text NOT NULL CHECK (body IN ('villagersCommittee', 'supervisionCommittee')),
  -- who votes: the registered villagers, or the representatives' meeting (seed 002)
  electorate text NOT NULL CHECK (electorate IN ('villagers', 'representatives')),
  -- who organises the election's preparation before its election committee exists
  organiser text NOT NULL CHECK (organiser IN ('villagersCommittee', 'partyBranch', 'town', 'jointMeeting')),
  stage text NOT NULL DEFAULT 'new' CHECK (
    stage IN ('new', 'committeeChosen', 'rulesAdopted', 'rollPublished', 'nominating',
      'candidatesPublished', 'polling', 'counted', 'roundScheduled', 'certified', 'handedOver')
  ),
  record jsonb NOT NULL,
  -- the election committee: chosen by which body and when, published, filed with the town (备案)
  committee_chosen_by text CHECK (committee_chosen_by IN ('villagersAssembly', 'representativesMeeting', 'villagerGroups')),
  committee_chosen_on date,
  committee_published_on date,
  committee_filed_on date,
  committee_filed_by uuid REFERENCES account (id),
  -- the rules: the draft published for comment, adopted by a resolution, announced with the timetable
  rules_draft text,
  rules_draft_published_on date,
  rules_comments_until date,
  rules_resolution_id uuid,
  rules_adopted_on date,
  rules_announced_on date,
  election_day date,
  timetable jsonb,
  roll_published_on date,
  nominations_opened_on date,
  candidates_published_on date,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, rules_resolution_id) REFERENCES resolution (village_id, id)
);
CREATE INDEX election_day ON election (village_id, election_day DESC NULLS FIRST);

-- The posts the election fills and their seats (主任 1, 副主任 1, 委员 3; or seed 002's 委员 7).
-- `id` is the post's stable key in core (Post.id) and, later, on the ballots.
CREATE TABLE election_post (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  id text NOT NULL CHECK (id ~ '^[a-z][a-zA-Z0-9]{0,31}$'),
  position integer NOT NULL,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  seats integer NOT NULL CHECK (seats BETWEEN 1 AND 15),
  write_ins boolean NOT NULL DEFAULT false,
  PRIMARY KEY (village_id, election_id, id),
  UNIQUE (village_id, election_id, position),
  FOREIGN KEY (village_id, election_id) REFERENCES election (village_id, id)
);

-- 村民选举委员会: the members seated and the reserves in the ranking of the vote that chose them;
-- a member who withdraws (nominated, or from 2026 a near relative nominated) keeps the row.
CREATE TABLE election_committee_member (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  person_id uuid NOT NULL,
  rank integer NOT NULL CHECK (rank > 0),
  seat text NOT NULL CHECK (seat IN ('chair', 'deputyChair', 'member')),
  status text NOT NULL CHECK (status IN ('seated', 'reserve', 'withdrawn')),
  seated_on date,
  withdrawn_on date,
  withdrawal_reason text CHECK (withdrawal_reason IN ('nominated', 'relativeNominated')),
  PRIMARY KEY (village_id, election_id, person_id),
  UNIQUE (village_id, election_id, rank),
  FOREIGN KEY (village_id, election_id) REFERENCES election (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- Objections (申诉) to the published election committee or to the voter roll: received on a day,
-- decided (and the decision published) on a day; a late decision keeps its breach.
CREATE TABLE election_objection (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  id uuid NOT NULL,
  subject text NOT NULL CHECK (subject IN ('committee', 'roll')),
  objector_name text NOT NULL,
  objector_person_id uuid,
  -- the person the objection is about (left off, wrongly on, the wrong class), if any
  about_person_id uuid,
  reason text NOT NULL,
  received_on date NOT NULL,
  decision text CHECK (decision IN ('upheld', 'dismissed')),
  decision_note text,
  decided_on date,
  breaches jsonb NOT NULL DEFAULT '[]',
  recorded_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, election_id, id),
  FOREIGN KEY (village_id, election_id) REFERENCES election (village_id, id),
  FOREIGN KEY (village_id, objector_person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, about_person_id) REFERENCES person (village_id, id),
  CHECK ((decision IS NULL) = (decided_on IS NULL))
);

-- 选民登记: one row per registered voter of this election. Class 2 keeps its declaration's day,
-- class 3 its residence or village-work start and the resolution that consented. The second half
-- keys its ballot receipts (who took a ballot) on (election, round, person) and its ballots on
-- nothing of this table.
CREATE TABLE election_voter (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  person_id uuid NOT NULL,
  voter_class smallint NOT NULL CHECK (voter_class IN (1, 2, 3)),
  registered_on date NOT NULL,
  declared_on date,
  resident_since date,
  village_work_since date,
  consent_resolution_id uuid,
  removed_on date,
  removed_by_objection uuid,
  PRIMARY KEY (village_id, election_id, person_id),
  FOREIGN KEY (village_id, election_id) REFERENCES election (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, consent_resolution_id) REFERENCES resolution (village_id, id),
  CHECK (voter_class <> 2 OR declared_on IS NOT NULL),
  CHECK (voter_class <> 3 OR consent_resolution_id IS NOT NULL)
);

-- Nominations (提名) by the routes the province allows, with the nomination votes that rank them;
-- publishing the list gives each post's candidates their place in vote order; a written withdrawal
-- is filled from the next nominee.
CREATE TABLE election_nomination (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  id uuid NOT NULL,
  post_id text NOT NULL,
  person_id uuid NOT NULL,
  route text NOT NULL CHECK (route IN ('partyOrganisation', 'villagers', 'jointSignature', 'openNomination', 'selfNomination', 'houseToHouse')),
  nominated_on date NOT NULL,
  supporters integer NOT NULL DEFAULT 0 CHECK (supporters >= 0),
  votes integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
  status text NOT NULL DEFAULT 'nominated' CHECK (status IN ('nominated', 'candidate', 'reserve', 'withdrawn')),
  list_position integer,
  withdrawn_on date,
  withdrawal_written boolean,
  recorded_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, election_id, id),
  UNIQUE (village_id, election_id, post_id, person_id),
  FOREIGN KEY (village_id, election_id, post_id) REFERENCES election_post (village_id, election_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
CREATE INDEX election_nomination_person ON election_nomination (village_id, election_id, person_id);
