import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { registerReferralSource } from '../../townInbox/sources.ts';
import { notifyPerson, type OriginConfig } from '../../notifications/enqueue.ts';
import { findComplaint, type ComplaintRow } from '../repository.ts';

/**
 * The complainant alone is told that their complaint has an answer, in words that say nothing of
 * it (docs/notifications.md); an anonymous complaint has no one to tell (its 查询码 shows the
 * answer). The message's cause is the complaint: an answer corrected later tells no one twice.
 */
export async function tellComplainant(
  ctx: Pick<CommandContext, 'villageId'> & OriginConfig,
  tx: Tx,
  row: Pick<ComplaintRow, 'id' | 'anonymous' | 'complainant_person_id' | 'complainant_phone'>,
  on: CalendarDate,
): Promise<void> {
  if (row.anonymous) return;
  await notifyPerson(ctx, tx, {
    kind: 'complaintAnswered',
    about: { kind: 'complaint', id: row.id },
    causeId: row.id,
    personId: row.complainant_person_id,
    phone: row.complainant_phone,
    title: '',
    on,
    path: `/v/${ctx.villageId}/my-complaints`,
    portalPath: '/complaints',
  });
}

/**
 * A discipline complaint (风纪类, or one naming a cadre) is answered by the town's discipline
 * commission through its inbox, not by a village body: its answer tells the complainant exactly
 * as a village body's answer to an affairs complaint does (answerComplaint.ts).
 */
registerReferralSource('complaint', {
  async onStep(tx, event) {
    if (event.step !== 'answer') return;
    const { village_id: villageId, source_id: complaintId } = event.referral;
    const row = await findComplaint(tx, villageId, complaintId);
    if (row) await tellComplainant({ villageId, config: event.config }, tx, row, event.today);
  },
});
