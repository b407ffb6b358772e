-- People's mediation and 三调联动 (issue 13 item 5; 《人民调解法》, RULES.md §9). One dispute
-- carries every stage it passes through: the village's mediation committee, a town department's
-- administrative mediation (through the town inbox), the court. Tenant key first everywhere.

CREATE TABLE dispute (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  -- the village's register number (调解登记), and the year it was registered in
  number integer NOT NULL,
  year integer NOT NULL,
  category text NOT NULL CHECK (category IN ('neighbour', 'family', 'land', 'homestead',
    'damages', 'contract', 'labour', 'other')),
  -- 当事人申请 or 主动调解 (Art. 17)
  origin text NOT NULL CHECK (origin IN ('application', 'initiative')),
  subject text NOT NULL,
  facts text NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'notMediated', 'mediating', 'agreed',
    'performing', 'terminated', 'atTown', 'inCourt', 'closed')),
  received_on date NOT NULL,
  accepted_on date,
  -- the end of mediation without agreement (终止) and why; the routes were explained (Art. 26)
  ended_on date,
  end_reason text,
  closed_on date,
  outcome text,
  -- the profile the confirmation window and the court's days came from (stored, not re-derived)
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  registered_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, year, number)
);
CREATE INDEX dispute_status ON dispute (village_id, status, received_on);

-- The parties: a registered villager (person_id) or someone from outside the village (name only).
-- consent is each party's answer to mediation (Art. 17); signed_on and mark record their
-- signature, seal or fingerprint on the written agreement (Art. 29).
CREATE TABLE dispute_party (
  village_id uuid NOT NULL,
  dispute_id uuid NOT NULL,
  id uuid NOT NULL,
  seq integer NOT NULL,
  person_id uuid,
  name text NOT NULL,
  address text,
  consent text NOT NULL DEFAULT 'pending' CHECK (consent IN ('pending', 'agreed', 'refused')),
  consent_on date,
  signed_on date,
  mark text CHECK (mark IN ('signature', 'seal', 'fingerprint')),
  PRIMARY KEY (village_id, dispute_id, id),
  UNIQUE (village_id, dispute_id, seq),
  FOREIGN KEY (village_id, dispute_id) REFERENCES dispute (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  CHECK ((consent = 'pending') = (consent_on IS NULL)),
  CHECK ((signed_on IS NULL) = (mark IS NULL))
);

-- The mediators: assigned by the committee or chosen by the parties (Art. 19).
CREATE TABLE dispute_mediator (
  village_id uuid NOT NULL,
  dispute_id uuid NOT NULL,
  person_id uuid NOT NULL,
  how text NOT NULL CHECK (how IN ('assigned', 'chosen')),
  since date NOT NULL,
  PRIMARY KEY (village_id, dispute_id, person_id),
  FOREIGN KEY (village_id, dispute_id) REFERENCES dispute (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- 调解笔录 (Art. 27: records and files are kept).
CREATE TABLE dispute_record (
  village_id uuid NOT NULL,
  dispute_id uuid NOT NULL,
  seq integer NOT NULL,
  held_on date NOT NULL,
  place text NOT NULL,
  present text NOT NULL,
  content text NOT NULL,
  recorded_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, dispute_id, seq),
  FOREIGN KEY (village_id, dispute_id) REFERENCES dispute (village_id, id)
);

-- The agreement, written (调解协议书, numbered 〔year〕第N号) or oral (recorded, Art. 28).
-- effective_on is stored when it takes effect (Art. 29: the last mark; Art. 30: the day reached)
-- with the last day to apply for judicial confirmation (Art. 33).
CREATE TABLE dispute_agreement (
  village_id uuid NOT NULL,
  dispute_id uuid NOT NULL,
  form text NOT NULL CHECK (form IN ('written', 'oral')),
  year integer NOT NULL,
  number integer,
  reached_on date NOT NULL,
  terms text NOT NULL,
  performance text NOT NULL,
  mediator_person_id uuid,
  mediator_signed_on date,
  sealed_on date,
  effective_on date,
  confirm_last_day date,
  performed_on date,
  PRIMARY KEY (village_id, dispute_id),
  UNIQUE (village_id, year, number),
  FOREIGN KEY (village_id, dispute_id) REFERENCES dispute (village_id, id),
  CHECK ((form = 'written') = (number IS NOT NULL)),
  CHECK ((effective_on IS NULL) = (confirm_last_day IS NULL))
);

-- Judicial confirmation (Art. 33): the joint application and the court's papers as entered.
-- accept_by and decide_by are the days the court is expected to act by (SPC rules Arts. 4–5).
CREATE TABLE dispute_confirmation (
  village_id uuid NOT NULL,
  dispute_id uuid NOT NULL,
  court text NOT NULL,
  applied_on date NOT NULL,
  accept_by date NOT NULL,
  accepted_on date,
  extended boolean NOT NULL DEFAULT false,
  decide_by date,
  ruling text CHECK (ruling IN ('confirmed', 'rejected')),
  ruling_on date,
  case_number text,
  entered_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, dispute_id),
  FOREIGN KEY (village_id, dispute_id) REFERENCES dispute_agreement (village_id, dispute_id),
  CHECK (ruling IS NULL OR accepted_on IS NOT NULL),
  CHECK ((ruling IS NULL) = (ruling_on IS NULL))
);

-- 三调联动: each stage a dispute passed through — people's mediation, a town department's
-- administrative mediation (its referral in the town inbox), the court — with its body,
-- handler, dates and outcome.
CREATE TABLE dispute_stage (
  village_id uuid NOT NULL,
  dispute_id uuid NOT NULL,
  seq integer NOT NULL,
  stage text NOT NULL CHECK (stage IN ('people', 'administrative', 'judicial')),
  body text NOT NULL,
  handler text,
  department_id uuid REFERENCES town_department (id),
  referral_id uuid,
  started_on date NOT NULL,
  ended_on date,
  outcome text,
  PRIMARY KEY (village_id, dispute_id, seq),
  FOREIGN KEY (village_id, dispute_id) REFERENCES dispute (village_id, id),
  FOREIGN KEY (village_id, referral_id) REFERENCES town_referral (village_id, id)
);
CREATE INDEX dispute_stage_referral ON dispute_stage (village_id, referral_id)
  WHERE referral_id IS NOT NULL;
