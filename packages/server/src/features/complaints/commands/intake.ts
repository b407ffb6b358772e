import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import {
  complaintDueOn,
  routeComplaint,
  trackingCodeOf,
  TRACKING_ALPHABET,
  TRACKING_LENGTH,
  type ComplaintChannel,
  type ComplaintClass,
  type ComplaintHandler,
  type ComplaintRouting,
} from '@cunzhi/core/complaints/complaints';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { fileTownReferral, villagePlace } from '../../townInbox/repository.ts';
// a discipline complaint filed here is answered by the town: its answer tells the complainant
import './tellComplainant.ts';
import {
  insertComplaint,
  lockVillageComplaints,
  nextComplaintNumber,
  servingCadres,
  setComplaintRouting,
} from '../repository.ts';

/** A complaint as it arrives, whoever took it. */
export interface Intake {
  channel: ComplaintChannel;
  anonymous: boolean;
  complainant: { personId: string } | { name: string; phone: string | null } | null;
  subject: string;
  body: string;
  concernsPersonIds: readonly string[];
  class?: ComplaintClass | undefined;
  handler?: ComplaintHandler | undefined;
  receivedOn: CalendarDate;
}

export interface Receipt {
  id: string;
  number: number;
  /** The 查询码: shown once, kept only as a hash. */
  trackingCode: string;
  routed: ComplaintRouting['kind'];
}

/** The 查询码 as stored: a hash, so the table gives no one a way to follow another's complaint. */
export const trackingHash = (code: string) =>
  createHash('sha256').update(`cunzhi complaint tracking\0${code}`).digest('hex');

function newTrackingCode(): string {
  return trackingCodeOf(
    Array.from({ length: TRACKING_LENGTH }, () => randomInt(0, TRACKING_ALPHABET.length)),
  );
}

/** The cadres named must be serving members of the village's bodies today (field error otherwise). */
export async function checkConcerns(
  tx: Tx,
  cmd: CommandContext,
  ids: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const serving = new Set(
    (await servingCadres(tx, cmd.villageId, cmd.clock.today())).map((c) => c.person_id),
  );
  unique.forEach((id, i) => {
    if (!serving.has(id)) fieldError(`concernsPersonIds.${i}`, 'complaint_not_cadre');
  });
  return unique;
}

/**
 * Records a complaint event. What concerns a complaint referred to the discipline commission
 * goes on the county's chain, like the referral itself, so the village's audit log shows
 * nothing of a complaint about its own cadres; the rest on the village's. No event carries the
 * complaint's text or the complainant's identity.
 */
export async function recordComplaintEvent(
  tx: Tx,
  cmd: CommandContext,
  discipline: boolean,
  action: string,
  complaintId: string,
  data: Record<string, unknown>,
): Promise<void> {
  const chainId = discipline ? (await villagePlace(tx, cmd.villageId)).county_id : cmd.villageId;
  await appendAuditEvent(tx, {
    chainId,
    actorAccountId: cmd.actorAccountId,
    action,
    targetType: 'complaint',
    targetId: complaintId,
    data: discipline ? { villageId: cmd.villageId, ...data } : data,
    occurredAt: cmd.clock.now(),
  });
}

/**
 * Hands a complaint on as routed: an affairs complaint to its body with the day its answer is
 * due; a discipline complaint (or one naming a cadre) into the town discipline commission's
 * inbox, after which the village sees nothing of it.
 */
export async function applyRouting(
  tx: Tx,
  cmd: CommandContext,
  complaint: { id: string; number: number; subject: string; body: string },
  routing: ComplaintRouting,
  concernsPersonIds: readonly string[],
): Promise<void> {
  if (routing.kind === 'pending') return;
  if (routing.kind === 'affairs') {
    const today = cmd.clock.today();
    const { profile } = await loadVillageProfile(tx, cmd.villageId, today);
    const dueOn = complaintDueOn(today, profile.params);
    await setComplaintRouting(tx, cmd.villageId, complaint.id, {
      class: 'affairs',
      handler: routing.handler,
      dueOn,
      concernsPersonIds,
    });
    await recordComplaintEvent(tx, cmd, false, 'complaint.assigned', complaint.id, {
      number: complaint.number,
      handler: routing.handler,
      dueOn,
    });
    return;
  }
  await setComplaintRouting(tx, cmd.villageId, complaint.id, {
    class: 'discipline',
    handler: null,
    dueOn: null,
    concernsPersonIds,
  });
  await fileTownReferral(tx, cmd, {
    source: { kind: 'complaint', id: complaint.id },
    addressee: 'disciplineCommission',
    subject: complaint.subject,
    summary: complaint.body,
    concernsPersonIds,
  });
  await recordComplaintEvent(tx, cmd, true, 'complaint.referred', complaint.id, {
    number: complaint.number,
    because: routing.because,
  });
}

/** Validates a routing chosen with the complaint: an affairs class needs its body. */
export function chosenRouting(
  intake: Pick<Intake, 'class' | 'handler'>,
  concerns: readonly string[],
): ComplaintRouting {
  const routing = routeComplaint({
    class: intake.class ?? null,
    handler: intake.handler ?? null,
    concernsPersonIds: concerns,
  });
  if (routing.kind === 'pending' && intake.class === 'affairs')
    fieldError('handler', 'complaint_handler_required');
  return routing;
}

/**
 * Takes in a complaint in one transaction: numbered in the village, the 查询码 drawn, the
 * complaint recorded (`complaint.received`) and, if its class is known or it names a cadre,
 * handed on at once. `within` runs first in the same transaction (a portal code is spent there).
 */
export async function takeComplaint(
  cmd: CommandContext,
  intake: Intake,
  enteredBy: string | null,
  within?: (tx: Tx) => Promise<void>,
): Promise<Receipt> {
  const id = randomUUID();
  const trackingCode = newTrackingCode();
  return cmd.db.transaction(async (tx) => {
    if (within) await within(tx);
    const concerns = await checkConcerns(tx, cmd, intake.concernsPersonIds);
    const routing = chosenRouting(intake, concerns);
    await lockVillageComplaints(tx, cmd.villageId);
    const number = await nextComplaintNumber(tx, cmd.villageId);
    const who = intake.complainant;
    await insertComplaint(tx, cmd.villageId, {
      ...{ id, number, channel: intake.channel, anonymous: intake.anonymous },
      complainantPersonId: who && 'personId' in who ? who.personId : null,
      complainantName: who && 'name' in who ? who.name : null,
      complainantPhone: who && 'name' in who ? who.phone : null,
      ...{ subject: intake.subject, body: intake.body, concernsPersonIds: concerns },
      ...{ receivedOn: intake.receivedOn, trackingHash: trackingHash(trackingCode), enteredBy },
    });
    await recordComplaintEvent(tx, cmd, routing.kind === 'discipline', 'complaint.received', id, {
      number,
      channel: intake.channel,
      anonymous: intake.anonymous,
    });
    await applyRouting(tx, cmd, { id, number, ...intake }, routing, concerns);
    return { id, number, trackingCode, routed: routing.kind };
  });
}
