-- The polling notice (选举日公告) states the hours of polling (投票时间 8:00–12:00) and may name
-- the secret writing booth in advance; the printed notice left both blank to be written by hand.
ALTER TABLE election_round
  ADD COLUMN opens_at text CHECK (opens_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD COLUMN closes_at text CHECK (closes_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD CONSTRAINT election_round_hours CHECK (
    (opens_at IS NULL) = (closes_at IS NULL) AND (opens_at IS NULL OR opens_at < closes_at));
