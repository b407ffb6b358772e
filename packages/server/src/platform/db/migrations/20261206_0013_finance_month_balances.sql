-- Each closed month's cumulative movements per account (opening balances not included): what
-- every voucher dated up to the month's last day added up to when the town closed it. A closed
-- month and every month before it never change again, so a statement starts from the latest
-- of these instead of summing every voucher since the books began. Months closed before this
-- table existed have no row; the reads then sum from the start, as before.
CREATE TABLE finance_month_balance (
  village_id uuid NOT NULL REFERENCES village (id),
  year int NOT NULL,
  month int NOT NULL,
  account_code text NOT NULL CHECK (account_code ~ '^[0-9]{4,6}$'),
  debit_fen bigint NOT NULL,
  credit_fen bigint NOT NULL,
  PRIMARY KEY (village_id, year, month, account_code),
  FOREIGN KEY (village_id, year, month) REFERENCES finance_period (village_id, year, month)
);
