-- The points supermarket (积分超市, issue 14 item 4) and the import of a village's existing points
-- ledgers (item 5). Points move only through the ledger (points_entry, migration 0041): a
-- redemption appends a 'redemption' line, its cancellation a 'redemptionCancelled' line, and an
-- imported file one 'imported' line per row. Tenant key first.

-- Goods on the shelf: a points price and the stock on hand. The stock column is the lockable sum
-- of the item's stock log (points_stock_move); tests prove the two equal.
CREATE TABLE points_goods (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 8),
  price integer NOT NULL CHECK (price BETWEEN 1 AND 100000),
  stock integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id)
);
CREATE UNIQUE INDEX points_goods_name ON points_goods (village_id, name);

-- A redemption: a household takes goods for points, on the phone (ordered, then handed over at
-- the shop) or at the keeper's counter (handed over at once); cancelled gives both back with new
-- lines, the first ones kept.
CREATE TABLE points_redemption (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  household_id uuid NOT NULL,
  goods_id uuid NOT NULL,
  quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  points integer NOT NULL CHECK (points > 0),
  channel text NOT NULL CHECK (channel IN ('phone', 'counter')),
  state text NOT NULL CHECK (state IN ('ordered', 'handedOver', 'cancelled')),
  -- the villager who ordered on the phone, or the keeper at the counter
  redeemed_by uuid NOT NULL REFERENCES account (id),
  redeemed_at timestamptz NOT NULL,
  entry_id uuid NOT NULL,
  handed_over_by uuid REFERENCES account (id),
  handed_over_at timestamptz,
  cancelled_by uuid REFERENCES account (id),
  cancelled_at timestamptz,
  cancel_reason text,
  cancel_entry_id uuid,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  FOREIGN KEY (village_id, goods_id) REFERENCES points_goods (village_id, id),
  FOREIGN KEY (village_id, entry_id) REFERENCES points_entry (village_id, id),
  FOREIGN KEY (village_id, cancel_entry_id) REFERENCES points_entry (village_id, id),
  CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK ((state = 'cancelled') = (cancel_entry_id IS NOT NULL)),
  CHECK ((handed_over_at IS NULL) = (handed_over_by IS NULL))
);
CREATE INDEX points_redemption_household ON points_redemption (village_id, household_id, redeemed_at);
CREATE INDEX points_redemption_log ON points_redemption (village_id, redeemed_at);

-- The stock log: every change to an item's stock, signed. received names its source (bought,
-- donated, …) in words; counted is a stocktake (what was counted, and the change it made);
-- redeemed and returned belong to a redemption.
CREATE TABLE points_stock_move (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  goods_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('received', 'counted', 'redeemed', 'returned')),
  change integer NOT NULL,
  source text CHECK (source IN ('purchased', 'donated', 'other')),
  note text NOT NULL DEFAULT '',
  counted integer CHECK (counted >= 0),
  redemption_id uuid,
  recorded_by uuid NOT NULL REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, goods_id) REFERENCES points_goods (village_id, id),
  FOREIGN KEY (village_id, redemption_id) REFERENCES points_redemption (village_id, id),
  CHECK ((kind = 'received') = (source IS NOT NULL)),
  CHECK (kind <> 'received' OR change > 0),
  CHECK ((kind = 'counted') = (counted IS NOT NULL)),
  CHECK ((kind IN ('redeemed', 'returned')) = (redemption_id IS NOT NULL))
);
CREATE INDEX points_stock_move_goods ON points_stock_move (village_id, goods_id, recorded_at);

-- An imported ledger file: its SHA-256 (a file is imported once), who imported it and when, and
-- the publicity its lines pass before they count. Its lines are points_entry rows of kind
-- 'imported' whose source is this file (source_kind 'ledgerFile', source_id the SHA-256).
CREATE TABLE points_ledger_file (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  file_name text NOT NULL,
  lines integer NOT NULL CHECK (lines > 0),
  points_total integer NOT NULL,
  imported_by uuid NOT NULL REFERENCES account (id),
  imported_at timestamptz NOT NULL,
  publicity_starts_on date NOT NULL,
  publicity_ends_on date NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, sha256),
  CHECK (publicity_ends_on >= publicity_starts_on)
);
