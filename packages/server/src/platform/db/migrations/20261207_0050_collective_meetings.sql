-- The collective economic organisation's meetings (issue 15 item 5): its members' assembly, members'
-- representatives' assembly and council meeting are meetings of one organisation, and their
-- resolutions are numbered in the organisation's OWN series — the cooperative's 〔2026〕第1号 does not
-- take the villagers' bodies' numbers (农村集体经济组织法 Arts. 26–33). Tenant key first.

-- The organisation a meeting belongs to: set for its three kinds, and only for them.
ALTER TABLE meeting ADD COLUMN collective_org_id uuid;
ALTER TABLE meeting ADD CONSTRAINT meeting_collective_org
  FOREIGN KEY (village_id, collective_org_id) REFERENCES collective_org (village_id, id);
ALTER TABLE meeting ADD CONSTRAINT meeting_collective_kind CHECK (
  (kind IN ('membersAssembly', 'membersRepresentativesAssembly', 'collectiveCouncilMeeting'))
  = (collective_org_id IS NOT NULL)
);
CREATE INDEX meeting_collective_org ON meeting (village_id, collective_org_id, meeting_on)
  WHERE collective_org_id IS NOT NULL;

-- A resolution's series: the village's own (NULL) or an organisation's. One number per series
-- and year; every existing resolution stays in the village's series with its number.
ALTER TABLE resolution ADD COLUMN collective_org_id uuid;
ALTER TABLE resolution ADD CONSTRAINT resolution_collective_org
  FOREIGN KEY (village_id, collective_org_id) REFERENCES collective_org (village_id, id);
ALTER TABLE resolution DROP CONSTRAINT resolution_village_id_year_number_key;
CREATE UNIQUE INDEX resolution_number_village ON resolution (village_id, year, number)
  WHERE collective_org_id IS NULL;
CREATE UNIQUE INDEX resolution_number_collective
  ON resolution (village_id, collective_org_id, year, number)
  WHERE collective_org_id IS NOT NULL;

-- A motion at the organisation's assemblies: the Art. 26 power it exercises (the representatives'
-- assembly may not exercise (一)(三)(八)(十)(十二): Art. 28), the day the Party organisation studied
-- it (Art. 26 last para.), and whether it grants a non-member rights (Art. 15: three-quarters).
ALTER TABLE motion ADD COLUMN collective_power text CHECK (collective_power ~ '^[a-z][A-Za-z]{1,39}$');
ALTER TABLE motion ADD COLUMN party_studied_on date;
ALTER TABLE motion ADD COLUMN non_member_rights boolean NOT NULL DEFAULT false;
