import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * The notification outbox. Every villager reads their own household's messages (我的消息); the
 * cadres who publish see how each notice reached the households and send failed SMS again; the
 * supervision committee, which oversees disclosure (VCOL Art. 32), and the town and county read
 * the delivery. No one is shown a phone number: only the gateway gets it.
 */
export const NOTIFICATIONS_ABILITIES = defineAbilities({
  readOwnMessages: ['villager'],
  readOutbox: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  retryOutbox: CADRE,
});
