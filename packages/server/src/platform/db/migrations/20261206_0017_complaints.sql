-- The complaints station (投诉站, seed 002 §三 3 and figure 4) and the town's inbox of referrals
-- (issue 11 item 4). Tenant key first everywhere.

-- A town or county official serves in a unit: the government (乡镇人民政府, 县民政局 …) or the
-- discipline commission (镇纪委 / 县纪委监委). Referrals about cadres reach only the discipline unit.
ALTER TABLE staff_scope
  ADD COLUMN unit text NOT NULL DEFAULT 'government' CHECK (unit IN ('government', 'discipline'));

-- One complaint or report (信访、投诉) received by the village's supervision committee. The
-- complainant is a registered villager (person_id), or a name and number a member typed, or
-- nobody (anonymous). A complaint classed discipline (风纪类), or naming a cadre, is referred to
-- the town discipline commission at once and is then never shown to the village.
CREATE TABLE complaint (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'portal', 'member', 'paper')),
  anonymous boolean NOT NULL,
  complainant_person_id uuid,
  complainant_name text,
  complainant_phone text,
  subject text NOT NULL,
  body text NOT NULL,
  -- the serving members of the village's bodies it names (person ids)
  concerns_person_ids uuid[] NOT NULL DEFAULT '{}',
  class text CHECK (class IN ('affairs', 'discipline')),
  handler text CHECK (handler IN ('partyBranch', 'villagersCommittee', 'villageAffairsSupervisionCommittee')),
  status text NOT NULL CHECK (status IN ('received', 'assigned', 'answered', 'referred')),
  received_on date NOT NULL,
  due_on date,
  answer text,
  answered_on date,
  answered_by uuid REFERENCES account (id),
  -- the 查询码 as a hash: with it the complainant follows the complaint on the portal
  tracking_hash text NOT NULL,
  -- the account that entered it: the villager's own, or the supervision member who recorded it
  entered_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, complainant_person_id) REFERENCES person (village_id, id),
  CHECK (NOT anonymous OR (complainant_person_id IS NULL AND complainant_name IS NULL AND complainant_phone IS NULL)),
  CHECK ((status = 'assigned' OR status = 'answered') = (class = 'affairs' AND handler IS NOT NULL)),
  CHECK ((status = 'referred') = (class IS NOT DISTINCT FROM 'discipline')),
  CHECK ((status = 'answered') = (answer IS NOT NULL))
);
CREATE UNIQUE INDEX complaint_tracking ON complaint (village_id, tracking_hash);
CREATE INDEX complaint_complainant ON complaint (village_id, complainant_person_id);

-- What the village sends to the town (报镇纪委, 报乡镇人民政府, 向监察机关报告): a complaint, an
-- inspection's finding or a report. The town's staff of the addressee's unit accept, handle,
-- answer and close it; the answer is shown to the complainant of a complaint.
CREATE TABLE town_referral (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  town_id uuid NOT NULL REFERENCES town (id),
  source_kind text NOT NULL CHECK (source_kind IN ('complaint', 'inspection', 'report')),
  source_id uuid NOT NULL,
  addressee text NOT NULL CHECK (addressee IN ('disciplineCommission', 'townGovernment', 'supervisoryCommission')),
  subject text NOT NULL,
  summary text NOT NULL,
  concerns_person_ids uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'filed' CHECK (status IN ('filed', 'accepted', 'handling', 'answered', 'closed')),
  filed_on date NOT NULL,
  filed_at timestamptz NOT NULL,
  filed_by uuid REFERENCES account (id),
  accepted_at timestamptz,
  accepted_by uuid REFERENCES account (id),
  answer text,
  answered_at timestamptz,
  answered_by uuid REFERENCES account (id),
  closed_at timestamptz,
  closed_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, source_kind, source_id, addressee)
);
-- the town's inbox reads across its villages
CREATE INDEX town_referral_inbox ON town_referral (town_id, addressee, filed_at);

-- A one-time code for a complaint on the portal shares the question codes' table, so one
-- number's and one address's sending limits count both (question_code: 20261206_0015).
ALTER TABLE question_code ALTER COLUMN notice_id DROP NOT NULL;
ALTER TABLE question_code
  ADD COLUMN purpose text NOT NULL DEFAULT 'question' CHECK (purpose IN ('question', 'complaint'));
ALTER TABLE question_code ADD CONSTRAINT question_code_purpose_notice CHECK (
  (purpose = 'question') = (notice_id IS NOT NULL)
);
