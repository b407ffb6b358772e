-- 积分换项目 (issue 14 item 6, seed 003): a county's yearly scheme ranking its villages on the
-- petitions record and the six "六零" targets; the top N win project funds (in fen). These are the
-- county's tables, so the county's id comes first in their keys (as village_id does in a
-- village's); a village's line names the village. Counts only: no table here names a person.
CREATE TABLE county_points_scheme (
  county_id uuid NOT NULL REFERENCES county (id),
  id uuid NOT NULL,
  year integer NOT NULL,
  title text NOT NULL,
  -- the project fund in fen
  fund bigint NOT NULL CHECK (fund > 0),
  top_n integer NOT NULL CHECK (top_n > 0),
  publicity_days integer NOT NULL CHECK (publicity_days > 0),
  -- [{indicator, weight, perEvent}], [{fromRank, toRank, weight}], [indicator]: checked by core
  indicators jsonb NOT NULL,
  tiers jsonb NOT NULL,
  tie_break jsonb NOT NULL,
  status text NOT NULL DEFAULT 'collecting'
    CHECK (status IN ('collecting', 'computed', 'inPublicity', 'final', 'awarded')),
  computed_on date,
  -- the publicity running now (or last run): published again after an upheld contest
  publicity_round integer NOT NULL DEFAULT 0,
  publicity_starts_on date,
  publicity_ends_on date,
  finalised_on date,
  awarded_on date,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (county_id, id),
  UNIQUE (county_id, year)
);

-- One village's count of events on one indicator. Platform counts are written when the ranking
-- is computed (source 'platform'); the town reports the others with evidence and the county
-- verifies them. A count corrected on an upheld contest keeps the contest's id and is not
-- recounted from the records again.
CREATE TABLE county_points_fact (
  county_id uuid NOT NULL,
  scheme_id uuid NOT NULL,
  village_id uuid NOT NULL REFERENCES village (id),
  indicator text NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  source text NOT NULL CHECK (source IN ('platform', 'town')),
  evidence text,
  reported_by uuid REFERENCES account (id),
  reported_at timestamptz,
  verified_by uuid REFERENCES account (id),
  verified_at timestamptz,
  corrected_by_contest uuid,
  PRIMARY KEY (county_id, scheme_id, village_id, indicator),
  FOREIGN KEY (county_id, scheme_id) REFERENCES county_points_scheme (county_id, id),
  CHECK (source = 'platform' OR (evidence IS NOT NULL AND reported_by IS NOT NULL))
);

-- The computed ranking: each village's points, rank and share of the fund; the public-welfare
-- matter its award opened in the village.
CREATE TABLE county_points_result (
  county_id uuid NOT NULL,
  scheme_id uuid NOT NULL,
  village_id uuid NOT NULL REFERENCES village (id),
  total integer NOT NULL,
  by_indicator jsonb NOT NULL,
  rank integer NOT NULL CHECK (rank > 0),
  amount bigint NOT NULL CHECK (amount >= 0),
  matter_id uuid,
  PRIMARY KEY (county_id, scheme_id, village_id),
  FOREIGN KEY (county_id, scheme_id) REFERENCES county_points_scheme (county_id, id),
  FOREIGN KEY (village_id, matter_id) REFERENCES matter (village_id, id)
);
CREATE INDEX county_points_result_rank ON county_points_result (county_id, scheme_id, rank);

-- A village's contest (异议) of one of its figures during publicity, and the county's decision.
CREATE TABLE county_points_contest (
  county_id uuid NOT NULL,
  scheme_id uuid NOT NULL,
  id uuid NOT NULL,
  village_id uuid NOT NULL REFERENCES village (id),
  indicator text NOT NULL,
  -- the count the village says is right, and why
  claimed_count integer NOT NULL CHECK (claimed_count >= 0),
  reason text NOT NULL,
  publicity_round integer NOT NULL,
  filed_by uuid NOT NULL REFERENCES account (id),
  filed_on date NOT NULL,
  decision text CHECK (decision IN ('upheld', 'dismissed')),
  decision_reason text,
  corrected_count integer CHECK (corrected_count >= 0),
  decided_by uuid REFERENCES account (id),
  decided_on date,
  PRIMARY KEY (county_id, scheme_id, id),
  FOREIGN KEY (county_id, scheme_id) REFERENCES county_points_scheme (county_id, id),
  CHECK ((decision IS NULL) = (decided_on IS NULL))
);
