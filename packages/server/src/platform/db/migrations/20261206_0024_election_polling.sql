-- 选举, the second half (issue 12 items 6–10; docs/elections.md "Server"): the rounds of polling
-- (first, re-vote among the tied, 另行选举), the polling notice with its tellers, proxies and
-- mobile boxes, who took a ballot (receipts), the tellers' double entry of paper ballots and each
-- box's tally sheet, the public bulletin of counted ballots, and the certified result.
--
-- Secrecy (docs/security.md "Secret ballots"): no table here joins a voter to what a ballot says.
-- Receipts name the voter and no choice; an electronic ballot's contents wait in a secret box of
-- its own (`election_box_<round id>`, platform/ballots) made when the round opens and dropped by
-- the count; the bulletin holds the counted contents under fresh random ids, with no time, no box
-- number and no person. Every table is keyed by (village_id, election_id, round) and none changes
-- a table of migration 0023.

-- One round of polling, as core's standing(...).next gives it: the printed posts (seats and
-- candidates), the polling day, the notice (place, method), the secret booth on record, the
-- departure audit found published, and once counted the figures, the result and the digest.
CREATE TABLE election_round (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL CHECK (round > 0),
  -- the secret box's name is made from this id (never from input)
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('first', 'runoff', 'revote')),
  posts jsonb NOT NULL,
  polling_on date NOT NULL,
  notice_on date,
  place text,
  method text NOT NULL CHECK (method IN ('paper', 'electronic')),
  booth text,
  departure_audit_id uuid,
  opened_on date,
  counted_on date,
  registered integer,
  voted integer,
  ballots_cast integer,
  result jsonb,
  digest text,
  UNIQUE (village_id, id),
  PRIMARY KEY (village_id, election_id, round),
  FOREIGN KEY (village_id, election_id) REFERENCES election (village_id, id)
);

-- 唱票人、计票人、监票人 of a round, as the notice published them.
CREATE TABLE election_teller (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('caller', 'counter', 'scrutineer')),
  PRIMARY KEY (village_id, election_id, round, role, person_id),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- 委托投票: one holder per principal for the election, written, lodged ahead, and valid only once
-- the committee approved and published it (未经审核公告的委托无效).
CREATE TABLE election_proxy (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  principal_id uuid NOT NULL,
  holder_id uuid NOT NULL,
  lodged_on date NOT NULL,
  approved_on date,
  published_on date,
  warnings jsonb NOT NULL DEFAULT '[]',
  recorded_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, election_id, principal_id),
  FOREIGN KEY (village_id, election_id) REFERENCES election (village_id, id),
  FOREIGN KEY (village_id, principal_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, holder_id) REFERENCES person (village_id, id),
  CHECK (principal_id <> holder_id),
  CHECK (published_on IS NULL OR approved_on IS NOT NULL)
);
CREATE INDEX election_proxy_holder ON election_proxy (village_id, election_id, holder_id);

-- 流动票箱: the voters it visits and its scrutineers (published), approved by the town.
CREATE TABLE election_mobile_box (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  box text NOT NULL CHECK (box ~ '^[a-zA-Z0-9-]{1,16}$'),
  voters uuid[] NOT NULL,
  scrutineers uuid[] NOT NULL,
  published_on date NOT NULL,
  town_approved_on date,
  town_approved_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, election_id, round, box),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round)
);

-- Who took a ballot (领取选票), per post: the primary key refuses a second ballot for the same post,
-- however many requests race. The box is where it was handed out ('central', a mobile box, or
-- 'electronic'); a proxy holder's ballot for a principal names the holder. No choice, no time.
CREATE TABLE election_ballot_receipt (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  post_id text NOT NULL,
  person_id uuid NOT NULL,
  box text NOT NULL,
  proxy_holder_id uuid,
  PRIMARY KEY (village_id, election_id, round, post_id, person_id),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- A paper ballot as each of two counters entered it while the caller read it out (唱票、计票):
-- the count needs both entries of every ballot, equal.
CREATE TABLE election_paper_entry (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  box text NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  teller_id uuid NOT NULL,
  marks jsonb NOT NULL,
  PRIMARY KEY (village_id, election_id, round, box, number, teller_id),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round)
);

-- A box's tally sheet (计票单): ballots handed out (from the receipts) and taken out of the box,
-- signed by the round's tellers.
CREATE TABLE election_tally_sheet (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  box text NOT NULL,
  issued integer NOT NULL CHECK (issued >= 0),
  returned integer NOT NULL CHECK (returned >= 0),
  signed_by uuid[] NOT NULL,
  signed_on date NOT NULL,
  PRIMARY KEY (village_id, election_id, round, box),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round)
);

-- 选票公开: every counted ballot of a round, under a fresh random id (no person, no time, no box),
-- written by the count in the order of those ids.
CREATE TABLE election_ballot (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  id uuid NOT NULL,
  marks jsonb NOT NULL,
  PRIMARY KEY (village_id, election_id, round, id),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round)
);

-- The certified result (公布选举结果): who was seated on which post, the term it opened, the
-- women check, and the handover (工作移交) that ends the election committee's work.
CREATE TABLE election_result (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  certified_on date NOT NULL,
  term_id uuid NOT NULL,
  seated jsonb NOT NULL,
  findings jsonb NOT NULL DEFAULT '[]',
  handed_over_on date,
  handover_findings jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (village_id, election_id),
  FOREIGN KEY (village_id, election_id) REFERENCES election (village_id, id),
  FOREIGN KEY (village_id, term_id) REFERENCES body_term (village_id, id)
);
