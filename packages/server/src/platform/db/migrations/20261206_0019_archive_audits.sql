-- Economic-responsibility audits (经济责任审计, VCOL-35-AUDIT) and the village archive
-- (村务档案, VCOL-34-ARCHIVE), issue 11 items 6–7. Tenant key (village_id) first everywhere.

-- Villagers' demand for an audit of other items (本村五分之一以上的村民要求审计的其他事项):
-- signatures collected like a demanded meeting's; accepted once they reach one fifth.
CREATE TABLE audit_demand (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  status text NOT NULL DEFAULT 'collecting' CHECK (status IN ('collecting', 'accepted', 'arranged')),
  accepted_on date,
  created_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  CHECK ((status = 'collecting') = (accepted_on IS NULL))
);

CREATE TABLE audit_demand_signature (
  village_id uuid NOT NULL REFERENCES village (id),
  demand_id uuid NOT NULL,
  person_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('app', 'paper')),
  recorded_by uuid REFERENCES account (id),
  signed_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, demand_id, person_id),
  FOREIGN KEY (village_id, demand_id) REFERENCES audit_demand (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);

-- A term, departure or demanded audit: who audits, the period, the items (of the text of the
-- law in force on the period's last day), the findings with amounts in fen, and publication.
CREATE TABLE responsibility_audit (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number int NOT NULL CHECK (number >= 1),
  kind text NOT NULL CHECK (kind IN ('term', 'departure', 'demanded')),
  body_term_id uuid,
  demand_id uuid,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  -- the cadres audited (a departure audit: those leaving office)
  person_ids uuid[] NOT NULL DEFAULT '{}',
  period_from date NOT NULL,
  period_to date NOT NULL,
  items text[] NOT NULL,
  auditor_kind text NOT NULL CHECK (auditor_kind IN ('townAgency', 'auditFirm', 'countyDepartment')),
  auditor_name text NOT NULL CHECK (length(auditor_name) BETWEEN 1 AND 100),
  arranged_on date NOT NULL,
  status text NOT NULL DEFAULT 'arranged' CHECK (status IN ('arranged', 'reported', 'published')),
  reported_on date,
  conclusion text NOT NULL DEFAULT '' CHECK (length(conclusion) <= 8000),
  -- [{ "label": "应收未收承包费", "amountFen": 1234500 }]
  amounts jsonb NOT NULL DEFAULT '[]',
  published_on date,
  created_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number),
  FOREIGN KEY (village_id, body_term_id) REFERENCES body_term (village_id, id),
  FOREIGN KEY (village_id, demand_id) REFERENCES audit_demand (village_id, id),
  CHECK (period_to >= period_from),
  CHECK ((kind = 'demanded') = (demand_id IS NOT NULL)),
  CHECK ((kind = 'demanded') = (body_term_id IS NULL)),
  CHECK ((status = 'arranged') = (reported_on IS NULL)),
  CHECK ((status = 'published') = (published_on IS NOT NULL))
);
CREATE INDEX responsibility_audit_term ON responsibility_audit (village_id, body_term_id);

-- A document filed by hand (election files, contracts, construction records …): its file's
-- bytes and SHA-256 in the database. Documents the product already holds (meetings,
-- resolutions, books, audits) are not copied here: the archive indexes them where they are.
CREATE TABLE archive_item (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  type text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  document_on date NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type text NOT NULL,
  size_bytes int NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  filed_by uuid REFERENCES account (id),
  filed_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id)
);
CREATE INDEX archive_item_date ON archive_item (village_id, document_on);
