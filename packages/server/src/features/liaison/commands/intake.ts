import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import {
  TRACKING_ALPHABET,
  TRACKING_LENGTH,
  trackingCodeOf,
} from '@cunzhi/core/complaints/complaints';
import { DomainError } from '@cunzhi/core/errors';
import {
  caseDueOn,
  initialLevel,
  mayMergeInto,
  type LiaisonCategory,
  type LiaisonSource,
  type LiaisonUrgency,
} from '@cunzhi/core/liaison/cases';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { checkConcerns } from '../../complaints/commands/intake.ts';
import {
  findCase,
  gridChief,
  insertCase,
  insertCaseStep,
  lockVillageCases,
  nextCaseNumber,
  personPlace,
} from '../repository.ts';
import { recordEvent } from '../../../platform/audit/record.ts';

/** An issue as it arrives, whoever took it. */
export interface Raised {
  source: LiaisonSource;
  anonymous: boolean;
  reporter: { personId: string } | { name: string; phone: string | null } | null;
  /** Where it belongs when the reporter is not registered (a grid chief's own grid). */
  gridId?: string | null;
  visitId?: string | null;
  category: LiaisonCategory;
  urgency: LiaisonUrgency;
  subject: string;
  body: string;
  concernsPersonIds: readonly string[];
  sameAsCaseId?: string | undefined;
}

export interface CaseReceipt {
  id: string;
  number: number;
  trackingCode: string;
  mergedInto: number | null;
}

/** The 查询码 as stored: a hash, so the table gives no one a way to follow another's issue. */
export const caseTrackingHash = (code: string) =>
  createHash('sha256').update(`cunzhi liaison tracking\0${code}`).digest('hex');

const newTrackingCode = () =>
  trackingCodeOf(
    Array.from({ length: TRACKING_LENGTH }, () => randomInt(0, TRACKING_ALPHABET.length)),
  );

/** The open case a repeat joins (最多反映一次), or a refusal naming why it cannot. */
async function mergeTarget(tx: Tx, villageId: string, id: string | undefined, newId: string) {
  if (!id) return null;
  const target = await findCase(tx, villageId, id);
  if (!target) throw new DomainError('not_found', { what: 'liaisonCase' });
  if (!mayMergeInto({ id: target.id, state: target.state }, newId))
    throw new DomainError('liaison_merge_closed', { number: target.number });
  return target;
}

/**
 * Takes in an issue in one transaction: numbered, its 查询码 drawn, its level chosen (a case
 * about a cadre to the supervision committee), its due date from the profile by urgency, and
 * recorded (`liaisonCase.reported`, without the reporter). A repeat of an open case is kept as
 * its own row merged into that case, so its reporter (or 查询码) follows the open one.
 * `within` runs first in the same transaction (a visit is logged there).
 */
export async function raiseCase(
  cmd: CommandContext,
  r: Raised,
  within?: (tx: Tx) => Promise<{ visitId: string } | void>,
): Promise<CaseReceipt> {
  const id = randomUUID();
  const trackingCode = newTrackingCode();
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const visit = within ? await within(tx) : undefined;
    const concerns = await checkConcerns(tx, cmd, r.concernsPersonIds);
    const target = await mergeTarget(tx, cmd.villageId, r.sameAsCaseId, id);
    const place =
      r.reporter && 'personId' in r.reporter
        ? await personPlace(tx, cmd.villageId, r.reporter.personId)
        : null;
    const gridId = place?.grid_id ?? r.gridId ?? null;
    const gridHasChief = gridId !== null && (await gridChief(tx, cmd.villageId, gridId)) !== null;
    const { profile } = await loadVillageProfile(tx, cmd.villageId, today);
    const level = initialLevel({ category: r.category, concernsPersonIds: concerns, gridHasChief });
    const dueOn: CalendarDate = target
      ? target.due_on
      : caseDueOn(today, r.urgency, profile.params, CHINA_HOLIDAYS);
    await lockVillageCases(tx, cmd.villageId);
    const number = await nextCaseNumber(tx, cmd.villageId);
    const who = r.reporter;
    await insertCase(tx, cmd.villageId, {
      ...{ id, number, source: r.source, anonymous: r.anonymous },
      reporterPersonId: who && 'personId' in who ? who.personId : null,
      reporterName: who && 'name' in who ? who.name : null,
      reporterPhone: who && 'name' in who ? who.phone : null,
      householdId: place?.household_id ?? null,
      ...{ gridId, visitId: visit ? visit.visitId : (r.visitId ?? null) },
      ...{ category: r.category, urgency: r.urgency, subject: r.subject, body: r.body },
      ...{ concernsPersonIds: concerns, level, state: target ? 'merged' : 'reported' },
      ...{ reportedOn: today, dueOn, profileVersion: `${profile.id}@${profile.version}` },
      ...{ mergedInto: target?.id ?? null, trackingHash: caseTrackingHash(trackingCode) },
      enteredBy: cmd.actorAccountId,
    });
    const state = target ? 'merged' : 'reported';
    await insertCaseStep(tx, cmd.villageId, id, {
      ...{ action: 'report', toState: state, level, note: null, dueOn },
      ...{ by: cmd.actorAccountId, on: today, at: cmd.clock.now() },
    });
    await recordEvent(
      cmd,
      tx,
      'liaisonCase.reported',
      { type: 'liaisonCase', id: id },
      {
        number,
        source: r.source,
        anonymous: r.anonymous,
        level,
        urgency: r.urgency,
        dueOn,
        ...(target ? { mergedInto: target.number } : {}),
      },
    );
    return { id, number, trackingCode, mergedInto: target?.number ?? null };
  });
}
