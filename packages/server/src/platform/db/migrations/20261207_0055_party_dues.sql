-- 党费 (issue 15 item 10): the basis the branch records for each member (which standard applies,
-- and the monthly income it is a share of), and each month's payment. Tenant key first.

-- A member's dues basis, in force from its month until a later one. Never edited: a correction is a
-- new row (the latest recorded for a month wins), so every standard ever applied stays readable.
-- The income is personal data: only the branch and the town Party committee read it.
CREATE TABLE party_dues_basis (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  from_month date NOT NULL CHECK (extract(day FROM from_month) = 1),
  kind text NOT NULL CHECK (kind IN ('salaried', 'retired', 'farmer', 'reduced')),
  -- 税后月工资 or 月离退休费, in fen; only for the kinds whose standard is a share of it
  monthly_income_fen bigint CHECK (monthly_income_fen BETWEEN 0 AND 100000000),
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  CHECK ((kind IN ('salaried', 'retired')) = (monthly_income_fen IS NOT NULL))
);
CREATE INDEX party_dues_basis_person ON party_dues_basis (village_id, person_id, from_month);

-- One month's dues of one member, paid once (the unique key refuses a second record of the month,
-- even from two clerks at once). The amount is at least the standard of that month (checked by the
-- command with the basis in force); a member may pay more.
CREATE TABLE party_dues_payment (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  amount_fen bigint NOT NULL CHECK (amount_fen BETWEEN 1 AND 100000000),
  paid_on date NOT NULL,
  method text NOT NULL CHECK (method IN ('cash', 'transfer', 'online')),
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, person_id, month),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
