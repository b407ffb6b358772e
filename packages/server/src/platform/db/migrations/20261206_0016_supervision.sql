-- The supervision committee's own work (村务监督委员会, seed 002 §三 3 and figure 4): its
-- sittings and the motions it votes by member (委员票决制), its yearly plan, inspections with
-- findings and evidence, reports, and the corrections it orders. Tenant key first everywhere.

-- A sitting: in person (the chair records who came and each member's vote by name) or remote
-- (members vote on their phones until closes_on).
CREATE TABLE supervision_sitting (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  mode text NOT NULL CHECK (mode IN ('inPerson', 'remote')),
  held_on date NOT NULL,
  closes_on date,
  -- in person: the members recorded present
  attendance uuid[] NOT NULL DEFAULT '{}',
  convened_by uuid NOT NULL,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, convened_by) REFERENCES person (village_id, id),
  CHECK ((mode = 'remote') = (closes_on IS NOT NULL))
);

CREATE TABLE supervision_motion (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  sitting_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('agendaReview', 'plan', 'inspectionOutcome', 'report')),
  -- what it is about: the meeting, plan, inspection or report
  subject_id uuid NOT NULL,
  -- what a carried motion does (outcome, note, deadline, addressee …), as tabled
  proposal jsonb NOT NULL,
  tabled_by uuid NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'carried', 'failed', 'lapsed')),
  decided_on date,
  -- members, present, yes, no, abstain and the figures required, as counted when decided
  decision jsonb,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, sitting_id) REFERENCES supervision_sitting (village_id, id),
  FOREIGN KEY (village_id, tabled_by) REFERENCES person (village_id, id)
);
-- one motion at a time being voted on the same subject
CREATE UNIQUE INDEX supervision_motion_open ON supervision_motion (village_id, subject_id) WHERE status = 'open';
CREATE INDEX supervision_motion_sitting ON supervision_motion (village_id, sitting_id);

-- Votes by name: the committee's votes are its members' public acts, not secret ballots.
CREATE TABLE supervision_vote (
  village_id uuid NOT NULL REFERENCES village (id),
  motion_id uuid NOT NULL,
  person_id uuid NOT NULL,
  choice text NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
  recorded_by uuid NOT NULL REFERENCES account (id),
  voted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, motion_id, person_id),
  FOREIGN KEY (village_id, motion_id) REFERENCES supervision_motion (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- 年度监督计划: the inspections planned for a year, adopted by motion.
CREATE TABLE supervision_plan (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  year integer NOT NULL,
  -- [{ month, subject, title }]
  items jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'voting', 'adopted', 'rejected')),
  adopted_on date,
  drafted_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id)
);
CREATE UNIQUE INDEX supervision_plan_adopted ON supervision_plan (village_id, year) WHERE status = 'adopted';

CREATE TABLE supervision_inspection (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL,
  title text NOT NULL,
  subject text NOT NULL CHECK (subject IN ('financePeriod', 'resolution', 'project', 'partyAffairs', 'work')),
  -- the month of the books ('2026-11'), the resolution's id, or a project's name
  subject_ref text NOT NULL DEFAULT '',
  plan_id uuid,
  started_on date NOT NULL,
  -- members assigned, and members who took part on the day (finance: the committee's quorum)
  assigned uuid[] NOT NULL,
  present uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'voting', 'concluded')),
  outcome text CHECK (outcome IN ('noIssue', 'correction', 'suspension', 'referral')),
  concluded_on date,
  hold_id uuid,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, plan_id) REFERENCES supervision_plan (village_id, id),
  FOREIGN KEY (village_id, hold_id) REFERENCES spending_hold (village_id, id)
);

-- A finding with its evidence: ledger vouchers linked, and documents or photos described.
CREATE TABLE supervision_finding (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  text text NOT NULL,
  voucher_ids uuid[] NOT NULL DEFAULT '{}',
  evidence text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL,
  recorded_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, inspection_id) REFERENCES supervision_inspection (village_id, id),
  FOREIGN KEY (village_id, recorded_by) REFERENCES person (village_id, id)
);
CREATE INDEX supervision_finding_inspection ON supervision_finding (village_id, inspection_id);

-- 责成办理: ordered by a carried motion, answered by the body, verified by the committee.
CREATE TABLE supervision_correction (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  addressee text NOT NULL CHECK (addressee IN ('villagersCommittee', 'partyBranch', 'collective')),
  what text NOT NULL,
  ordered_on date NOT NULL,
  due_on date NOT NULL,
  done_on date,
  answer text NOT NULL DEFAULT '',
  answered_by uuid REFERENCES account (id),
  verified_on date,
  verified_by uuid,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, inspection_id),
  FOREIGN KEY (village_id, inspection_id) REFERENCES supervision_inspection (village_id, id),
  FOREIGN KEY (village_id, verified_by) REFERENCES person (village_id, id)
);

-- 监督报告 / 财务监督报告: published only when the committee's vote carries; a report whose vote
-- fails stays on the record, unpublished.
CREATE TABLE supervision_report (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('supervision', 'finance')),
  title text NOT NULL,
  body text NOT NULL,
  inspection_ids uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'voting', 'published', 'rejected')),
  published_on date,
  -- the notice that publishes it on the board and the portal
  notice_id uuid,
  drafted_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id)
);
CREATE INDEX supervision_report_published ON supervision_report (village_id, published_on DESC) WHERE status = 'published';

-- A published report is a notice of its own kind on the board and the portal.
ALTER TABLE notice DROP CONSTRAINT notice_kind_check;
ALTER TABLE notice ADD CONSTRAINT notice_kind_check CHECK (
  kind IN (
    'topic',
    'meeting',
    'resolution',
    'implementationResult',
    'financeStatement',
    'villageAffairs',
    'partyAffairs',
    'supervisionReport'
  )
);
