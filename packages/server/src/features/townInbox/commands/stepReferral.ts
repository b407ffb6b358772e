import { DomainError } from '@cunzhi/core/errors';
import {
  canReadReferral,
  referralStep,
  REFERRAL_STATUSES,
  type ReferralStep,
} from '@cunzhi/core/policies/townInbox';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { findReferral, referralChain, setReferralStep, villagePlace } from '../repository.ts';

const STATUS_NAMES: Record<(typeof REFERRAL_STATUSES)[number], { zh: string; en: string }> = {
  filed: { zh: '待受理', en: 'filed' },
  accepted: { zh: '已受理', en: 'accepted' },
  handling: { zh: '办理中', en: 'being handled' },
  answered: { zh: '已答复', en: 'answered' },
  closed: { zh: '已办结', en: 'closed' },
};

const STEP_ACTIONS: Record<ReferralStep, string> = {
  accept: 'townReferral.accepted',
  handle: 'townReferral.handling',
  answer: 'townReferral.answered',
  close: 'townReferral.closed',
};

/**
 * A step of a referral at the town (受理 → 办理 → 答复 → 办结) by an official of the addressee's
 * unit serving the village's town or county; recorded as `townReferral.<step>` on the chain the
 * referral's filing is on. The answer is shown to the complainant of a complaint.
 */
export async function stepReferral(
  app: AppContext,
  by: { actor: Actor; accountId: string; locale: 'zh-CN' | 'en' },
  ref: { villageId: string; referralId: string },
  step: ReferralStep,
  answer?: string,
): Promise<void> {
  await app.db.transaction(async (tx) => {
    const row = await findReferral(tx, ref.villageId, ref.referralId, { forUpdate: true });
    const place = row ? await villagePlace(tx, row.village_id) : null;
    const scope = place ? { townId: place.town_id, countyId: place.county_id } : null;
    // a referral of another unit or another town is as unknown as none
    if (!row || !place || !scope || !canReadReferral(by.actor, scope, row.addressee))
      throw new DomainError('not_found', { what: 'townReferral' });
    const to = referralStep(row.status, step);
    if (!to) {
      const name = STATUS_NAMES[row.status];
      throw new DomainError('referral_transition', {
        status: by.locale === 'en' ? name.en : name.zh,
      });
    }
    const at = app.clock.now();
    await setReferralStep(tx, { villageId: row.village_id, id: row.id }, step, to, {
      at,
      accountId: by.accountId,
      ...(answer !== undefined ? { answer } : {}),
    });
    await appendAuditEvent(tx, {
      chainId: referralChain(row.addressee, place),
      actorAccountId: by.accountId,
      action: STEP_ACTIONS[step],
      targetType: 'townReferral',
      targetId: row.id,
      data: { villageId: row.village_id, status: to },
      occurredAt: at,
    });
  });
}
