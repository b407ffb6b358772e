-- The village office's phone (村委会联系电话), set by the two committees on the 通知送达 page: the
-- texts to someone outside the registry (no account to sign in with) say to call it, instead of
-- only 请到村委会询问. A public office number, not personal data; NULL until the village sets it.
ALTER TABLE village ADD COLUMN office_phone text
  CHECK (office_phone IS NULL OR office_phone ~ '^[0-9][0-9-]{5,18}[0-9]$');
