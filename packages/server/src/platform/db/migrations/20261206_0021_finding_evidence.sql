-- Evidence of a supervision finding (issue 11 item 2): the photos and documents a member took
-- at the inspection, kept as bytes with their SHA-256 (the hash is on the audit chain in the
-- finding's event, so a copy can be checked later). Not the archive's table: evidence is
-- personal data seen by the committee and the cadres, not a document filed for the village.
CREATE TABLE supervision_finding_evidence (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  finding_id uuid NOT NULL,
  -- the order the member attached them in
  position int NOT NULL CHECK (position >= 0),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes int NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, finding_id, position),
  FOREIGN KEY (village_id, inspection_id) REFERENCES supervision_inspection (village_id, id),
  FOREIGN KEY (village_id, finding_id) REFERENCES supervision_finding (village_id, id)
);
CREATE INDEX supervision_finding_evidence_inspection
  ON supervision_finding_evidence (village_id, inspection_id);

-- The photos a report shows on the portal once published: chosen with the report, so the
-- committee's vote on the report is its choice to publish them (none by default).
ALTER TABLE supervision_report ADD COLUMN public_evidence uuid[] NOT NULL DEFAULT '{}';

-- The item of the year's plan an inspection carries out (its place in the plan's items).
ALTER TABLE supervision_inspection ADD COLUMN plan_item int CHECK (plan_item >= 0);
ALTER TABLE supervision_inspection ADD CONSTRAINT supervision_inspection_plan_item
  CHECK (plan_item IS NULL OR plan_id IS NOT NULL);
