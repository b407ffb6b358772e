-- An economic-responsibility audit's results are published (审计结果应当公布) as a notice of
-- their own kind on the board and the portal; the audit keeps the notice it was published as
-- (audits published before this migration have none).
ALTER TABLE notice DROP CONSTRAINT notice_kind_check;
ALTER TABLE notice ADD CONSTRAINT notice_kind_check CHECK (
  kind IN (
    'topic',
    'meeting',
    'resolution',
    'implementationResult',
    'financeStatement',
    'villageAffairs',
    'partyAffairs',
    'supervisionReport',
    'evaluationResult',
    'auditResult'
  )
);
ALTER TABLE responsibility_audit ADD COLUMN notice_id uuid;
ALTER TABLE responsibility_audit
  ADD FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id);
