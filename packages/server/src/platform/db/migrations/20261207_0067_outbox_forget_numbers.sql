-- The number of a delivered SMS is forgotten 30 days after delivery (docs/notifications.md,
-- 保存期限): 《个人信息保护法》第十九条 keeps personal information no longer than its purpose
-- needs, and a number's purpose here is to deliver and to answer "I never got it" against the
-- provider's delivery report. The delivery record — whom (household, person), when, how it
-- fared — stays with the record it is about. A sent SMS may so have no number; any other SMS
-- still needs its number (to send, or to be retried), and an in-app message never has one.
ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_check;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_recipient CHECK (
  CASE channel WHEN 'inApp' THEN recipient IS NULL ELSE recipient IS NOT NULL OR status = 'sent' END
);
CREATE INDEX outbox_message_numbers_kept ON outbox_message (sent_at)
  WHERE channel = 'sms' AND recipient IS NOT NULL AND status = 'sent';
