-- A village's own roster headers, mapped once by its clerk (issue 9, item 20):
-- the header text as normalised by core/roster/rosterHeaders.normaliseHeader,
-- and the roster field it holds, or 'ignore' for a column not to import.
CREATE TABLE roster_column_mapping (
  village_id uuid NOT NULL REFERENCES village (id),
  header text NOT NULL CHECK (header <> '' AND length(header) <= 100),
  field text NOT NULL CHECK (field IN (
    'householdNumber', 'villagerGroup', 'grid', 'address', 'name', 'gender', 'birthDate',
    'residentIdNumber', 'phone', 'relationToHead', 'residenceStatus', 'residenceSince',
    'partyMember', 'partyJoinedOn', 'ignore'
  )),
  updated_by uuid NOT NULL REFERENCES account (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, header)
);
