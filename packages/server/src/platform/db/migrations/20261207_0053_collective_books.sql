-- The collective economic organisation's money (issue 15): its bank accounts, its own books and
-- its members' written requests to sue (派生诉讼). Keyed by village first (Citus), each row
-- belongs to one organisation (collective_org, migration 0049).

-- A bank account in the organisation's name (Art. 44: never a personal-name account; the
-- command refuses those, so none is stored). Closed accounts stay listed with their date.
CREATE TABLE collective_bank_account (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  bank_name text NOT NULL CHECK (length(bank_name) BETWEEN 1 AND 100),
  account_no text NOT NULL CHECK (account_no ~ '^[0-9]{6,32}$'),
  holder_name text NOT NULL CHECK (length(holder_name) BETWEEN 1 AND 100),
  purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 100),
  opened_on date NOT NULL,
  closed_on date,
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, account_no),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  CHECK (closed_on IS NULL OR closed_on >= opened_on)
);

-- The organisation's own books: vouchers on the same 2023 chart as the village ledger
-- (finance_voucher), numbered per organisation and month. A month closes with the village's
-- (the town's agency accountant closes every book of the village: 村账乡代管), so there is no
-- closing of its own here; booking locks the village's month row as the village's booking does.
CREATE TABLE collective_book_period (
  village_id uuid NOT NULL REFERENCES village (id),
  org_id uuid NOT NULL,
  year int NOT NULL CHECK (year BETWEEN 1990 AND 2999),
  month int NOT NULL CHECK (month BETWEEN 1 AND 12),
  last_number int NOT NULL DEFAULT 0 CHECK (last_number >= 0),
  PRIMARY KEY (village_id, org_id, year, month),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id)
);

CREATE TABLE collective_voucher (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  -- 合2026-11-003: the organisation's book, the month and the place in it
  number text NOT NULL CHECK (number <> ''),
  on_date date NOT NULL,
  summary text NOT NULL CHECK (summary <> '' AND length(summary) <= 200),
  source_kind text NOT NULL CHECK (source_kind IN ('payment', 'manual')),
  -- the record it books (a distribution plan, a payment); no foreign key: another capability's
  source_id uuid,
  -- the village ledger's voucher booked in the same act (the charter's payment to the committee)
  village_voucher_id uuid,
  booked_by uuid REFERENCES account (id),
  booked_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, org_id, number),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, village_voucher_id) REFERENCES finance_voucher (village_id, id)
);
CREATE INDEX collective_voucher_on ON collective_voucher (village_id, org_id, on_date, number);
CREATE INDEX collective_voucher_source ON collective_voucher (village_id, source_id)
  WHERE source_id IS NOT NULL;

CREATE TABLE collective_voucher_line (
  village_id uuid NOT NULL REFERENCES village (id),
  voucher_id uuid NOT NULL,
  line_no int NOT NULL CHECK (line_no >= 1),
  account_code text NOT NULL CHECK (account_code ~ '^[0-9]{4,6}$'),
  debit_fen bigint NOT NULL CHECK (debit_fen >= 0),
  credit_fen bigint NOT NULL CHECK (credit_fen >= 0),
  counterparty text CHECK (length(counterparty) <= 100),
  PRIMARY KEY (village_id, voucher_id, line_no),
  FOREIGN KEY (village_id, voucher_id) REFERENCES collective_voucher (village_id, id),
  CHECK ((debit_fen = 0) <> (credit_fen = 0))
);

-- A written request by ten or more capable members asking the supervisors (监事会 or 监事) to
-- sue (Art. 60), and the supervisors' answer: they sued, or refused. With no answer fifteen days
-- after receipt the requesters may sue in their own name (derived, not stored).
CREATE TABLE collective_derivative_request (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  received_on date NOT NULL,
  -- whose conduct and what loss (理事、监事或经营管理人员执行职务造成的损失)
  grounds text NOT NULL CHECK (length(grounds) BETWEEN 1 AND 2000),
  answer text CHECK (answer IN ('sued', 'refused')),
  answered_on date,
  answer_note text CHECK (length(answer_note) <= 1000),
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  CHECK ((answer IS NULL) = (answered_on IS NULL)),
  CHECK (answered_on IS NULL OR answered_on >= received_on)
);

CREATE TABLE collective_derivative_requester (
  village_id uuid NOT NULL REFERENCES village (id),
  request_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (village_id, request_id, person_id),
  FOREIGN KEY (village_id, request_id) REFERENCES collective_derivative_request (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

