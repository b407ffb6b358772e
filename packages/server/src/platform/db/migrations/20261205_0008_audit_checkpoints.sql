-- Audit checkpoints: the head of every village's audit chain, published once a
-- day (on the village's public page and on printed notices). Anyone who kept an
-- earlier head can check it is still on the chain (`verify-audit --since`), so a
-- cut-off tail or a rebuilt chain is found even if the head row was rewritten
-- with it. One row per village and day; never updated.
CREATE TABLE audit_checkpoint (
  village_id uuid NOT NULL REFERENCES village (id),
  day date NOT NULL,
  seq bigint NOT NULL,
  hash char(64) NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, day)
);
