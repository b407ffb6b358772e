-- A line of an election round's printed roll entered by mistake is withdrawn, not deleted
-- (issue 16 item 6): marked with who withdrew it, when and why, so the reconciliation report
-- leaves it out and the record keeps it. A voter's line may be entered again once withdrawn:
-- one line in force per voter and round, any number withdrawn.
ALTER TABLE election_roll_sign ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE election_roll_sign ADD COLUMN withdrawn_by uuid REFERENCES account (id);
ALTER TABLE election_roll_sign ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE election_roll_sign ADD COLUMN withdrawn_reason text;
ALTER TABLE election_roll_sign ADD CONSTRAINT election_roll_sign_withdrawn_check CHECK (
  (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawn_reason IS NULL)
  OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND length(btrim(withdrawn_reason)) > 0)
);
ALTER TABLE election_roll_sign DROP CONSTRAINT election_roll_sign_pkey;
ALTER TABLE election_roll_sign ADD PRIMARY KEY (village_id, id);
CREATE UNIQUE INDEX election_roll_sign_in_force
  ON election_roll_sign (village_id, election_id, round, person_id) WHERE withdrawn_at IS NULL;
