import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

const SUPERVISORS = ['supervisionChair', 'supervisionMember'] as const;

/**
 * 选举 (elections). The 村民选举委员会 is chosen per election and is no body
 * with seats on the day, so its members pass the route's guard as villagers
 * and the command checks they sit on this election's committee (XJGC-EC:
 * 村民选举委员会主持选举). Personal data on the roll (ID numbers, phones) is
 * shown to the committee's members and the town only (checked in the route).
 */
export const ELECTIONS_ABILITIES = defineAbilities({
  /** The elections, their committee, rules, timetable and the published roll and list. */
  readElections: ['villager', ...CADRE, 'representative', ...SUPERVISORS, ...OVERSEERS],
  /** Open an election and record the committee the assembly, representatives or groups chose. */
  organiseElections: [...CADRE, 'townOfficial'],
  /** Run the steps: the command checks a seat on this election's committee. */
  runElections: ['villager'],
  /** Object to the published roll oneself (申诉), within its five days: any villager. */
  objectToRoll: ['villager'],
  /** File the election committee with the town (报乡镇备案). */
  fileElectionCommittee: ['townOfficial'],
  /** Open a recall request (罢免要求) against a serving member: any villager, or the town entering one from paper. */
  requestRecall: ['villager', 'townOfficial'],
  /** Add one's own signature to a recall request from the phone (联名): any villager. */
  signRecall: ['villager'],
  /** Find that a win was by improper means (当选无效, VCOL-17-FRAUD): the town or county. */
  findElectionFraud: [...OVERSEERS],
});
