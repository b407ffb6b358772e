import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { decideObjectionRow, objectionsOf, removeVoter } from '../repository.ts';
import { applyAct, findingViews, loadElection, refuseEarlier, requireCommittee } from './shared.ts';

export interface DecideObjectionInput {
  electionId: string;
  objectionId: string;
  decision: 'upheld' | 'dismissed';
  note: string;
  on?: string | undefined;
}

/**
 * The committee decides an objection and publishes the decision the same day
 * (VCOL-14-APPEAL: 自收到申诉之日起三日内作出处理决定，并公布处理结果). A late decision
 * on the roll is still made, with the breach kept on the objection. An upheld objection
 * against someone on the roll takes them off it (one left off is then registered).
 */
export async function decideObjection(cmd: CommandContext, input: DecideObjectionInput) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'decideObjection', on);
    const [objection] = await objectionsOf(tx, cmd.villageId, election.id, input.objectionId);
    if (!objection) throw new DomainError('not_found', { what: 'election' });
    if (objection.decided_on)
      throw new DomainError('election_objection_decided', { on: objection.decided_on });
    if (on < objection.received_on)
      refuseEarlier(
        on,
        'VCOL-14-APPEAL',
        'decideObjection',
        'fileObjection',
        objection.received_on,
      );
    const findings =
      objection.subject === 'roll'
        ? (
            await applyAct(tx, cmd, election, {
              step: 'decideObjection',
              on,
              receivedOn: objection.received_on,
            })
          ).findings
        : [];
    const breaches = findingViews(findings, 'zh-CN');
    await decideObjectionRow(tx, cmd.villageId, election.id, objection.id, {
      decision: input.decision,
      note: input.note.trim(),
      on,
      breaches,
    });
    const removes =
      objection.subject === 'roll' && input.decision === 'upheld' && objection.about_person_id;
    if (removes)
      await removeVoter(
        tx,
        cmd.villageId,
        election.id,
        objection.about_person_id!,
        on,
        objection.id,
      );
    await recordEvent(
      cmd,
      tx,
      'election.objectionDecided',
      { type: 'election', id: election.id },
      {
        objectionId: objection.id,
        decision: input.decision,
        note: input.note.trim(),
        on,
        removedFromRoll: removes ? objection.about_person_id : null,
        breaches,
      },
    );
    return { id: election.id, findings };
  });
}
