-- The outbox tells of more than notices (docs/notifications.md): a service request finished,
-- refused or waiting for materials; a villager's complaint answered; a deadline the
-- household must not miss (a meeting tomorrow, the voter roll's last day for objections, a
-- notice's last day for objections). A message is about a notice (notice_id, as before) or about
-- another record (subject_kind, subject_id), never both.
ALTER TABLE outbox_message ALTER COLUMN notice_id DROP NOT NULL;
ALTER TABLE outbox_message ADD COLUMN subject_kind text
  CHECK (subject_kind IN ('serviceRequest', 'complaint', 'meeting', 'election'));
ALTER TABLE outbox_message ADD COLUMN subject_id uuid;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_subject CHECK (
  (notice_id IS NOT NULL AND subject_kind IS NULL AND subject_id IS NULL)
  OR (notice_id IS NULL AND subject_kind IS NOT NULL AND subject_id IS NOT NULL)
);

ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_reason_check;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_reason_check
  CHECK (reason IN ('notice', 'meeting', 'answer', 'service', 'deadline'));

-- A message to someone outside the registry (a service requester or complainant who is no
-- registered villager) has no household: an SMS to the number they gave, never an in-app one.
ALTER TABLE outbox_message ALTER COLUMN household_id DROP NOT NULL;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_household
  CHECK (household_id IS NOT NULL OR channel = 'sms');

-- One message per cause, household and channel, as before; the reason joins the key because a
-- deadline's reminder has the same cause as the publication it follows (a notice's last day for
-- objections), and a message to no household is still one (NULLS NOT DISTINCT): the due
-- reminders run every round and on every server, and the key is what keeps them to one.
ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_village_id_cause_id_household_id_channel_key;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_once
  UNIQUE NULLS NOT DISTINCT (village_id, reason, cause_id, household_id, channel);

-- The notices' delivery pages read by notice; the rest have none
DROP INDEX outbox_message_notice;
CREATE INDEX outbox_message_notice ON outbox_message (village_id, notice_id) WHERE notice_id IS NOT NULL;
