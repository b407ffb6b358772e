import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { SHARE_CLASSES, type ShareClass } from '@cunzhi/core/collective/charter';
import { SHARE_CLASS_WORDS } from '@cunzhi/core/collective/shares/register/shareRegisterSheet';
import {
  classHoldingsOn,
  MAX_UNITS,
  movement,
  type ShareEntryLine,
} from '@cunzhi/core/collective/shares/holdings';
import {
  checkInheritance,
  checkTransfer,
  newbornGrant,
} from '@cunzhi/core/collective/shares/rules';
import { DomainError } from '@cunzhi/core/errors';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { actDate, type CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import {
  appendShareEntries,
  membershipActsOf,
  shareEntries,
  sharePeople,
  type NewShareEntry,
  type SharePerson,
} from '../repository.ts';
import { lockedOrg, memberIdsOn, resolutionNumber, sharesResolution, termsOn } from './shared.ts';

/**
 * The changes after the quantification, each two entries or one, in one transaction with the
 * organisation locked (so two changes of one holder never both spend the same units): a confirmed
 * newborn's grant as the charter says, a transfer inside the organisation, an inheritance by a
 * member of the deceased's household.
 */

async function person(
  tx: Tx,
  cmd: CommandContext,
  id: string,
  field: string,
): Promise<SharePerson> {
  const [p] = await sharePeople(tx, cmd.villageId, [id]);
  if (!p) throw new DomainError('validation_failed', {}, [{ field, error: 'field_invalid' }]);
  return p;
}

const sum = (m: Map<ShareClass, number> | undefined) =>
  [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);

const entryOf = (
  orgId: string,
  e: ShareEntryLine & { kind: NewShareEntry['kind'] },
  more: Partial<NewShareEntry> = {},
): NewShareEntry => ({
  id: randomUUID(),
  orgId,
  resolutionId: null,
  fileId: null,
  counterpartPersonId: null,
  note: '',
  ...e,
  ...more,
});

/**
 * A confirmed newborn's shares (NJJ-SHARES-STATIC): none under static shares; one person's
 * population class from the confirmation under “on confirmation”; at the adjustment — a members'
 * assembly resolution, whose day is the grant's — under “at adjustment”.
 */
export async function grantNewbornShares(
  cmd: CommandContext,
  orgId: string,
  personId: string,
  input: { resolutionId?: string | undefined },
): Promise<{ units: number; effectiveOn: CalendarDate }> {
  return cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const today = cmd.clock.today();
    const child = await person(tx, cmd, personId, 'personId');
    const held = sum(
      classHoldingsOn(
        await shareEntries(tx, cmd.villageId, orgId, { personIds: [personId] }),
        today,
      ).get(personId),
    );
    if (held > 0) throw new DomainError('shares_already_held', { name: child.name, units: held });
    const members = await memberIdsOn(tx, cmd.villageId, orgId, today);
    const confirmedOn = members.has(personId)
      ? ((await membershipActsOf(tx, cmd.villageId, orgId, personId))
          .filter((a) => a.kind === 'confirm' || a.kind === 'restore')
          .at(-1)?.occurredOn ?? null)
      : null;
    const terms = await termsOn(tx, cmd.villageId, orgId, today);
    const grant = newbornGrant(
      terms.newborn,
      terms.shareClasses,
      { name: child.name, confirmedOn },
      today,
    );
    if (!grant.ok) throw new RuleRefusal(grant.finding);
    let effectiveOn = grant.effectiveOn;
    let resolution = null;
    if (grant.needsAssembly) {
      if (!input.resolutionId)
        throw new DomainError('validation_failed', {}, [
          { field: 'resolutionId', error: 'field_required' },
        ]);
      resolution = await sharesResolution(
        tx,
        cmd.villageId,
        orgId,
        input.resolutionId,
        'resolutionId',
      );
      effectiveOn = resolution.adopted_on;
    }
    await appendShareEntries(
      tx,
      cmd.villageId,
      [
        entryOf(
          orgId,
          { kind: 'newborn', personId, shareClass: 'population', units: grant.units, effectiveOn },
          { resolutionId: resolution?.id ?? null },
        ),
      ],
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveShares.granted',
      { type: 'collectiveOrg', id: orgId },
      {
        personId,
        units: grant.units,
        effectiveOn,
        newbornRule: terms.newborn,
        resolution: resolution ? resolutionNumber(resolution) : null,
      },
    );
    return { units: grant.units, effectiveOn };
  });
}

/**
 * Whether the holder keeps at least `units` of the class on the day and on every later day an
 * entry of theirs takes effect (a back-dated transfer must not overdraw a later one).
 */
function holdsThrough(
  entries: readonly ShareEntryLine[],
  personId: string,
  shareClass: ShareClass,
  on: CalendarDate,
): number {
  const days = [on, ...entries.filter((e) => e.effectiveOn > on).map((e) => e.effectiveOn)];
  return Math.min(
    ...days.map((d) => classHoldingsOn(entries, d).get(personId)?.get(shareClass) ?? 0),
  );
}

export interface TransferInput {
  fromPersonId: string;
  toPersonId: string;
  shareClass: ShareClass;
  units: number;
  on?: string | undefined;
  note?: string | undefined;
}

/** A transfer of units of a class to another member (NJJ-SHARES-TRANSFER), from a day. */
export async function transferShares(
  cmd: CommandContext,
  orgId: string,
  input: TransferInput,
): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  if (!SHARE_CLASSES.includes(input.shareClass))
    throw new DomainError('validation_failed', {}, [
      { field: 'shareClass', error: 'enum_invalid' },
    ]);
  if (!Number.isSafeInteger(input.units) || input.units <= 0 || input.units > MAX_UNITS)
    throw new DomainError('validation_failed', {}, [
      { field: 'units', error: 'shares_count_invalid', params: { max: MAX_UNITS } },
    ]);
  if (input.fromPersonId === input.toPersonId)
    throw new DomainError('validation_failed', {}, [
      { field: 'toPersonId', error: 'shares_same_person' },
    ]);
  await cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const from = await person(tx, cmd, input.fromPersonId, 'fromPersonId');
    const to = await person(tx, cmd, input.toPersonId, 'toPersonId');
    const members = await memberIdsOn(tx, cmd.villageId, orgId, on);
    const outside = checkTransfer({ name: to.name, memberOnDay: members.has(to.id) }, on);
    if (outside) throw new RuleRefusal(outside);
    const entries = await shareEntries(tx, cmd.villageId, orgId, { personIds: [from.id] });
    const held = holdsThrough(entries, from.id, input.shareClass, on);
    if (held < input.units)
      throw new DomainError('shares_not_held', {
        name: from.name,
        on,
        held,
        units: input.units,
        shareClass: SHARE_CLASS_WORDS[input.shareClass].zh,
      });
    await appendShareEntries(
      tx,
      cmd.villageId,
      movement('transfer', from.id, to.id, input.shareClass, input.units, on).map((e) =>
        entryOf(orgId, e, {
          counterpartPersonId: e.personId === from.id ? to.id : from.id,
          note: input.note?.trim() ?? '',
        }),
      ),
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveShares.transferred',
      { type: 'collectiveOrg', id: orgId },
      {
        fromPersonId: from.id,
        toPersonId: to.id,
        shareClass: input.shareClass,
        units: input.units,
        on,
      },
    );
  });
}

/**
 * An inheritance (NJJ-SHARES-INHERIT): every class the deceased held on the day passes to the heir,
 * a member of the same household. The death is the register's: the deceased's membership must have
 * been lost by death by then.
 */
export async function inheritShares(
  cmd: CommandContext,
  orgId: string,
  input: { deceasedPersonId: string; heirPersonId: string; on?: string | undefined },
): Promise<{ units: number }> {
  const on = actDate(cmd, 'on', input.on);
  if (input.deceasedPersonId === input.heirPersonId)
    throw new DomainError('validation_failed', {}, [
      { field: 'heirPersonId', error: 'shares_same_person' },
    ]);
  return cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const deceased = await person(tx, cmd, input.deceasedPersonId, 'deceasedPersonId');
    const heir = await person(tx, cmd, input.heirPersonId, 'heirPersonId');
    const died = (await membershipActsOf(tx, cmd.villageId, orgId, deceased.id)).some(
      (a) => a.kind === 'lose' && a.ground === 'death' && a.occurredOn <= on,
    );
    if (!died) throw new DomainError('shares_not_deceased', { name: deceased.name, on });
    const members = await memberIdsOn(tx, cmd.villageId, orgId, on);
    const wrong = checkInheritance(deceased, { ...heir, memberOnDay: members.has(heir.id) }, on);
    if (wrong) throw new RuleRefusal(wrong);
    const entries = await shareEntries(tx, cmd.villageId, orgId, { personIds: [deceased.id] });
    const held = [
      ...(classHoldingsOn(entries, on).get(deceased.id) ?? new Map<ShareClass, number>()),
    ].filter(([, units]) => units > 0);
    if (held.length === 0)
      throw new DomainError('shares_nothing_to_inherit', { name: deceased.name, on });
    await appendShareEntries(
      tx,
      cmd.villageId,
      held.flatMap(([shareClass, units]) =>
        movement('inherited', deceased.id, heir.id, shareClass, units, on).map((e) =>
          entryOf(orgId, e, {
            counterpartPersonId: e.personId === deceased.id ? heir.id : deceased.id,
          }),
        ),
      ),
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    const units = held.reduce((a, [, u]) => a + u, 0);
    await recordEvent(
      cmd,
      tx,
      'collectiveShares.inherited',
      { type: 'collectiveOrg', id: orgId },
      { deceasedPersonId: deceased.id, heirPersonId: heir.id, units, on },
    );
    return { units };
  });
}
