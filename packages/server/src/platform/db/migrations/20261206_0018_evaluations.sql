-- 民主评议 (democratic evaluation, VCOL-33-EVAL; docs/supervision-evaluations.md): a round hosted
-- by the supervision committee, the cadres it evaluates, and its secret ratings, kept apart as the
-- secret ballots of migration 0006 keep them (docs/security.md "Secret ballots"):
--
-- - `evaluation_receipt`: who handed in a sheet (round, person; no rating, no time), written by
--   the evaluator's own transaction with an audit event naming neither evaluator nor rating;
-- - the round's box `rating_box_<round id>` (random id, cadre's membership, rating; no evaluator,
--   no time): made when the round is created, each sheet's ratings inserted in shuffled batches by
--   transactions that write no receipt, dropped by the count (its file goes at commit);
-- - `evaluation_rating`: the box's ratings under fresh random ids, written by the count in the
--   order of those ids, never updated; published for anyone to recount.

CREATE TABLE evaluation_round (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  title text NOT NULL,
  held_on date NOT NULL,
  evaluators text NOT NULL CHECK (evaluators IN ('representatives', 'assembly')),
  status text NOT NULL CHECK (status IN ('open', 'counted', 'published')),
  -- evaluators due on the day the round was created (the denominator of turnout)
  evaluators_due integer NOT NULL,
  -- paper sheets the host entered in bulk (their evaluators hold receipts like phone evaluators)
  paper_sheets integer NOT NULL DEFAULT 0,
  -- sheets counted: receipts, phone and paper (fixed by the count)
  sheets integer,
  counted_on date,
  announce_by date,
  published_on date,
  notice_id uuid,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  created_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id),
  CHECK ((status = 'open') = (counted_on IS NULL)),
  CHECK ((status = 'published') = (published_on IS NOT NULL))
);
CREATE INDEX evaluation_round_year ON evaluation_round (village_id, year DESC, held_on DESC);

-- The cadres a round evaluates: serving members of the villagers' committee (and the supervision
-- committee where the profile says) on the day the round was created, by their office (membership).
CREATE TABLE evaluation_cadre (
  village_id uuid NOT NULL REFERENCES village (id),
  round_id uuid NOT NULL,
  membership_id uuid NOT NULL,
  person_id uuid NOT NULL,
  position integer NOT NULL,
  -- paper ratings the host entered (the box holds the phone ratings)
  paper_competent integer NOT NULL DEFAULT 0,
  paper_basically integer NOT NULL DEFAULT 0,
  paper_incompetent integer NOT NULL DEFAULT 0,
  -- fixed by the count: the counts, the result and whether it ends the office
  competent integer,
  basically integer,
  incompetent integer,
  result text CHECK (result IN ('competent', 'basicallyCompetent', 'incompetent')),
  ends_office boolean,
  PRIMARY KEY (village_id, round_id, membership_id),
  FOREIGN KEY (village_id, round_id) REFERENCES evaluation_round (village_id, id),
  FOREIGN KEY (village_id, membership_id) REFERENCES body_membership (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
-- a cadre's previous evaluation is the same person's (in the same kind of body)
CREATE INDEX evaluation_cadre_person ON evaluation_cadre (village_id, person_id);

CREATE TABLE evaluation_receipt (
  village_id uuid NOT NULL REFERENCES village (id),
  round_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (village_id, round_id, person_id),
  FOREIGN KEY (village_id, round_id) REFERENCES evaluation_round (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

CREATE TABLE evaluation_rating (
  village_id uuid NOT NULL REFERENCES village (id),
  round_id uuid NOT NULL,
  id uuid NOT NULL,
  membership_id uuid NOT NULL,
  rating text NOT NULL CHECK (rating IN ('competent', 'basicallyCompetent', 'incompetent')),
  PRIMARY KEY (village_id, round_id, id),
  FOREIGN KEY (village_id, round_id, membership_id)
    REFERENCES evaluation_cadre (village_id, round_id, membership_id)
);

-- Why an office ended before its term, where the product ended it ('evaluation': two
-- consecutive 不称职 in 民主评议); shown on the body's term page.
ALTER TABLE body_membership ADD COLUMN end_reason text CHECK (end_reason IN ('evaluation'));

-- The published results are a notice of their own kind, issued by the supervision committee.
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
    'supervisionReport',
    'evaluationResult'
  )
);
