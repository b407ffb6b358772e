import { registerReferralSource } from '../../townInbox/sources.ts';
import { findCase } from '../repository.ts';
import { applyStep } from './transition.ts';

/**
 * A 民情 case handed to a town department comes back through the town's inbox: the
 * department's answer, or its return as "not ours" with the reason, moves the case back to
 * whoever routed it (处置中) in the step's own transaction; the village then answers the
 * reporter. Other town steps (accept, materials, transfer) leave the case 已流转.
 */
registerReferralSource('minqing', {
  async onStep(tx, event) {
    if (event.step !== 'answer' && event.step !== 'return') return;
    const { village_id: villageId, source_id: caseId } = event.referral;
    const row = await findCase(tx, villageId, caseId, { forUpdate: true });
    if (!row || row.state !== 'routed' || row.routed_department_id === null) return;
    const ctx = {
      villageId,
      actorAccountId: event.accountId,
      clock: { now: () => event.at, today: () => event.today },
    };
    await applyStep(
      tx,
      ctx,
      row,
      event.step === 'answer' ? 'answerRouted' : 'returnRouted',
      ['assignee'],
      {
        patch: async () => ({ routed_body: null, routed_department_id: null }),
        note: event.note,
        audit: { department: row.routed_department_id },
      },
    );
  },
});
