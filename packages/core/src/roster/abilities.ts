import { defineAbilities, OVERSEERS } from '../policies/groups.ts';

export const ROSTER_ABILITIES = defineAbilities({
  /**
   * Download the roster as Excel, ID numbers masked and birth dates given as ages: what the
   * exporter's screens show those without `viewResidentIdNumbers`.
   */
  exportRoster: ['committeeChair', 'committeeMember', 'partySecretary', ...OVERSEERS],
  /**
   * Download it with full ID numbers and birth dates (a copy that can be imported again): only the
   * committee that keeps the register. The town checks the register on screen; a full copy of it
   * leaves the village only through its keepers, and every export is audited.
   */
  exportRosterIdNumbers: ['committeeChair', 'committeeMember'],
});
