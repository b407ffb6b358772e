import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CharterTerms } from '@cunzhi/core/collective/charter';
import { checkSharesDecision } from '@cunzhi/core/collective/shares/rules';
import { DomainError } from '@cunzhi/core/errors';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import type { Queryable, Tx } from '../../../../platform/db/database.ts';
import { findResolution, type ResolutionRow } from '../../../matters/repository.ts';
import { charterOn, lockOrg, membersOn, orgOf, type Org } from '../../repository.ts';
import { resolutionOrgOf } from '../repository.ts';

/** The organisation, locked for the rest of the transaction (numbers and holdings follow the last write). */
export async function lockedOrg(tx: Tx, cmd: CommandContext, orgId: string): Promise<Org> {
  const org = (await lockOrg(tx, cmd.villageId, orgId)) && (await orgOf(tx, cmd.villageId, orgId));
  if (!org) throw new DomainError('not_found', { what: 'collectiveOrg' });
  return org;
}

/** The charter's terms in force on a day: share classes and weights, static or dynamic. */
export async function termsOn(
  db: Queryable,
  villageId: string,
  orgId: string,
  on: CalendarDate,
): Promise<CharterTerms> {
  const charter = await charterOn(db, villageId, orgId, on);
  if (!charter) throw new DomainError('shares_no_charter', { on });
  return charter.terms;
}

/** Who is a member of the organisation on a day. */
export async function memberIdsOn(
  db: Queryable,
  villageId: string,
  orgId: string,
  on: CalendarDate,
): Promise<Set<string>> {
  return new Set((await membersOn(db, villageId, orgId, on)).map((m) => m.personId));
}

/**
 * The resolution a quantification (or an adjustment) rests on: in force, of a valid meeting and
 * not another organisation's (else the field is refused), and the members' assembly's (else NJJ-26-SHARES refuses, naming
 * the body that voted).
 */
export async function sharesResolution(
  db: Queryable,
  villageId: string,
  orgId: string,
  resolutionId: string,
  field: string,
): Promise<ResolutionRow> {
  const resolution = await findResolution(db, villageId, resolutionId);
  const ofOrg = resolution ? await resolutionOrgOf(db, villageId, resolution.id) : null;
  // another organisation's resolution decides nothing here; a villagers' body's is told below
  const elsewhere = ofOrg !== null && ofOrg !== orgId;
  if (!resolution || resolution.revoked_on || resolution.meeting_invalid_reason || elsewhere)
    throw new DomainError('validation_failed', {}, [{ field, error: 'field_invalid' }]);
  const body = MEETING_KIND_INFO[resolution.meeting_kind];
  const wrong = checkSharesDecision(
    resolution.meeting_kind === 'membersAssembly',
    { zh: body.zh, en: body.en },
    resolution.adopted_on,
  );
  if (wrong) throw new RuleRefusal(wrong);
  return resolution;
}

/** 〔2026〕第N号, as the audit event and the lists name a resolution. */
export const resolutionNumber = (r: ResolutionRow): string => `〔${r.year}〕第${r.number}号`;
