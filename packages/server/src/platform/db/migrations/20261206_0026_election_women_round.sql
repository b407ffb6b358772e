-- 妇女成员另行选举 (docs/elections.md "Certify"): when the villagers' committee's count
-- elects no woman, a round of its own among the women for the seat of the lowest winner
-- on the post with most seats (core's womenCheck; round kind `women`).

ALTER TABLE election_round DROP CONSTRAINT election_round_kind_check;
ALTER TABLE election_round ADD CONSTRAINT election_round_kind_check CHECK (
  kind IN ('first', 'runoff', 'revote', 'women')
);
