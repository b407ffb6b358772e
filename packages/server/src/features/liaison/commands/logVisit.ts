import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { LiaisonCategory, LiaisonUrgency } from '@cunzhi/core/liaison/cases';
import { visitorKind } from '@cunzhi/core/liaison/visits';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { householdForLiaison, householdHead, insertVisit } from '../repository.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { raiseCase } from './intake.ts';

export interface VisitInput {
  householdId: string;
  visitedOn?: string | undefined;
  note: string;
  raise?:
    | { category: LiaisonCategory; urgency: LiaisonUrgency; subject: string; body: string }
    | undefined;
}

/**
 * The household's linked Party member, or its grid chief, logs a visit on the phone; an issue
 * the household raised is opened as a 民情 case in the name of its head, in the same
 * transaction. Photos will hang on the visit through the attachments store (owner liaisonVisit).
 */
export async function logVisit(
  cmd: CommandContext,
  input: VisitInput,
): Promise<{ id: string; caseNumber: number | null }> {
  const visitor = cmd.personId;
  if (!visitor) throw new DomainError('liaison_not_visitor');
  const visitedOn = actDate(cmd, 'visitedOn', input.visitedOn);
  const id = randomUUID();
  const log = async (tx: Tx) => {
    const household = await householdForLiaison(tx, cmd.villageId, input.householdId);
    if (!household) fieldError('householdId', 'not_found', { what: 'household' });
    const kind = visitorKind(visitor, {
      linkedPersonId: household.linked_person_id,
      gridChiefPersonId: household.grid_chief_person_id,
    });
    if (!kind) throw new DomainError('liaison_not_visitor');
    if (kind === 'partyMember' && household.linked_since && visitedOn < household.linked_since)
      fieldError('visitedOn', 'liaison_visit_date', { date: household.linked_since });
    await insertVisit(tx, cmd.villageId, {
      ...{ id, householdId: input.householdId, visitorPersonId: visitor, kind, visitedOn },
      ...{ note: input.note, by: cmd.actorAccountId, at: cmd.clock.now() },
    });
    await recordEvent(
      cmd,
      tx,
      'liaisonVisit.logged',
      { type: 'liaisonVisit', id },
      {
        householdId: input.householdId,
        visitorKind: kind,
        visitedOn,
      },
    );
    return { visitId: id };
  };
  if (!input.raise) {
    await cmd.db.transaction(log);
    return { id, caseNumber: null };
  }
  const head = await householdHead(cmd.db, cmd.villageId, input.householdId);
  const receipt = await raiseCase(
    cmd,
    {
      ...{ source: 'visit', anonymous: false, visitId: id, concernsPersonIds: [] },
      reporter: head ? { personId: head } : null,
      ...input.raise,
    },
    log,
  );
  return { id, caseNumber: receipt.number };
}
