-- The points scheme (积分制, seeds 003 and 004; issue 14 items 1 and 2): a scheme's versions and
-- items, the awards proposed under it, the publicity notices that show them, contests against
-- them, and the append-only ledger every balance is summed from. Tenant key first.

-- A version of the village's points scheme. A version is written whole and never edited: a change
-- is a new version. It takes effect only through a numbered resolution of the body core routes it
-- to (the representatives' meeting or the assembly; the assembly alone when it is part of the
-- village rules); the version in force on a day is the adopted one with the latest effective date.
CREATE TABLE points_scheme (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  part_of_village_rules boolean NOT NULL,
  -- whether a person's points also count in the household's balance
  person_rolls_into_household boolean NOT NULL,
  publicity_days integer NOT NULL CHECK (publicity_days BETWEEN 1 AND 30),
  publicity_unit text NOT NULL CHECK (publicity_unit IN ('working', 'calendar')),
  -- the body whose members check awards, and the body that hears contests (body kinds)
  reviewer_body_kind text NOT NULL,
  contest_body_kind text NOT NULL,
  drafted_by uuid NOT NULL REFERENCES account (id),
  drafted_on date NOT NULL,
  resolution_id uuid,
  adopted_on date,
  effective_from date,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, version),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  CHECK ((resolution_id IS NULL) = (adopted_on IS NULL)),
  CHECK ((resolution_id IS NULL) = (effective_from IS NULL)),
  CHECK (effective_from IS NULL OR effective_from >= adopted_on)
);
CREATE UNIQUE INDEX points_scheme_resolution ON points_scheme (village_id, resolution_id);

-- An item of a version (加分项 / 扣分项): points per award, whether evidence is required, an
-- optional cap per beneficiary and period (in points, either sign), and who it is awarded to.
CREATE TABLE points_item (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  scheme_id uuid NOT NULL,
  position integer NOT NULL CHECK (position > 0),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  points integer NOT NULL CHECK (points <> 0 AND points BETWEEN -1000 AND 1000),
  evidence_required boolean NOT NULL,
  cap_points integer CHECK (cap_points > 0),
  cap_period text CHECK (cap_period IN ('month', 'quarter', 'year')),
  beneficiary text NOT NULL CHECK (beneficiary IN ('person', 'household')),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, scheme_id, position),
  FOREIGN KEY (village_id, scheme_id) REFERENCES points_scheme (village_id, id),
  CHECK ((cap_points IS NULL) = (cap_period IS NULL))
);

-- A publicity notice (积分公示, 〔2026〕第N号): the checked awards it shows and its period, whose
-- end is counted by core's day counting from the scheme's publicity days.
CREATE TABLE points_notice (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  year integer NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  scheme_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  published_by uuid NOT NULL REFERENCES account (id),
  published_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, year, number),
  FOREIGN KEY (village_id, scheme_id) REFERENCES points_scheme (village_id, id),
  CHECK (ends_on >= starts_on)
);

-- An award (积分申报): proposed with facts and evidence (photos and documents are attachments of
-- owner kind pointsAward; a platform record is named by kind and id), checked by a member of the
-- scheme's reviewing body who is neither the proposer nor a close relative of the beneficiary, or
-- returned; shown in a notice; counted when its publicity has ended and no contest is open.
CREATE TABLE points_award (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  scheme_id uuid NOT NULL,
  item_id uuid NOT NULL,
  household_id uuid NOT NULL,
  person_id uuid,
  points integer NOT NULL CHECK (points <> 0),
  occurred_on date NOT NULL,
  facts text NOT NULL CHECK (length(facts) BETWEEN 1 AND 2000),
  evidence_record_kind text,
  evidence_record_id uuid,
  proposer_role text NOT NULL CHECK (proposer_role IN ('gridChief', 'cadre', 'socialOrganization')),
  proposer_organization text,
  proposed_by uuid NOT NULL REFERENCES account (id),
  proposed_on date NOT NULL,
  state text NOT NULL CHECK (state IN ('proposed', 'returned', 'checked', 'inPublicity')),
  checked_by uuid REFERENCES account (id),
  checked_on date,
  return_reason text,
  notice_id uuid,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, scheme_id) REFERENCES points_scheme (village_id, id),
  FOREIGN KEY (village_id, item_id) REFERENCES points_item (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, notice_id) REFERENCES points_notice (village_id, id),
  CHECK ((evidence_record_kind IS NULL) = (evidence_record_id IS NULL)),
  CHECK ((state = 'returned') = (return_reason IS NOT NULL)),
  CHECK ((state IN ('checked', 'inPublicity')) = (checked_by IS NOT NULL)),
  CHECK ((state = 'inPublicity') = (notice_id IS NOT NULL)),
  CHECK (checked_by IS NULL OR checked_by <> proposed_by)
);
CREATE INDEX points_award_state ON points_award (village_id, state, proposed_on);
CREATE INDEX points_award_notice ON points_award (village_id, notice_id);

-- A contest (异议) of an award in publicity, by the person or the household, on the phone or
-- from paper (typed in by a cadre), heard by the scheme's contest body: upheld (a reversing entry
-- and, unless the award is struck out, a corrected one) or dismissed, with the reason either way.
CREATE TABLE points_contest (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  award_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'paper')),
  lodged_by_person_id uuid NOT NULL,
  lodged_on date NOT NULL,
  grounds text NOT NULL CHECK (length(grounds) BETWEEN 1 AND 2000),
  recorded_by uuid NOT NULL REFERENCES account (id),
  body_kind text NOT NULL,
  state text NOT NULL CHECK (state IN ('open', 'upheld', 'dismissed')),
  decided_by uuid REFERENCES account (id),
  decided_on date,
  decision_reason text,
  corrected_points integer,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, award_id) REFERENCES points_award (village_id, id),
  FOREIGN KEY (village_id, lodged_by_person_id) REFERENCES person (village_id, id),
  CHECK ((state = 'open') = (decided_on IS NULL)),
  CHECK ((state = 'open') = (decision_reason IS NULL)),
  CHECK (state = 'upheld' OR corrected_points IS NULL)
);
-- at most one open contest per award
CREATE UNIQUE INDEX points_contest_open ON points_contest (village_id, award_id) WHERE state = 'open';

-- The row a household's balance-changing writes lock (SELECT … FOR UPDATE) so that concurrent
-- redemptions serialise; it holds no balance: a balance is always the ledger's sum.
CREATE TABLE points_account (
  village_id uuid NOT NULL,
  household_id uuid NOT NULL,
  opened_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, household_id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id)
);

-- The ledger (积分台账): append-only, never updated nor deleted. A line counts from its effective
-- date (an award's: the day after its publicity ends), except while a contest of its award is open.
-- A correction is a reversing line plus a corrected one, each naming what it reverses.
CREATE TABLE points_entry (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  household_id uuid NOT NULL,
  person_id uuid,
  points integer NOT NULL CHECK (points <> 0),
  kind text NOT NULL CHECK (kind IN ('award', 'reversal', 'correction', 'redemption',
    'redemptionCancelled', 'imported')),
  effective_on date NOT NULL,
  -- whether a person's line also counts in the household's balance (the scheme's choice)
  counts_for_household boolean NOT NULL DEFAULT true,
  item_id uuid,
  scheme_id uuid,
  award_id uuid,
  contest_id uuid,
  reverses_entry_id uuid,
  evidence text,
  proposed_by uuid REFERENCES account (id),
  checked_by uuid REFERENCES account (id),
  publicity_starts_on date,
  publicity_ends_on date,
  -- where a line not made by an award comes from: a redemption, an imported file (sha256) …
  source_kind text,
  source_id text,
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES points_account (village_id, household_id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, item_id) REFERENCES points_item (village_id, id),
  FOREIGN KEY (village_id, scheme_id) REFERENCES points_scheme (village_id, id),
  FOREIGN KEY (village_id, award_id) REFERENCES points_award (village_id, id),
  FOREIGN KEY (village_id, contest_id) REFERENCES points_contest (village_id, id),
  FOREIGN KEY (village_id, reverses_entry_id) REFERENCES points_entry (village_id, id),
  CHECK ((publicity_starts_on IS NULL) = (publicity_ends_on IS NULL)),
  CHECK (publicity_ends_on IS NULL OR publicity_ends_on >= publicity_starts_on),
  CHECK (kind <> 'award' OR award_id IS NOT NULL),
  CHECK (kind <> 'reversal' OR reverses_entry_id IS NOT NULL),
  CHECK ((source_kind IS NULL) = (source_id IS NULL))
);
-- a household's lines by date (balance, the phone page); a village's lines (ranking, by item)
CREATE INDEX points_entry_household ON points_entry (village_id, household_id, effective_on);
CREATE INDEX points_entry_award ON points_entry (village_id, award_id) WHERE award_id IS NOT NULL;
CREATE INDEX points_entry_item ON points_entry (village_id, item_id, effective_on);
