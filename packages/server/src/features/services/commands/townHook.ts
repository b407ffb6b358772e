import type { ReferralStep } from '@cunzhi/core/townInbox/referrals';
import { registerReferralSource, type ReferralStepEvent } from '../../townInbox/sources.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { findRequest, updateRequest } from '../repository.ts';
import { moveRequest, noteStep, type StepContext } from './move.ts';

/** Town steps the request's timeline shows (the village's own filing and refiling it shows already). */
const SHOWN: ReadonlySet<ReferralStep> = new Set([
  'accept',
  'askMaterials',
  'materialsIn',
  'handle',
  'transfer',
  'close',
]);

/**
 * What the town department does with a request handed to it flows back in the same transaction:
 * its answer, or its "not ours" with the reason, puts the request back in the 首问责任人's hands
 * (办理中) for them to close with the villager; its other steps join the request's timeline. A
 * corrected answer replaces the one shown.
 */
async function onTownStep(tx: Tx, e: ReferralStepEvent): Promise<void> {
  const villageId = e.referral.village_id;
  const row = await findRequest(tx, villageId, e.referral.source_id, { forUpdate: true });
  if (!row) return;
  const cmd: StepContext = {
    villageId,
    actorAccountId: e.accountId,
    clock: { now: () => e.at, today: () => e.today },
  };
  const flowsBack = e.step === 'answer' || e.step === 'return';
  if (flowsBack && row.state === 'agency') {
    await moveRequest(tx, cmd, row, {
      action: 'townAnswer',
      actor: 'town',
      change: e.step === 'answer' ? { townAnswer: e.note ?? '' } : {},
      note: e.step === 'return' ? `退回：${e.note ?? ''}` : e.note,
    });
    return;
  }
  if (e.step === 'answer')
    await updateRequest(tx, villageId, row.id, { state: row.state, townAnswer: e.note ?? '' });
  if (flowsBack || SHOWN.has(e.step)) await noteStep(tx, cmd, row, `town.${e.step}`, e.note);
}

registerReferralSource('service', { onStep: onTownStep });
