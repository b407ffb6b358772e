import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * Work-item admission in a village: the tasks the town sent, with the check's verdict. The
 * villagers' committee (its chair and members) records whether it takes a task on (it is the
 * committee that assists the town, 村民委员会组织法 Art. 6); the Party branch, the supervision
 * committee and the town and county read them.
 */
export const WORK_ADMISSION_ABILITIES = defineAbilities({
  readWorkTasks: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  decideWorkTasks: ['committeeChair', 'committeeMember'],
});
