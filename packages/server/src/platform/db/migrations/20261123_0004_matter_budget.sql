-- A matter's budget (预算金额) in yuan, exact to the fen: shown on the matter,
-- prefilled into its notices in capitals. NULL when the matter spends nothing.
ALTER TABLE matter ADD COLUMN budget numeric(14, 2) CHECK (budget >= 0);
