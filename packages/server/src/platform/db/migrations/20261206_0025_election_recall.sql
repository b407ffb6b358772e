-- 罢免 (recall), other ends of an office and 补选 (by-elections) (issue 12 item 12;
-- docs/elections.md "Recall and by-election on the server"). A recall request against a serving
-- member of the villagers' committee or the supervision committee, its signatures (from paper or
-- each villager's own from the phone), the member's reply, the vote's day and its result; a
-- by-election of vacant seats for the rest of the term. An office that ends (recalled, sentenced,
-- incapacitated, dead, resignation accepted, a win void for fraud) ends its body_membership row with
-- the reason; no other table is changed.
--
-- `recall.record` and `by_election.record` are core's RecallRecord and ByElectionRecord
-- (elections/flows.ts) as the last act left them; each command replays its act on them.

CREATE TABLE recall (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  -- the seat the request is against, and whose it is
  membership_id uuid NOT NULL,
  person_id uuid NOT NULL,
  reasons text NOT NULL,
  opened_on date NOT NULL,
  -- 'collecting' until the request is made with its signatures, then core's stages
  stage text NOT NULL DEFAULT 'collecting' CHECK (stage IN ('collecting', 'requested', 'replied', 'voted')),
  record jsonb,
  -- the request as received: the bases and the signatures counted on that day
  received_on date,
  voter_basis text CHECK (voter_basis IN ('roll', 'registry')),
  voters integer,
  signers integer,
  representatives integer,
  representative_signers integer,
  -- the member's reply (申辩), or that the member declined to reply
  reply text,
  reply_declined boolean,
  replied_on date,
  -- the vote: its day, who organised it, the tally and the outcome
  vote_on date,
  organiser text CHECK (organiser IN ('village', 'township')),
  registered integer,
  voted integer,
  yes integer,
  recalled boolean,
  findings jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES account (id),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, membership_id) REFERENCES body_membership (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  CHECK (yes IS NULL OR (yes <= voted AND voted <= registered))
);

-- one open request per seat: a second waits until the first is voted on
CREATE UNIQUE INDEX recall_one_open ON recall (village_id, membership_id) WHERE stage <> 'voted';

-- A signature (联名): entered from the paper list, or the villager's own from the phone.
CREATE TABLE recall_signature (
  village_id uuid NOT NULL REFERENCES village (id),
  recall_id uuid NOT NULL,
  person_id uuid NOT NULL,
  signed_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('paper', 'app')),
  entered_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, recall_id, person_id),
  FOREIGN KEY (village_id, recall_id) REFERENCES recall (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- A by-election (补选) of a body's vacant seats in its current term, at the villagers' assembly
-- or the representatives' meeting; the elected serve until the term's end.
CREATE TABLE by_election (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  body_id uuid NOT NULL,
  term_id uuid NOT NULL,
  meeting text NOT NULL CHECK (meeting IN ('assembly', 'representatives')),
  stage text NOT NULL CHECK (stage IN ('vacant', 'candidatesPublished', 'counted', 'certified')),
  record jsonb NOT NULL,
  opened_on date NOT NULL,
  candidates_published_on date,
  counted_on date,
  certified_on date,
  created_by uuid REFERENCES account (id),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, body_id) REFERENCES body (village_id, id),
  FOREIGN KEY (village_id, term_id) REFERENCES body_term (village_id, id)
);

-- Why an office ended before its term (shown on the body's term page), now also by this migration's acts.
ALTER TABLE body_membership DROP CONSTRAINT body_membership_end_reason_check;
ALTER TABLE body_membership ADD CONSTRAINT body_membership_end_reason_check CHECK (
  end_reason IN ('evaluation', 'recall', 'sentence', 'incapacity', 'death', 'resignation', 'fraud')
);
