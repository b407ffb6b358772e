-- The collective economic organisation (农村集体经济组织, issue 15 items 2 and 3): the organisation,
-- its charter's versions and its members, each membership act an event of a day. The law in force
-- since 2025-05-01 (农村集体经济组织法). Tenant key first.

-- The organisation: of the village, or of one villager group. One per village at village level and
-- one per group at group level. Its 统一社会信用代码 (from the registration certificate) is optional:
-- core checks its check character. `reformed_on` is the date of the earlier property-rights reform,
-- whose members are imported as confirmed on that date (Art. 66).
CREATE TABLE collective_org (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  level text NOT NULL CHECK (level IN ('village', 'group')),
  villager_group_id uuid,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  registered_code text CHECK (registered_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  founded_on date NOT NULL,
  reformed_on date,
  created_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, villager_group_id) REFERENCES villager_group (village_id, id),
  CHECK ((level = 'group') = (villager_group_id IS NOT NULL))
);
CREATE UNIQUE INDEX collective_org_village_level ON collective_org (village_id) WHERE level = 'village';
CREATE UNIQUE INDEX collective_org_group_level ON collective_org (village_id, villager_group_id)
  WHERE level = 'group';

-- A version of the charter (章程), written once when adopted and never edited: a change is a new
-- version. Adopted by a numbered resolution of the organisation's members' assembly, or — for the
-- charter adopted before the platform (the reform's) — by a resolution on paper, named in words.
-- The terms are JSON that core's collective/charter.ts checks (reserve rate in basis points, the
-- payment to the villagers' committee, share classes and weights, static or dynamic shares, the
-- newborn rule, the Party study enforcement, the assembly's threshold, other loss reasons). The
-- version in force on a day is the one with the latest effective date on or before it.
CREATE TABLE collective_charter (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  terms jsonb NOT NULL,
  resolution_id uuid,
  paper_resolution text CHECK (length(paper_resolution) BETWEEN 1 AND 200),
  adopted_on date NOT NULL,
  effective_from date NOT NULL,
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, org_id, version),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  CHECK ((resolution_id IS NULL) <> (paper_resolution IS NULL)),
  CHECK (effective_from >= adopted_on)
);
CREATE UNIQUE INDEX collective_charter_resolution ON collective_charter (village_id, resolution_id);
CREATE INDEX collective_charter_in_force ON collective_charter (village_id, org_id, effective_from);

-- A member of the register (成员名册): a registry person, numbered in the organisation's register
-- on first confirmation and keeping the number for good. `status` and `since` are the last event's
-- (kept so lists need no event scan); who is a member on a day is read from the events.
CREATE TABLE collective_member (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  person_id uuid NOT NULL,
  register_no integer NOT NULL CHECK (register_no > 0),
  status text NOT NULL CHECK (status IN ('member', 'lost', 'exited')),
  since date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, org_id, person_id),
  UNIQUE (village_id, org_id, register_no),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
CREATE INDEX collective_member_person ON collective_member (village_id, person_id);

-- A membership act of a day, appended and never changed: confirmed or refused by the members'
-- assembly (its resolution; none for the reform's members), lost for an Art. 17 reason, exited on a
-- written application with the organisation's consent, or restored (an unlawful loss undone).
-- `ground` is core's: confirm/refuse → birth, marriage, adoption, policyMigration, reform, other;
-- lose → death, nationality, elsewhere, civilServant, other; exit → application; restore → restore.
-- `reason` is the words (a refusal's reason, the charter's other reason, the organisation elsewhere);
-- `evidence` names the papers (出生医学证明, 死亡证明 …), whose scans are attachments of owner kind
-- collectiveMemberEvent. Refusals name a person who may never have been a member.
CREATE TABLE collective_member_event (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('confirm', 'refuse', 'lose', 'exit', 'restore')),
  ground text NOT NULL CHECK (ground ~ '^[a-z][A-Za-z]{1,39}$'),
  occurred_on date NOT NULL,
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  evidence text NOT NULL DEFAULT '' CHECK (length(evidence) <= 500),
  resolution_id uuid,
  -- an exit: the written application's date and the consent (a resolution, or words)
  applied_on date,
  recorded_by uuid REFERENCES account (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, org_id) REFERENCES collective_org (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  CHECK (kind <> 'refuse' OR length(reason) > 0),
  -- the members' assembly confirms or refuses (Art. 12); the reform's members need no resolution
  CHECK (kind NOT IN ('confirm', 'refuse') OR ground = 'reform' OR resolution_id IS NOT NULL),
  CHECK ((kind = 'exit') = (applied_on IS NOT NULL)),
  CHECK (applied_on IS NULL OR applied_on <= occurred_on)
);
CREATE INDEX collective_member_event_person
  ON collective_member_event (village_id, org_id, person_id, occurred_on);
