import { defineAbilities } from '../policies/groups.ts';

/**
 * 村民委员会和村务监督机构应当建立村务档案 (VCOL Art. 34; 2025 Art. 39): both hold the
 * archive, so the committee's members and the supervisors read it, file into it and export
 * it; nobody else does (the town sees what is missing through the village's findings).
 */
const HOLDERS = [
  'committeeChair',
  'committeeMember',
  'supervisionChair',
  'supervisionMember',
] as const;

export const ARCHIVE_ABILITIES = defineAbilities({
  readArchive: HOLDERS,
  fileArchive: HOLDERS,
});
