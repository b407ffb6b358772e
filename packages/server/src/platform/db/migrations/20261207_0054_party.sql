-- The village Party organisation (issue 15 items 8, 9, 11; seeds 002 and 004): its units (the
-- branch, general branch or Party committee, the sub-branches by villager group or by kind, the
-- Party groups), its members, the branch committee's seats, and the 三会一课 records. Tenant key first.

-- A unit of the village Party organisation. The village's own organisation has no parent (one at a
-- time); sub-branches hang under a general branch or committee, groups under any unit. A joint
-- branch (联合党支部) stands for a village with fewer than three formal members joined with others.
CREATE TABLE party_unit (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('committee', 'generalBranch', 'branch', 'jointBranch', 'subBranch', 'group')),
  parent_id uuid,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  -- a sub-branch or group is set up by villager group (seed 004) or by kind of member (seed 002)
  basis text CHECK (basis IN ('villagerGroup', 'kind')),
  villager_group_id uuid,
  -- 主题党日: the fixed day of each month
  theme_day smallint CHECK (theme_day BETWEEN 1 AND 28),
  -- the higher Party committee's approval where the structure needs one (a committee, a congress)
  approval_ref text CHECK (length(approval_ref) BETWEEN 1 AND 100),
  founded_on date NOT NULL,
  dissolved_on date,
  created_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, name),
  FOREIGN KEY (village_id, parent_id) REFERENCES party_unit (village_id, id),
  FOREIGN KEY (village_id, villager_group_id) REFERENCES villager_group (village_id, id),
  CHECK ((kind IN ('subBranch', 'group')) = (parent_id IS NOT NULL)),
  CHECK ((basis = 'villagerGroup') = (villager_group_id IS NOT NULL)),
  CHECK (dissolved_on IS NULL OR dissolved_on >= founded_on)
);
CREATE UNIQUE INDEX party_unit_one_top ON party_unit (village_id) WHERE parent_id IS NULL AND dissolved_on IS NULL;
CREATE INDEX party_unit_parent ON party_unit (village_id, parent_id);

-- A Party member's record, keyed to the registry person. person.party_member stays the flag every
-- older reader uses (commands here keep it true while the member belongs); a person flagged there
-- without a row here counts as a formal member whose details are not yet recorded.
-- Probationary (预备党员) until status 'formal'; formal_on is the date of 转正 where known.
CREATE TABLE party_member (
  village_id uuid NOT NULL REFERENCES village (id),
  person_id uuid NOT NULL,
  -- the smallest unit the member belongs to (a group, a sub-branch or the branch itself)
  unit_id uuid,
  status text NOT NULL CHECK (status IN ('formal', 'probationary')),
  joined_on date,
  formal_on date,
  category text CHECK (category IN ('employed', 'withoutPost', 'retired', 'migrant')),
  -- 流动党员: where the member is now (city, employer), so the branch can reach them
  whereabouts text CHECK (length(whereabouts) BETWEEN 1 AND 100),
  left_on date,
  left_reason text CHECK (left_reason IN ('transferredOut', 'deceased', 'expelled', 'withdrawn')),
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, person_id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, unit_id) REFERENCES party_unit (village_id, id),
  CHECK (status = 'formal' OR formal_on IS NULL),
  CHECK (formal_on IS NULL OR joined_on IS NULL OR formal_on >= joined_on),
  CHECK (category = 'migrant' OR whereabouts IS NULL),
  CHECK ((left_on IS NULL) = (left_reason IS NULL))
);
CREATE INDEX party_member_unit ON party_member (village_id, unit_id);

-- A seat on a unit's committee (支部委员会): secretary, deputy, members; dated.
CREATE TABLE party_committee_seat (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  unit_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('secretary', 'deputySecretary', 'member')),
  since date NOT NULL,
  until date,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, unit_id) REFERENCES party_unit (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES party_member (village_id, person_id),
  CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX party_committee_seat_current ON party_committee_seat (village_id, unit_id, person_id) WHERE until IS NULL;

-- 三会一课 and the yearly meetings: one meeting of a unit as held. The venue is one of the 1+N
-- 党群服务阵地 (the 微阵地 register, micro_unit) or a place written in. Photos are attachments
-- (owner kind partyMeeting). Attendance and, for 民主评议党员, each member's rating below.
CREATE TABLE party_meeting (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  unit_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('membersMeeting', 'committeeMeeting', 'groupMeeting', 'themeDay', 'lecture', 'lifeMeeting', 'review')),
  held_on date NOT NULL,
  venue_id uuid,
  venue text CHECK (length(venue) BETWEEN 1 AND 100),
  host_person_id uuid NOT NULL,
  topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
  minutes text NOT NULL CHECK (length(minutes) BETWEEN 1 AND 5000),
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, unit_id) REFERENCES party_unit (village_id, id),
  FOREIGN KEY (village_id, venue_id) REFERENCES micro_unit (village_id, id),
  FOREIGN KEY (village_id, host_person_id) REFERENCES person (village_id, id),
  CHECK ((venue_id IS NULL) <> (venue IS NULL))
);
CREATE INDEX party_meeting_unit ON party_meeting (village_id, unit_id, kind, held_on);

CREATE TABLE party_meeting_attendee (
  village_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  person_id uuid NOT NULL,
  presence text NOT NULL CHECK (presence IN ('present', 'leave', 'absent')),
  leave_reason text CHECK (length(leave_reason) BETWEEN 1 AND 100),
  -- 民主评议党员 only
  rating text CHECK (rating IN ('excellent', 'qualified', 'basicallyQualified', 'unqualified')),
  PRIMARY KEY (village_id, meeting_id, person_id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES party_meeting (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  CHECK (presence = 'leave' OR leave_reason IS NULL)
);
CREATE INDEX party_meeting_attendee_person ON party_meeting_attendee (village_id, person_id);
