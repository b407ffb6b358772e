-- 村规民约 (CGMY-STEPS, VCOL-27-RULES): a village's rules, one version at a time, through
-- opinions, a draft of numbered clauses, the township's review by clause, the assembly's vote,
-- filing with the township and publication; the township may order a correction. A published
-- version's text never changes: an amendment is a new version.

CREATE TABLE village_rules_version (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  -- 第N版, in the village
  number integer NOT NULL CHECK (number > 0),
  title text NOT NULL,
  state text NOT NULL CHECK (state IN ('collecting', 'drafting', 'inReview', 'approved',
    'adopted', 'filed', 'published', 'correctionOrdered', 'superseded')),
  -- the version it amends (the one in force when it was started)
  based_on_id uuid,
  opinions_from date NOT NULL,
  drafted_on date,
  submitted_on date,
  -- the township's last answer: passed, or returned with a note
  reviewed_on date,
  reviewed_by uuid REFERENCES account (id),
  review_note text,
  resolution_id uuid,
  adopted_on date,
  -- 到会人员 of the adopting meeting, and the women among them (表决应有一定比例妇女参会)
  present_count integer CHECK (present_count >= 0),
  women_present integer CHECK (women_present >= 0),
  filing_due_on date,
  filed_on date,
  filing_late boolean NOT NULL DEFAULT false,
  published_on date,
  correction_ordered_on date,
  correction_ordered_by uuid REFERENCES account (id),
  correction_reason text,
  correction_clauses integer[] NOT NULL DEFAULT '{}',
  superseded_on date,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- optimistic concurrency: a step names the revision it saw
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, based_on_id) REFERENCES village_rules_version (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id)
);

-- At most one version on its way at a time (the rules in force stay published meanwhile).
CREATE UNIQUE INDEX village_rules_one_open ON village_rules_version (village_id)
  WHERE state IN ('collecting', 'drafting', 'inReview', 'approved', 'adopted', 'filed');

-- 第N条: the text as drafted; rewritten as a whole while collecting or drafting, fixed after.
CREATE TABLE village_rules_clause (
  village_id uuid NOT NULL,
  version_id uuid NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  body text NOT NULL,
  PRIMARY KEY (village_id, version_id, number),
  FOREIGN KEY (village_id, version_id) REFERENCES village_rules_version (village_id, id)
);

-- 征集民意: an opinion as received (at a meeting, on paper, by phone, on a visit).
CREATE TABLE village_rules_opinion (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  version_id uuid NOT NULL,
  received_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('meeting', 'paper', 'phone', 'visit', 'box')),
  from_name text NOT NULL DEFAULT '',
  content text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, version_id) REFERENCES village_rules_version (village_id, id)
);
CREATE INDEX village_rules_opinion_version ON village_rules_opinion (village_id, version_id);

-- A flag on a clause in review: opened by the content check when the draft is submitted
-- (topic and rule) or by the township's reader (a note); closed when the clause no longer
-- breaks the rule on resubmission (amended) or by the township (resolved / dismissed, with why).
CREATE TABLE village_rules_flag (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  version_id uuid NOT NULL,
  clause_number integer NOT NULL,
  origin text NOT NULL CHECK (origin IN ('check', 'township')),
  topic text,
  rule_id text,
  excerpt text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  raised_on date NOT NULL,
  raised_by uuid REFERENCES account (id),
  closed_on date,
  closed_by uuid REFERENCES account (id),
  closing text CHECK (closing IN ('amended', 'resolved', 'dismissed')),
  closing_note text NOT NULL DEFAULT '',
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, version_id) REFERENCES village_rules_version (village_id, id),
  CHECK ((closed_on IS NULL) = (closing IS NULL)),
  CHECK ((origin = 'check') = (topic IS NOT NULL))
);
CREATE INDEX village_rules_flag_version ON village_rules_flag (village_id, version_id);
