-- Spending requests (支出申请) with their approval chain, the payment made on them, and the
-- supervision committee's holds (暂停支付) with the members' votes. Tenant key first everywhere.

CREATE TABLE spending_request (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL,
  purpose text NOT NULL,
  payee text NOT NULL,
  amount numeric(14, 2) NOT NULL CHECK (amount > 0),
  -- the expense account the payment is booked to, and the account it is paid from
  expense_account text NOT NULL,
  paid_from_account text NOT NULL,
  -- what authorises it: the tier of the amount (XWQL-TIER) or a resolution
  authority text NOT NULL CHECK (authority IN ('oneSignature', 'twoCommittees', 'representativesResolution')),
  resolution_id uuid,
  scheduled_on date,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'refused', 'paid')),
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id)
);
CREATE INDEX spending_request_resolution ON spending_request (village_id, resolution_id);

-- One signature per step of the chain; a refusal closes the request.
CREATE TABLE spending_step (
  village_id uuid NOT NULL REFERENCES village (id),
  request_id uuid NOT NULL,
  step text NOT NULL CHECK (step IN ('handled', 'checked', 'chairApproved', 'supervisionReviewed', 'townAccountantChecked')),
  decision text NOT NULL CHECK (decision IN ('approved', 'refused')),
  on_date date NOT NULL,
  account_id uuid NOT NULL REFERENCES account (id),
  person_id uuid,
  note text NOT NULL DEFAULT '',
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, request_id, step),
  FOREIGN KEY (village_id, request_id) REFERENCES spending_request (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- At most one payment per request: the unique key makes a repeated or concurrent execution pay once.
CREATE TABLE spending_payment (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  request_id uuid NOT NULL,
  paid_on date NOT NULL,
  amount numeric(14, 2) NOT NULL,
  voucher_id uuid,
  voucher_number text,
  paid_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, request_id),
  FOREIGN KEY (village_id, request_id) REFERENCES spending_request (village_id, id)
);

CREATE TABLE spending_hold (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  request_id uuid NOT NULL,
  reason text NOT NULL,
  proposed_on date NOT NULL,
  proposed_by uuid NOT NULL,
  co_proposers uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'adopted', 'rejected', 'released')),
  decided_on date,
  -- members, present, yes, no, abstain and the figures required, as counted when decided
  decision jsonb,
  referred_matter_id uuid,
  referred_on date,
  inspected_on date,
  inspection_note text,
  inspected_by uuid REFERENCES account (id),
  release_basis text CHECK (release_basis IN ('resolution', 'committeeVote')),
  release_resolution_id uuid,
  release_decision jsonb,
  released_on date,
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  created_by uuid NOT NULL REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, request_id) REFERENCES spending_request (village_id, id),
  FOREIGN KEY (village_id, proposed_by) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, referred_matter_id) REFERENCES matter (village_id, id),
  FOREIGN KEY (village_id, release_resolution_id) REFERENCES resolution (village_id, id)
);
-- one hold at a time that is proposed or in force, per request
CREATE UNIQUE INDEX spending_hold_open ON spending_hold (village_id, request_id) WHERE status IN ('proposed', 'adopted');

CREATE TABLE spending_hold_vote (
  village_id uuid NOT NULL REFERENCES village (id),
  hold_id uuid NOT NULL,
  person_id uuid NOT NULL,
  choice text NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
  voted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, hold_id, person_id),
  FOREIGN KEY (village_id, hold_id) REFERENCES spending_hold (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
