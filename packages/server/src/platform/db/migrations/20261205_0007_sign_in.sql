-- Failed sign-ins, counted per phone number as typed (whether or not an account has it, so the
-- answers do not tell who is registered) and per (phone number, client address) pair.
-- address = '' is the phone number's row across all addresses (a ceiling per period);
-- any other address is the pair's row (consecutive failures, a lock that doubles on each repeat).
-- Global like account and session (not village data); rows are pruned a day after their last use.
CREATE TABLE sign_in_failure (
  phone text NOT NULL,
  address text NOT NULL,
  failures integer NOT NULL DEFAULT 0,
  strikes integer NOT NULL DEFAULT 0,
  window_started_at timestamptz NOT NULL,
  locked_until timestamptz,
  last_failed_at timestamptz NOT NULL,
  PRIMARY KEY (phone, address)
);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failed_at);
