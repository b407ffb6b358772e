-- Secret ballots, redesigned (issue 9 item 8; docs/security.md "Secret ballots").
--
-- The running count `secret_tally` was rewritten once per ballot, in the
-- voter's own transaction: its old row versions, each with the xmin of a
-- voter's receipt, linked every voter to a choice until VACUUM. It goes.
--
-- Now a choice is written apart from its receipt: while the vote is open into
-- the motion's own ballot box, a table `ballot_box_<motion id>` made when the
-- vote opens (id random, choice; no voter, no time; rows only inserted, in
-- shuffled batches, in transactions that write no receipt). Closing the vote
-- counts the box, copies its ballots here under fresh random ids, in one
-- transaction, in the order of those ids, and drops the box: its file, with
-- every row version and transaction id it held, is removed at commit.
--
-- `ballot` is published once the vote is closed (anyone may recount it); rows
-- are inserted once and never updated, so every row of a motion has the xmin
-- of the transaction that closed it and no row order other than its random id.
CREATE TABLE ballot (
  village_id uuid NOT NULL REFERENCES village (id),
  motion_id uuid NOT NULL,
  id uuid NOT NULL,
  choice text NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
  PRIMARY KEY (village_id, motion_id, id),
  FOREIGN KEY (village_id, motion_id) REFERENCES motion (village_id, id)
);

-- Secret votes closed before: their counts, as anonymous ballots (the counts are public already).
INSERT INTO ballot (village_id, motion_id, id, choice)
SELECT mo.village_id, mo.id, gen_random_uuid(), c.choice
FROM motion mo
CROSS JOIN LATERAL (VALUES ('yes', mo.yes), ('no', mo.no), ('abstain', mo.abstain)) AS c (choice, n)
CROSS JOIN LATERAL generate_series(1, coalesce(c.n, 0))
WHERE mo.voting = 'secret' AND mo.status = 'closed'
ORDER BY 3;

-- Secret votes open now: a ballot box holding their running counts as ballots.
-- (The migration runner splits at a semicolon that ends a line: none inside the block does.)
DO $$ DECLARE r record; box_name text; BEGIN
  FOR r IN SELECT t.motion_id, t.yes, t.no, t.abstain FROM secret_tally t
    JOIN motion mo ON mo.village_id = t.village_id AND mo.id = t.motion_id
    WHERE mo.voting = 'secret' AND mo.status = 'open' LOOP
    box_name := 'ballot_box_' || replace(r.motion_id::text, '-', ''); EXECUTE format('CREATE TABLE %I (id uuid PRIMARY KEY, choice text NOT NULL CHECK (choice IN (''yes'', ''no'', ''abstain'')))', box_name); EXECUTE format('INSERT INTO %I (id, choice) SELECT gen_random_uuid(), c.choice FROM (VALUES (''yes'', $1), (''no'', $2), (''abstain'', $3)) AS c (choice, n) CROSS JOIN LATERAL generate_series(1, c.n) ORDER BY 1', box_name) USING r.yes, r.no, r.abstain; END LOOP; END $$;

-- Dropping the table removes its file, and with it the old row versions.
DROP TABLE secret_tally;
