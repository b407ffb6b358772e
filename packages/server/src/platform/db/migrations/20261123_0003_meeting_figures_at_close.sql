-- The figures a meeting was decided on, recorded when it closes: presence,
-- quorum (every path with its base and required count, the rule id) and the
-- rule profile id and version they were computed under. A closed meeting's
-- page shows these, never figures recomputed under a later charter or registry.
-- Meetings closed before this column existed keep NULL (their page says so).
ALTER TABLE meeting ADD COLUMN figures_at_close jsonb;
