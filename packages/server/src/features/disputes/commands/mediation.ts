import { checkMediators } from '@cunzhi/core/disputes/rules';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { servingMembers } from '../../rules/queries/composition.ts';
import {
  addMediators,
  insertRecord,
  mediatorNamesOf,
  partiesOf,
  setStageHandler,
} from '../repository.ts';
import { disputeStep, stepDate } from './step.ts';

/**
 * Mediators assigned by the committee or chosen by the parties (《人民调解法》第十九条): each a
 * serving member of the village's mediation committee, none a close relative of a party
 * (RMTJ-15-IMPARTIAL: the relationship as the register and recorded family ties know it).
 */
export async function assignMediators(
  cmd: CommandContext,
  disputeId: string,
  input: { mediators: Array<{ personId: string; how: 'assigned' | 'chosen' }> },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'assignMediators', async (tx, row) => {
    const today = cmd.clock.today();
    const serving = new Map(
      (await servingMembers(tx, cmd.villageId, today, { kinds: ['mediationCommittee'] })).map(
        (m) => [m.personId, m.name],
      ),
    );
    const chosen = input.mediators.map((m, i) => {
      const name = serving.get(m.personId);
      if (!name) fieldError(`mediators.${i}.personId`, 'dispute_not_mediator');
      return { ...m, name };
    });
    const parties = (await partiesOf(tx, cmd.villageId, row.id)).filter((p) => p.person_id);
    const { graph } = await loadKinNeighbourhood(
      tx,
      cmd.villageId,
      parties.map((p) => p.person_id!),
    );
    const kin = parties.map((p) => ({
      name: p.name,
      closeRelativeIds: chosen
        .filter((m) => closeRelation(graph, p.person_id!, m.personId) !== null)
        .map((m) => m.personId),
    }));
    refuseOnViolation(checkMediators(today, chosen, kin));
    await addMediators(tx, cmd.villageId, row.id, chosen, today);
    const names = await mediatorNamesOf(tx, cmd.villageId, row.id);
    await setStageHandler(tx, cmd.villageId, row.id, `调解员${names.join('、')}`);
    return { data: { mediators: chosen.map((m) => ({ personId: m.personId, how: m.how })) } };
  });
}

/** 调解笔录 (Art. 27): when and where, who was there, what was said and agreed to try. */
export async function keepRecord(
  cmd: CommandContext,
  disputeId: string,
  input: { heldOn?: string | undefined; place: string; present: string; content: string },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'keepRecord', async (tx, row) => {
    const heldOn = stepDate(cmd, 'heldOn', input.heldOn, row.accepted_on);
    const seq = await insertRecord(tx, cmd.villageId, row.id, {
      heldOn,
      place: input.place,
      present: input.present,
      content: input.content,
      by: cmd.actorAccountId,
    });
    return { data: { record: seq, heldOn } };
  });
}
