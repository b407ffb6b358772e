-- The village ledger (三资: 财务, issue 10): double entry in integer fen (bigint) on the chart
-- of 《农村集体经济组织会计制度》(财会〔2023〕14号) that core/finance/accounts.ts holds.
-- Months (会计期间) close; a closed month never changes, corrections are reversing entries.

-- A month of the books: whether it is closed (结账, by the town's agency accountant) and the
-- last voucher number given in it. Booking locks this row, so closing and booking never race.
CREATE TABLE finance_period (
  village_id uuid NOT NULL REFERENCES village (id),
  year int NOT NULL CHECK (year BETWEEN 1990 AND 2999),
  month int NOT NULL CHECK (month BETWEEN 1 AND 12),
  closed boolean NOT NULL DEFAULT false,
  last_number int NOT NULL DEFAULT 0 CHECK (last_number >= 0),
  closed_by uuid REFERENCES account (id),
  closed_at timestamptz,
  PRIMARY KEY (village_id, year, month),
  CHECK (closed = (closed_at IS NOT NULL))
);

CREATE TABLE finance_voucher (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  -- 2026-11-003: the month and the voucher's place in it (记字第003号)
  number text NOT NULL CHECK (number <> ''),
  on_date date NOT NULL,
  summary text NOT NULL CHECK (summary <> '' AND length(summary) <= 200),
  source_kind text NOT NULL CHECK (source_kind IN ('payment', 'manual', 'import', 'reversal')),
  -- the payment (or other record) it books; no foreign key: payments are another capability's
  source_id uuid,
  -- a reversing entry names the voucher it reverses; each voucher is reversed at most once
  reverses_id uuid,
  booked_by uuid REFERENCES account (id),
  booked_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, reverses_id) REFERENCES finance_voucher (village_id, id),
  CHECK ((source_kind = 'reversal') = (reverses_id IS NOT NULL))
);
CREATE UNIQUE INDEX finance_voucher_reversed_once ON finance_voucher (village_id, reverses_id)
  WHERE reverses_id IS NOT NULL;
CREATE INDEX finance_voucher_on ON finance_voucher (village_id, on_date, number);
CREATE INDEX finance_voucher_source ON finance_voucher (village_id, source_id)
  WHERE source_id IS NOT NULL;

-- One line: one account, an amount on one side. A reversing entry's amounts are negative
-- (红字); every other voucher's are positive.
CREATE TABLE finance_voucher_line (
  village_id uuid NOT NULL REFERENCES village (id),
  voucher_id uuid NOT NULL,
  line_no int NOT NULL CHECK (line_no >= 1),
  account_code text NOT NULL CHECK (account_code ~ '^[0-9]{4,6}$'),
  debit_fen bigint NOT NULL,
  credit_fen bigint NOT NULL,
  counterparty text CHECK (length(counterparty) <= 100),
  PRIMARY KEY (village_id, voucher_id, line_no),
  FOREIGN KEY (village_id, voucher_id) REFERENCES finance_voucher (village_id, id),
  CHECK ((debit_fen = 0) <> (credit_fen = 0))
);
CREATE INDEX finance_voucher_line_account ON finance_voucher_line (village_id, account_code);

-- Balances the books started from (期初余额), imported once.
CREATE TABLE finance_opening_balance (
  village_id uuid NOT NULL REFERENCES village (id),
  account_code text NOT NULL CHECK (account_code ~ '^[0-9]{4,6}$'),
  as_of date NOT NULL,
  debit_fen bigint NOT NULL CHECK (debit_fen >= 0),
  credit_fen bigint NOT NULL CHECK (credit_fen >= 0),
  imported_by uuid REFERENCES account (id),
  imported_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, account_code)
);

-- The year's budget per line (an income or spending account).
CREATE TABLE finance_budget (
  village_id uuid NOT NULL REFERENCES village (id),
  year int NOT NULL CHECK (year BETWEEN 1990 AND 2999),
  account_code text NOT NULL CHECK (account_code ~ '^[0-9]{4,6}$'),
  amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  set_by uuid REFERENCES account (id),
  set_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, year, account_code)
);

-- A receipt (原始凭证): a photo or a PDF, its bytes and their SHA-256 kept in the database.
CREATE TABLE finance_receipt (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  voucher_id uuid NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes int NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  uploaded_by uuid REFERENCES account (id),
  uploaded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, voucher_id) REFERENCES finance_voucher (village_id, id)
);
CREATE INDEX finance_receipt_voucher ON finance_receipt (village_id, voucher_id);

-- A month's statement (月度财务公开): reviewed by the supervision committee (who, when, its
-- opinion), then published as a notice of kind financeStatement.
CREATE TABLE finance_statement (
  village_id uuid NOT NULL REFERENCES village (id),
  year int NOT NULL CHECK (year BETWEEN 1990 AND 2999),
  month int NOT NULL CHECK (month BETWEEN 1 AND 12),
  review_passed boolean NOT NULL,
  review_opinion text NOT NULL CHECK (length(review_opinion) BETWEEN 1 AND 1000),
  reviewed_by uuid NOT NULL REFERENCES account (id),
  reviewed_at timestamptz NOT NULL,
  -- the figures as reviewed: income, spending, balances (fen)
  totals jsonb NOT NULL,
  notice_id uuid,
  published_at timestamptz,
  PRIMARY KEY (village_id, year, month),
  FOREIGN KEY (village_id, year, month) REFERENCES finance_period (village_id, year, month),
  FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id),
  CHECK ((notice_id IS NULL) = (published_at IS NULL))
);
