import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

export const AUDIT_ABILITIES = defineAbilities({
  /** Verify the audit chain and read the audit log. */
  readAudit: [...CADRE, 'supervisionMember', ...OVERSEERS],
});
