import type { AppContext } from '../../platform/http/context.ts';
import { presentAct, presentConsent } from './present.ts';
import { listAssistedActs, listConsents } from './repository.ts';

/** The village's consents and the acts done under them, for the cadres. */
export async function villageAssistance(ctx: AppContext, villageId: string) {
  const today = ctx.clock.today();
  const [consents, acts] = await Promise.all([
    listConsents(ctx.db, villageId),
    listAssistedActs(ctx.db, villageId),
  ]);
  return {
    consents: consents.map((c) => presentConsent(c, today)),
    acts: acts.map(presentAct),
  };
}

/**
 * A villager's 代办记录: what others did for them, the consents they gave, and the consents
 * their household members gave them (only their own: no one else's record is read here).
 */
export async function ownAssistance(ctx: AppContext, villageId: string, personId: string) {
  const today = ctx.clock.today();
  const [actsForMe, mine, givenToMe] = await Promise.all([
    listAssistedActs(ctx.db, villageId, { personId }),
    listConsents(ctx.db, villageId, { personId }),
    listConsents(ctx.db, villageId, { agentPersonId: personId }),
  ]);
  return {
    actsForMe: actsForMe.map(presentAct),
    myConsents: mine.map((c) => presentConsent(c, today)),
    givenToMe: givenToMe.map((c) => presentConsent(c, today)),
  };
}

/** The act just recorded, as the lists show it. */
export async function actView(ctx: AppContext, villageId: string, personId: string, actId: string) {
  const acts = await listAssistedActs(ctx.db, villageId, { personId });
  return presentAct(acts.find((a) => a.id === actId)!);
}
