-- A petition (信访) tells its petitioner when it is forwarded, accepted or not, answered, or past
-- its time, and the officials handling it when its last day is near or gone (docs/notifications.md):
-- a message may be about a petition, for the reason 'petition'. Nothing of the petition's content
-- is in a message; an official's reminder is an SMS to their account's number, with no household.
ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_subject_kind_check;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_subject_kind_check
  CHECK (subject_kind IN ('serviceRequest', 'complaint', 'meeting', 'election', 'petition'));

ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_reason_check;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_reason_check
  CHECK (reason IN ('notice', 'meeting', 'answer', 'service', 'deadline', 'petition'));
