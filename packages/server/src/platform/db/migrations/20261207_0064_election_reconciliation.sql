-- Paper ⇄ online reconciliation of an election's round (issue 16 item 6): the printed roll the
-- voters sign for a ballot at the polling station (领票签名), entered afterwards by the election
-- committee, is kept apart from the ballot receipts (which refuse a second ballot and so could
-- not show one). Who signed, at which box, a proxy holder's hand for a principal; never a choice.
CREATE TABLE election_roll_sign (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  person_id uuid NOT NULL,
  box text NOT NULL CHECK (box ~ '^[a-zA-Z0-9-]{1,16}$'),
  proxy_holder_id uuid,
  entered_by uuid NOT NULL REFERENCES account (id),
  entered_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, election_id, round, person_id),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, proxy_holder_id) REFERENCES person (village_id, id)
);

-- The supervision committee's members sign a round's reconciliation report, each once; the
-- signature keeps the report's fingerprint as it stood when signed.
CREATE TABLE election_reconciliation_signature (
  village_id uuid NOT NULL REFERENCES village (id),
  election_id uuid NOT NULL,
  round smallint NOT NULL,
  person_id uuid NOT NULL,
  fingerprint text NOT NULL,
  signed_by uuid NOT NULL REFERENCES account (id),
  signed_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, election_id, round, person_id),
  FOREIGN KEY (village_id, election_id, round) REFERENCES election_round (village_id, election_id, round),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
