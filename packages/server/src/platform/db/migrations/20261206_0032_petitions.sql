-- 信访 (issue 13 item 6; 《信访工作条例》 2022): a petition registered at the village, forwarded to
-- the town's petition office, handed to the body that handles it, accepted or not, answered with a
-- 信访处理意见书, reviewed (复查) and re-reviewed (复核). Each step's last day is stored when the
-- step is taken (due_on: the clock running now); overdue is derived at read. The profile the
-- deadlines came from is stored with the case.
CREATE TABLE petition (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  -- 登记号, per village
  number integer NOT NULL,
  form text NOT NULL CHECK (form IN ('visit', 'groupVisit', 'letter', 'phone')),
  -- how many came, for a group visit (the representatives are in petition_person)
  participants integer NOT NULL DEFAULT 1 CHECK (participants >= 1),
  subject text NOT NULL,
  request text NOT NULL,
  facts text NOT NULL,
  status text NOT NULL CHECK (status IN ('registered', 'forwarded', 'assigned', 'handling',
    'answered', 'reviewing', 'reviewed', 'reReviewing', 'closed', 'notAccepted')),
  -- an earlier petition of the same petitioner named as raising the same facts
  same_facts_as uuid,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  received_on date NOT NULL,
  registered_by uuid REFERENCES account (id),
  forwarded_on date,
  -- the town department it was handed to (交办), migration 0028
  department_id uuid REFERENCES town_department (id),
  assigned_on date,
  objection_due_on date,
  accepted_on date,
  handle_due_on date,
  extended_days integer NOT NULL DEFAULT 0 CHECK (extended_days >= 0),
  refusal_reason text,
  opinion text CHECK (opinion IN ('support', 'explain', 'decline')),
  answer text,
  answered_on date,
  review_opinion text CHECK (review_opinion IN ('support', 'explain', 'decline')),
  review_answer text,
  reviewed_on date,
  re_review_opinion text CHECK (re_review_opinion IN ('support', 'explain', 'decline')),
  re_review_answer text,
  re_reviewed_on date,
  closed_on date,
  -- the last day of the clock running now (route, notice, handle, review request or opinion)
  due_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, same_facts_as) REFERENCES petition (village_id, id)
);
CREATE INDEX petition_status ON petition (village_id, status, due_on);

-- Who petitioned: the petitioner, or a group visit's representatives (at most 5, XF-20-REPS).
-- Shown only to the case's handlers; never written to the audit chain.
CREATE TABLE petition_person (
  village_id uuid NOT NULL,
  petition_id uuid NOT NULL,
  ord integer NOT NULL,
  role text NOT NULL CHECK (role IN ('petitioner', 'representative')),
  name text NOT NULL,
  id_number text NOT NULL,
  phone text,
  address text,
  PRIMARY KEY (village_id, petition_id, ord),
  FOREIGN KEY (village_id, petition_id) REFERENCES petition (village_id, id)
);
CREATE INDEX petition_person_id_number ON petition_person (village_id, id_number);

-- The timeline: each step, who took it, its note (reasons) and the last day it set.
CREATE TABLE petition_step (
  village_id uuid NOT NULL,
  petition_id uuid NOT NULL,
  seq integer NOT NULL,
  action text NOT NULL,
  status text NOT NULL,
  on_date date NOT NULL,
  at timestamptz NOT NULL,
  by_account uuid REFERENCES account (id),
  note text,
  due_on date,
  PRIMARY KEY (village_id, petition_id, seq),
  FOREIGN KEY (village_id, petition_id) REFERENCES petition (village_id, id)
);

-- The letters to the petitioner, numbered 〔year〕第N号 per village and year.
CREATE TABLE petition_letter (
  village_id uuid NOT NULL,
  petition_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('acceptance', 'refusal', 'extension', 'opinion',
    'reviewOpinion', 'reReviewOpinion')),
  year integer NOT NULL,
  number integer NOT NULL,
  issued_on date NOT NULL,
  -- the audit event of the step that issued it, printed in the letter's footer
  audit_seq bigint,
  audit_hash text,
  PRIMARY KEY (village_id, petition_id, kind),
  UNIQUE (village_id, year, number),
  FOREIGN KEY (village_id, petition_id) REFERENCES petition (village_id, id)
);
