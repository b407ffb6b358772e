-- The town's departments and their inbox (issue 13 item 7): what the villages hand up — a service
-- done by a department for the villager (代办), a 民情 case routed up, a dispute taken to
-- administrative mediation, a petition forwarded (转送) — reaches one department's inbox, due first.
-- Departments are data: each town has its own (民政办, 社保所, 司法所, 信访办 …).
CREATE TABLE town_department (
  id uuid PRIMARY KEY,
  town_id uuid NOT NULL REFERENCES town (id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('civilAffairs', 'socialSecurity', 'health', 'construction',
    'culture', 'lawEnforcement', 'petitionOffice', 'justice', 'agriculture', 'comprehensive')),
  UNIQUE (town_id, name)
);
CREATE INDEX town_department_town ON town_department (town_id, kind);

-- A government official may work in one department; without one they read every department's
-- inbox of their town (the town's leaders, 综治中心).
ALTER TABLE staff_scope ADD COLUMN department_id uuid REFERENCES town_department (id);

-- A referral to a department, the sources that can hand one up, and the steps the town takes:
-- accept, ask for materials (the clock stops), answer, transfer to another department, or return
-- it as "not ours" with a reason (FixMyStreet #4457: an honest answer, not silence).
ALTER TABLE town_referral DROP CONSTRAINT town_referral_addressee_check;
ALTER TABLE town_referral ADD CONSTRAINT town_referral_addressee_check CHECK (
  addressee IN ('disciplineCommission', 'townGovernment', 'supervisoryCommission', 'department'));
ALTER TABLE town_referral DROP CONSTRAINT town_referral_source_kind_check;
ALTER TABLE town_referral ADD CONSTRAINT town_referral_source_kind_check CHECK (
  source_kind IN ('complaint', 'inspection', 'report', 'service', 'minqing', 'dispute', 'petition'));
ALTER TABLE town_referral DROP CONSTRAINT town_referral_status_check;
ALTER TABLE town_referral ADD CONSTRAINT town_referral_status_check CHECK (
  status IN ('filed', 'accepted', 'awaitingMaterials', 'handling', 'answered', 'closed', 'returned'));
ALTER TABLE town_referral
  ADD COLUMN department_id uuid REFERENCES town_department (id),
  -- the day the current step is due (to accept, to answer): stored at each transition, overdue
  -- and escalation are derived when read
  ADD COLUMN due_on date,
  -- the clock stood still from this day while the village gathers materials
  ADD COLUMN paused_on date,
  ADD COLUMN return_reason text,
  ADD CONSTRAINT town_referral_department CHECK ((addressee = 'department') = (department_id IS NOT NULL));
-- the inboxes' open referrals, earliest due first: a department's, and a town's (its leaders')
-- (in the inbox's order, so its first page is read off the index without sorting)
CREATE INDEX town_referral_department_inbox
  ON town_referral (department_id, (coalesce(due_on, filed_on + 15)), filed_at, id)
  WHERE department_id IS NOT NULL AND status NOT IN ('closed', 'returned');
CREATE INDEX town_referral_open_due
  ON town_referral (town_id, (coalesce(due_on, filed_on + 15)), filed_at, id)
  WHERE status NOT IN ('closed', 'returned');

-- Every step a referral took, in order, for its timeline (the audit chain holds the same acts;
-- this is the read model the village and the villager see the answer flow back through).
CREATE TABLE town_referral_step (
  village_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  seq integer NOT NULL,
  step text NOT NULL CHECK (step IN ('file', 'accept', 'askMaterials', 'materialsIn', 'handle',
    'answer', 'close', 'transfer', 'return', 'refile')),
  at timestamptz NOT NULL,
  by_account_id uuid REFERENCES account (id),
  department_id uuid REFERENCES town_department (id),
  note text,
  due_on date,
  PRIMARY KEY (village_id, referral_id, seq),
  FOREIGN KEY (village_id, referral_id) REFERENCES town_referral (village_id, id)
);
