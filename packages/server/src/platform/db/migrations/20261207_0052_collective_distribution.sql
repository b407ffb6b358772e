-- The collective economic organisation's income distribution (收益分配, issue 15 item 6): a year's
-- plan, its dividends to the fen and each dividend's payment. Tenant key first (Citus); every row
-- belongs to one organisation (collective_org, migration 0049).

-- A year's plan: the distributable income, the reserve (公积公益金) at the plan's rate — never
-- below the charter's (Art. 42) — rounded up to the fen, the charter's payment to the villagers'
-- committee, and the pool divided by the shares held on `holdings_on`, paid per person or per
-- household. The figures are written once when the plan is drafted (core decides them) and never
-- changed: a different plan is a new draft. The reports (annual report, financial report and this
-- plan) are made available to members on `published_on`, at least ten days before the members'
-- assembly votes (Art. 46); the adopting resolution and its meeting's date are then recorded, and
-- the payables booked on the organisation's own books.
CREATE TABLE collective_distribution_plan (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2999),
  charter_id uuid NOT NULL,
  income_fen bigint NOT NULL CHECK (income_fen > 0),
  reserve_rate_bp integer NOT NULL CHECK (reserve_rate_bp BETWEEN 1 AND 9999),
  reserve_fen bigint NOT NULL CHECK (reserve_fen > 0),
  committee_fen bigint NOT NULL CHECK (committee_fen >= 0),
  pool_fen bigint NOT NULL CHECK (pool_fen >= 0),
  payee_kind text NOT NULL CHECK (payee_kind IN ('person', 'household')),
  holdings_on date NOT NULL,
  total_shares bigint NOT NULL CHECK (total_shares > 0),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'adopted')),
  published_on date,
  resolution_id uuid,
  adopted_on date,
  -- the organisation's vouchers booked on adoption: the reserve, the payables, the committee's
  -- (collective_voucher comes with the books in migration 0053: no foreign key from here)
  reserve_voucher_id uuid,
  payables_voucher_id uuid,
  committee_voucher_id uuid,
  drafted_by uuid REFERENCES account (id),
  drafted_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, charter_id) REFERENCES collective_charter (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  CHECK (reserve_fen + committee_fen + pool_fen = income_fen),
  CHECK ((state = 'draft') = (published_on IS NULL)),
  CHECK ((state = 'adopted') = (resolution_id IS NOT NULL)),
  CHECK ((resolution_id IS NULL) = (adopted_on IS NULL)),
  CHECK (adopted_on IS NULL OR adopted_on >= published_on)
);
-- one adopted plan per organisation and year; a resolution adopts one plan
CREATE UNIQUE INDEX collective_distribution_plan_adopted
  ON collective_distribution_plan (village_id, org_id, year) WHERE state = 'adopted';
CREATE UNIQUE INDEX collective_distribution_plan_resolution
  ON collective_distribution_plan (village_id, resolution_id);
CREATE INDEX collective_distribution_plan_org ON collective_distribution_plan (village_id, org_id, year);

-- A payee's dividend in a plan: a person (paid per person) or a household (paid per household),
-- its register number (a household's is its first member's: the remainder rule's tie-break), its
-- shares on the plan's day and its amount to the fen. The amounts of a plan sum to its pool.
CREATE TABLE collective_dividend (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  person_id uuid,
  household_id uuid,
  register_no integer NOT NULL CHECK (register_no > 0),
  shares bigint NOT NULL CHECK (shares > 0),
  amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, plan_id) REFERENCES collective_distribution_plan (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  CHECK ((person_id IS NULL) <> (household_id IS NULL))
);
CREATE UNIQUE INDEX collective_dividend_person ON collective_dividend (village_id, plan_id, person_id)
  WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX collective_dividend_household
  ON collective_dividend (village_id, plan_id, household_id) WHERE household_id IS NOT NULL;
CREATE INDEX collective_dividend_plan ON collective_dividend (village_id, plan_id, register_no);

-- A dividend paid: at most once — the primary key is the dividend itself, so a second payment,
-- however concurrent, cannot be written. By bank transfer (its reference) or in cash against the
-- receiver's signature or thumbprint (签名/按手印) on the printed receipt. `paid_to` is who
-- received it: the payee, a member of the payee household, or — the payee having died — the heir
-- named with the evidence of succession. The voucher is the organisation's (应付款 paid out;
-- collective_voucher, migration 0053, names this payment as its source).
CREATE TABLE collective_dividend_payment (
  village_id uuid NOT NULL REFERENCES village (id),
  dividend_id uuid NOT NULL,
  method text NOT NULL CHECK (method IN ('transfer', 'cash')),
  bank_reference text CHECK (length(bank_reference) BETWEEN 1 AND 64),
  acknowledged text CHECK (acknowledged IN ('signature', 'thumbprint')),
  paid_to uuid NOT NULL,
  heir_evidence text CHECK (length(heir_evidence) BETWEEN 1 AND 500),
  paid_on date NOT NULL,
  voucher_id uuid NOT NULL,
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, dividend_id),
  FOREIGN KEY (village_id, dividend_id) REFERENCES collective_dividend (village_id, id),
  FOREIGN KEY (village_id, paid_to) REFERENCES person (village_id, id),
  CHECK ((method = 'transfer') = (bank_reference IS NOT NULL)),
  CHECK ((method = 'cash') = (acknowledged IS NOT NULL))
);
