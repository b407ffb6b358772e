import { DomainError } from '@cunzhi/core/errors';
import { PETITION_MACHINE } from '@cunzhi/core/petitions/petitions';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { petitionReader } from '../handlers.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { villagePlace } from '../../townInbox/repository.ts';
import {
  findPetition,
  insertPetitionStep,
  issueLetter,
  lastStepOn,
  setLetterFingerprint,
  townDepartments,
  updatePetition,
} from '../repository.ts';
import { stepChanges, type StepInput } from './changes.ts';
import { tellPetitioner } from './tellPetitioner.ts';

/**
 * One step of a petition inside the caller's transaction: the machine says whether the reader's
 * roles allow it from the status (cases/machine), `stepChanges` what it writes and which deadline
 * it starts, from the profile the petition was registered under; the step goes on the timeline,
 * a letter to the petitioner is numbered, `petition.<action>` is audited (number, status, the
 * last day — never the petitioner), and the petitioner is told when the step is theirs to know.
 */
export async function takeStep(
  tx: Tx,
  cmd: CommandContext,
  petitionId: string,
  input: StepInput,
): Promise<void> {
  const row = await findPetition(tx, cmd.villageId, petitionId, { forUpdate: true });
  if (!row) throw new DomainError('not_found', { what: 'petition' });
  const place = await villagePlace(tx, row.village_id);
  const roles = (await petitionReader(tx, cmd.actor))({ ...row, ...place });
  const to = PETITION_MACHINE.step(row.status, input.action, roles);
  const on = actDate(cmd, 'on', input.on);
  // a step is dated on or after the one before it (a late entry may be dated back to it)
  const last = (await lastStepOn(tx, row.village_id, row.id)) ?? row.received_on;
  if (on < last) fieldError('on', 'date_order', { other: last });
  if (input.action === 'assign' && input.departmentId) {
    const departments = await townDepartments(tx, place.town_id);
    if (!departments.some((d) => d.id === input.departmentId))
      fieldError('departmentId', 'not_found', { what: 'townDepartment' });
  }
  const { profile } = await loadVillageProfile(tx, row.village_id, row.received_on);
  const step = stepChanges(row, input, on, cmd.clock.today(), profile.params);
  await updatePetition(
    tx,
    { villageId: row.village_id, id: row.id },
    { ...step.changes, status: to },
  );
  const at = cmd.clock.now();
  const dueOn = step.changes.due_on === undefined ? row.due_on : step.changes.due_on;
  await insertPetitionStep(tx, {
    villageId: row.village_id,
    petitionId: row.id,
    action: input.action,
    status: to,
    on,
    at,
    by: cmd.actorAccountId,
    note: step.note,
    dueOn,
  });
  const letter = step.letter
    ? await issueLetter(tx, {
        villageId: row.village_id,
        petitionId: row.id,
        kind: step.letter,
        on,
      })
    : null;
  const fingerprint = await appendAuditEvent(tx, {
    chainId: row.village_id,
    actorAccountId: cmd.actorAccountId,
    action: `petition.${input.action}`,
    targetType: 'petition',
    targetId: row.id,
    data: {
      number: row.number,
      status: to,
      on,
      dueOn,
      ...(letter ? { letter: step.letter, letterNumber: letter } : {}),
    },
    occurredAt: at,
  });
  if (step.letter)
    await setLetterFingerprint(
      tx,
      { villageId: row.village_id, petitionId: row.id, kind: step.letter },
      fingerprint,
    );
  await tellPetitioner(tx, cmd, row, input.action, on);
}

export async function stepPetition(cmd: CommandContext, petitionId: string, input: StepInput) {
  await cmd.db.transaction((tx) => takeStep(tx, cmd, petitionId, input));
}
