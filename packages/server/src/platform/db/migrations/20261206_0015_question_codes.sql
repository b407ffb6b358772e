-- Questions by phone one-time code (issue 10 item 3): a villager without an account asks on the
-- public portal; a 6-digit code goes by SMS to the mobile number the register has for them.

-- Such a question is entered by no account: the villager proved the number instead. A question
-- entered on a villager's behalf still names the cadre who entered it.
ALTER TABLE notice_question ALTER COLUMN entered_by DROP NOT NULL;
ALTER TABLE notice_question ADD CONSTRAINT notice_question_entered_by_on_behalf CHECK (
  entered_by IS NOT NULL OR NOT on_behalf
);

-- One code asked for on one notice. A row is written whether or not the number and name are
-- registered (person_id null then, and its code was never sent), so an unknown number gets the
-- same answers, tries and limits as a known one. The code is kept only as a hash; the number
-- and the client address only as hashes (for the sending limits), never in the audit log.
-- Rows are deleted a day after they were sent.
CREATE TABLE question_code (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  notice_id uuid NOT NULL,
  person_id uuid,
  phone_hash text NOT NULL,
  address_hash text NOT NULL,
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  sent_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  CHECK (expires_at > sent_at)
);
-- the sending limits count across villages (one number, one address): the only reads without
-- village_id, made when a code is asked for
CREATE INDEX question_code_phone ON question_code (phone_hash, sent_at);
CREATE INDEX question_code_address ON question_code (address_hash, sent_at);
CREATE INDEX question_code_sent ON question_code (sent_at);
