-- Who to ask about a notice (联系人 / 电话, UX.md): stored with the notice, as
-- printed on the board, not looked up again when the office changes hands.
ALTER TABLE notice ADD COLUMN contact_name text;
ALTER TABLE notice ADD COLUMN contact_phone text;
