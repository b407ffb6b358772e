-- The notification outbox (docs/notifications.md): every message a published notice, a convened
-- meeting or an answered question owes a household, written in the same transaction as the act.
-- In-app messages are delivered by being written (status sent); SMS wait for the worker, which
-- claims due rows with FOR UPDATE SKIP LOCKED so two workers never take the same one.
CREATE TABLE outbox_message (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  reason text NOT NULL CHECK (reason IN ('notice', 'meeting', 'answer')),
  -- the notice the message is about (for an answer, the notice asked about)
  notice_id uuid NOT NULL,
  -- what caused it: the notice itself, or the question answered; one message per cause, household and channel
  cause_id uuid NOT NULL,
  household_id uuid NOT NULL,
  person_id uuid,
  channel text NOT NULL CHECK (channel IN ('inApp', 'sms')),
  -- the mobile number an SMS goes to: read by the worker only, never sent to a browser
  recipient text,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  claimed_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, cause_id, household_id, channel),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  CHECK ((channel = 'sms') = (recipient IS NOT NULL))
);

CREATE INDEX outbox_message_due ON outbox_message (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_message_notice ON outbox_message (village_id, notice_id);
CREATE INDEX outbox_message_household ON outbox_message (village_id, household_id, created_at);
