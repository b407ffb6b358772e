import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import {
  existingInspections,
  findCorrection,
  findInspection,
  findMotion,
  findReport,
  supervisionMembers,
  type CorrectionRow,
  type InspectionRow,
  type MemberRow,
  type MotionRow,
  type ReportRow,
} from '../repository.ts';

export { actDate } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';

export { actingAccount, fieldError } from '../../matters/commands/shared.ts';

/**
 * The acting member of the committee and the committee on the day. A member
 * acts in their own name; the system (demo, CLI) names the member it records
 * for, as the minutes do.
 */
export async function requireMember(
  db: Queryable,
  cmd: CommandContext,
  on: CalendarDate,
  named?: string,
): Promise<{ personId: string; members: MemberRow[] }> {
  const members = await supervisionMembers(db, cmd.villageId, on);
  const personId = cmd.actor ? cmd.personId : (named ?? cmd.personId);
  if (!personId || !members.some((m) => m.person_id === personId))
    throw new DomainError('not_supervision_member');
  return { personId, members };
}

export async function requireMotion(
  db: Queryable,
  cmd: CommandContext,
  motionId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<MotionRow> {
  const m = await findMotion(db, cmd.villageId, motionId, opts);
  if (!m) throw new DomainError('not_found', { what: 'supervisionMotion' });
  return m;
}

export async function requireInspection(
  db: Queryable,
  cmd: CommandContext,
  inspectionId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<InspectionRow> {
  const i = await findInspection(db, cmd.villageId, inspectionId, opts);
  if (!i) throw new DomainError('not_found', { what: 'supervisionInspection' });
  return i;
}

export async function requireReport(
  db: Queryable,
  cmd: CommandContext,
  reportId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ReportRow> {
  const r = await findReport(db, cmd.villageId, reportId, opts);
  if (!r) throw new DomainError('not_found', { what: 'supervisionReport' });
  return r;
}

export async function requireCorrection(
  db: Queryable,
  cmd: CommandContext,
  correctionId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CorrectionRow> {
  const c = await findCorrection(db, cmd.villageId, correctionId, opts);
  if (!c) throw new DomainError('not_found', { what: 'supervisionCorrection' });
  return c;
}

/** Members named in a list must serve on the committee on the day. */
export function requireServing(
  members: readonly MemberRow[],
  ids: readonly string[],
  field: string,
): void {
  const serving = new Set(members.map((m) => m.person_id));
  if (ids.some((id) => !serving.has(id)))
    throw new DomainError('validation_failed', {}, [{ field, error: 'field_invalid' }]);
}

/** The inspections a report cites are this village's own. */
export async function checkInspections(
  tx: Tx,
  cmd: CommandContext,
  ids: readonly string[],
): Promise<void> {
  const found = await existingInspections(tx, cmd.villageId, ids);
  if (found.length !== new Set(ids).size) fieldError('inspectionIds', 'field_invalid');
}

/** A field of a motion's proposal or sitting, as error answers name it (`proposal.correction.dueOn`). */
export const proposalField = (...path: string[]): string => ['proposal', ...path].join('.');
export const sittingField = (...path: string[]): string => ['sitting', ...path].join('.');
