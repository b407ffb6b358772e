-- 股权量化 (issue 15 item 4): the collective's operating assets quantified to its members as
-- shares of the income right. A holding is the sum of dated, append-only entries; the 股东名册
-- files imported, by SHA-256; and the 股权证 issued per household, numbered per organisation, a
-- reissue voiding the one before. Tenant key first.

-- An imported 股东名册: every line or none, its totals reconciled, the file named by its SHA-256.
-- Its basis is the members' assembly's resolution, or (without one) the earlier property-rights
-- reform's quantification, dated before the collective law took effect (2025-05-01).
CREATE TABLE collective_share_file (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  members integer NOT NULL CHECK (members > 0),
  households integer NOT NULL CHECK (households > 0),
  units bigint NOT NULL CHECK (units > 0),
  effective_on date NOT NULL,
  resolution_id uuid,
  reform_reference text CHECK (length(reform_reference) BETWEEN 1 AND 200),
  imported_by uuid REFERENCES account (id),
  imported_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, org_id, sha256),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  CHECK ((resolution_id IS NULL) <> (reform_reference IS NULL))
);

-- One line of the register of shares: signed units of a class for a person from a day. The
-- quantification (by a members' assembly resolution, or an imported file) and a newborn's grant
-- add; a transfer and an inheritance are two lines that net to zero, each naming the other person.
-- Never updated or deleted: a correction is a new line. The recorder is null when the system acts.
CREATE TABLE collective_share_entry (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  person_id uuid NOT NULL,
  share_class text NOT NULL CHECK (share_class IN ('population', 'farmingYears', 'land')),
  kind text NOT NULL CHECK (kind IN ('quantified', 'imported', 'newborn', 'transferOut',
    'transferIn', 'inheritedOut', 'inheritedIn')),
  units bigint NOT NULL CHECK (units <> 0),
  effective_on date NOT NULL,
  resolution_id uuid,
  file_id uuid,
  counterpart_person_id uuid,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, counterpart_person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  FOREIGN KEY (village_id, file_id) REFERENCES collective_share_file (village_id, id),
  -- what goes out is negative, everything else positive
  CHECK ((kind IN ('transferOut', 'inheritedOut')) = (units < 0)),
  CHECK (kind <> 'quantified' OR resolution_id IS NOT NULL),
  CHECK (kind <> 'imported' OR file_id IS NOT NULL),
  CHECK ((kind IN ('transferOut', 'transferIn', 'inheritedOut', 'inheritedIn'))
    = (counterpart_person_id IS NOT NULL))
);
-- the organisation's holdings on a day (holdingsOn, the distribution); one person's lines
CREATE INDEX collective_share_entry_org ON collective_share_entry (village_id, org_id, effective_on);
CREATE INDEX collective_share_entry_person ON collective_share_entry (village_id, org_id, person_id);

-- A 股权证: the household's holdings on the day of issue, as printed (holders and units), numbered
-- in the organisation's own series. A household has at most one certificate in force; a reissue
-- voids the one before and names it.
CREATE TABLE collective_share_certificate (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  household_id uuid NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  issued_on date NOT NULL,
  units bigint NOT NULL CHECK (units > 0),
  -- [{personId, name, units}] as printed on the certificate
  holders jsonb NOT NULL,
  replaces_id uuid,
  issued_by uuid REFERENCES account (id),
  issued_at timestamptz NOT NULL,
  voided_on date,
  void_reason text CHECK (length(void_reason) BETWEEN 1 AND 200),
  voided_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, org_id, number),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, household_id) REFERENCES household (village_id, id),
  FOREIGN KEY (village_id, replaces_id) REFERENCES collective_share_certificate (village_id, id),
  CHECK ((voided_on IS NULL) = (void_reason IS NULL))
);
CREATE UNIQUE INDEX collective_share_certificate_in_force
  ON collective_share_certificate (village_id, org_id, household_id) WHERE voided_on IS NULL;
