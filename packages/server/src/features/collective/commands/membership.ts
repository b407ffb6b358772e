import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import {
  checkConfirmation,
  checkExit,
  checkRemoval,
  type ConfirmGround,
  type MemberEventKind,
  type RemovalGround,
} from '@cunzhi/core/collective/membership';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/database.ts';
import {
  charterOn,
  insertMember,
  insertMemberEvent,
  insertMemberEvents,
  insertMembers,
  lockOrg,
  membersOn,
  orgOf,
  personsOf,
  registerRowsOf,
  setMemberStatus,
  type MemberRow,
  type MemberStatus,
  type NewMemberEvent,
  type Org,
  type PersonFacts,
} from '../repository.ts';
import { numbered } from '../../points/present.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { organisationResolution } from './resolutions.ts';

/**
 * Membership acts (Arts. 12, 16–18, 66): each one transaction with its audit event, each a dated
 * event on the register. Core decides what the law allows; a refusal cites the article in words
 * and writes nothing.
 */

/** The organisation, locked for the rest of the transaction (register numbers follow the last). */
async function lockedOrg(tx: Tx, cmd: CommandContext, orgId: string): Promise<Org> {
  const org = (await lockOrg(tx, cmd.villageId, orgId)) && (await orgOf(tx, cmd.villageId, orgId));
  if (!org) throw new DomainError('not_found', { what: 'collectiveOrg' });
  return org;
}

async function personsFound(
  tx: Tx,
  cmd: CommandContext,
  personIds: readonly string[],
  field: (i: number) => string,
): Promise<PersonFacts[]> {
  const persons = await personsOf(tx, cmd.villageId, personIds);
  const found = new Set(persons.map((p) => p.id));
  const missing = personIds.flatMap((id, i) =>
    found.has(id) ? [] : [{ field: field(i), error: 'field_invalid' as const }],
  );
  if (missing.length > 0) throw new DomainError('validation_failed', {}, missing);
  return persons;
}

/** Writes the event and moves the register row (entering the person first when new). */
async function applyEvent(
  tx: Tx,
  cmd: CommandContext,
  e: Omit<NewMemberEvent, 'id'>,
  row: MemberRow | undefined,
): Promise<void> {
  const status: Record<MemberEventKind, MemberStatus | null> = {
    confirm: 'member',
    restore: 'member',
    lose: 'lost',
    exit: 'exited',
    refuse: null,
  };
  const next = status[e.kind];
  if (next && !row)
    await insertMember(tx, cmd.villageId, { ...e, id: randomUUID(), since: e.occurredOn });
  else if (next && row) await setMemberStatus(tx, cmd.villageId, row.id, next, e.occurredOn);
  await insertMemberEvent(
    tx,
    cmd.villageId,
    { ...e, id: randomUUID() },
    cmd.actorAccountId,
    cmd.clock.now(),
  );
}

// ------------------------------------------------------------------ Art. 66: the reform's members

/**
 * Enters the members the earlier property-rights reform confirmed, as confirmed on the reform's
 * date (Art. 66: no new confirmation). Each must have been born by then and not be on the
 * register already.
 */
export async function importReformMembers(
  cmd: CommandContext,
  orgId: string,
  personIds: readonly string[],
): Promise<{ entered: number }> {
  return cmd.db.transaction(async (tx) => {
    const org = await lockedOrg(tx, cmd, orgId);
    const on = org.reformedOn;
    if (!on) throw new DomainError('collective_no_reform');
    const ids = [...new Set(personIds)];
    const persons = await personsFound(tx, cmd, ids, (i) => `personIds.${i}`);
    const rows = await registerRowsOf(tx, cmd.villageId, orgId, ids);
    const field = (id: string) => `personIds.${ids.indexOf(id)}`;
    const problems: FieldProblem[] = persons.flatMap((p): FieldProblem[] => {
      const row = rows.get(p.id);
      if (row)
        return [
          {
            field: field(p.id),
            error: 'collective_already_member',
            params: { name: p.name, registerNo: row.registerNo },
          },
        ];
      if (p.birthDate > on)
        return [
          { field: field(p.id), error: 'collective_born_after_reform', params: { name: p.name } },
        ];
      return [];
    });
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    // one batch: a reform's register runs to thousands of members
    await insertMembers(
      tx,
      cmd.villageId,
      orgId,
      persons.map((p) => ({ id: randomUUID(), personId: p.id })),
      on,
    );
    await insertMemberEvents(
      tx,
      cmd.villageId,
      persons.map((p) => ({
        id: randomUUID(),
        orgId,
        personId: p.id,
        kind: 'confirm',
        ground: 'reform',
        occurredOn: on,
        reason: '',
        evidence: '产权制度改革成员确认',
        resolutionId: null,
        appliedOn: null,
      })),
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveMembers.reformEntered',
      { type: 'collectiveOrg', id: orgId },
      { reformedOn: on, persons: persons.map((p) => ({ id: p.id, name: p.name })) },
    );
    return { entered: persons.length };
  });
}

// ------------------------------------------------------------------ Art. 12: the assembly decides

export interface ConfirmationDecisionInput {
  personId: string;
  ground: ConfirmGround;
  confirmed: boolean;
  reason?: string | undefined;
  evidence?: string | undefined;
}

/** A person named twice, already a member, or "confirmed" as the reform's: field errors. */
function refuseUnfitDecisions(
  decisions: readonly ConfirmationDecisionInput[],
  persons: Map<string, PersonFacts>,
  rows: Map<string, MemberRow>,
): void {
  const ids = decisions.map((d) => d.personId);
  const problems: FieldProblem[] = [];
  decisions.forEach((d, i) => {
    const person = persons.get(d.personId)!;
    const row = rows.get(d.personId);
    if (ids.indexOf(d.personId) !== i)
      problems.push({ field: `decisions.${i}.personId`, error: 'field_invalid' });
    else if (row?.status === 'member')
      problems.push({
        field: `decisions.${i}.personId`,
        error: 'collective_already_member',
        params: { name: person.name, registerNo: row.registerNo },
      });
    if (d.ground === 'reform')
      problems.push({ field: `decisions.${i}.ground`, error: 'enum_invalid' });
  });
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
}

/**
 * "因成员生育而增加的人员" (Art. 12): a birth is the ground only when a parent the registry knows
 * was a member on the day of the birth. Where the registry records no parent, the assembly's word
 * stands (the register cannot tell).
 */
async function refuseBirthsWithoutMemberParent(
  tx: Tx,
  villageId: string,
  org: Org,
  decisions: readonly ConfirmationDecisionInput[],
  persons: Map<string, PersonFacts>,
): Promise<void> {
  // born before the register began (the reform, or the founding): the parent's membership then
  const registerBegins = org.reformedOn ?? org.foundedOn;
  const births = decisions.flatMap((d, i) => (d.ground === 'birth' ? [{ d, i }] : []));
  if (births.length === 0) return;
  const { graph } = await loadKinNeighbourhood(
    tx,
    villageId,
    births.map(({ d }) => d.personId),
  );
  const membersByDay = new Map<CalendarDate, Set<string>>();
  const problems: FieldProblem[] = [];
  for (const { d, i } of births) {
    const parents = [...(graph.parents.get(d.personId) ?? [])];
    if (parents.length === 0) continue;
    const person = persons.get(d.personId)!;
    const day = person.birthDate > registerBegins ? person.birthDate : registerBegins;
    let members = membersByDay.get(day);
    if (!members) {
      members = new Set((await membersOn(tx, villageId, org.id, day)).map((m) => m.personId));
      membersByDay.set(day, members);
    }
    if (!parents.some((p) => members.has(p)))
      problems.push({
        field: `decisions.${i}.ground`,
        error: 'collective_birth_no_member_parent',
        params: { name: person.name },
      });
  }
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
}

/**
 * Records what one members' assembly resolution decided on each person: confirmed (entered in
 * the register on the resolution's day) or refused with the reason. A refused birth, or a refusal
 * of a marriage, adoption or migration without a reason, refuses the whole record (NJJ-12-CONFIRM).
 */
export async function recordConfirmations(
  cmd: CommandContext,
  orgId: string,
  input: { resolutionId: string; decisions: ConfirmationDecisionInput[] },
): Promise<{ confirmed: number; refused: number }> {
  return cmd.db.transaction(async (tx) => {
    const org = await lockedOrg(tx, cmd, orgId);
    const resolution = await organisationResolution(
      tx,
      cmd.villageId,
      orgId,
      input.resolutionId,
      ['membersAssembly'],
      'resolutionId',
      'membership',
    );
    const on = resolution.adoptedOn;
    const ids = input.decisions.map((d) => d.personId);
    const persons = new Map(
      (await personsFound(tx, cmd, ids, (i) => `decisions.${i}.personId`)).map((p) => [p.id, p]),
    );
    const rows = await registerRowsOf(tx, cmd.villageId, orgId, ids);
    refuseUnfitDecisions(input.decisions, persons, rows);
    await refuseBirthsWithoutMemberParent(tx, cmd.villageId, org, input.decisions, persons);
    for (const d of input.decisions) {
      const refusal = checkConfirmation(
        { ground: d.ground, confirmed: d.confirmed, reason: d.reason ?? '' },
        on,
      );
      if (refusal) throw new RuleRefusal(refusal);
    }
    for (const d of input.decisions)
      await applyEvent(
        tx,
        cmd,
        {
          orgId,
          personId: d.personId,
          kind: d.confirmed ? 'confirm' : 'refuse',
          ground: d.ground,
          occurredOn: on,
          reason: d.reason?.trim() ?? '',
          evidence: d.evidence?.trim() ?? '',
          resolutionId: resolution.id,
          appliedOn: null,
        },
        d.confirmed ? rows.get(d.personId) : undefined,
      );
    const confirmed = input.decisions.filter((d) => d.confirmed).length;
    await recordEvent(
      cmd,
      tx,
      'collectiveMembers.confirmed',
      { type: 'collectiveOrg', id: orgId },
      {
        resolution: numbered(resolution.year, resolution.number),
        on,
        decisions: input.decisions.map((d) => ({
          personId: d.personId,
          name: persons.get(d.personId)!.name,
          ground: d.ground,
          confirmed: d.confirmed,
          reason: d.reason ?? '',
        })),
      },
    );
    return { confirmed, refused: input.decisions.length - confirmed };
  });
}

// ------------------------------------------------------------------ Arts. 16–18: loss and exit

/** The member's register row and facts, refusing a person who is not a member now. */
async function currentMember(
  tx: Tx,
  cmd: CommandContext,
  orgId: string,
  personId: string,
  occurredOn: CalendarDate,
): Promise<{ row: MemberRow; person: PersonFacts }> {
  const [person] = await personsOf(tx, cmd.villageId, [personId]);
  if (!person) throw new DomainError('not_found', { what: 'collectiveMember' });
  const row = (await registerRowsOf(tx, cmd.villageId, orgId, [personId])).get(personId);
  if (row?.status !== 'member')
    throw new DomainError('collective_not_member', { name: person.name });
  if (occurredOn < row.since)
    throw new DomainError('validation_failed', {}, [
      { field: 'occurredOn', error: 'collective_before_since', params: { since: row.since } },
    ]);
  return { row, person };
}

export interface RemovalInput {
  ground: RemovalGround;
  reason?: string | undefined;
  evidence?: string | undefined;
  occurredOn: string;
  contracted?: boolean | undefined;
  memberElsewhere?: boolean | undefined;
}

/**
 * Records a loss of membership for one of Art. 17's reasons. Art. 18's facts (study, service,
 * migrant work, business, divorce, widowhood, prison, marrying out without membership elsewhere)
 * are refused citing Art. 18 in words, even when typed as the charter's "other"; an "other"
 * reason must be one the charter in force on the day lists.
 */
export async function recordRemoval(
  cmd: CommandContext,
  orgId: string,
  personId: string,
  input: RemovalInput,
): Promise<void> {
  const occurredOn = actDate(cmd, 'occurredOn', input.occurredOn);
  const reason = input.reason?.trim() ?? '';
  await cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const { row, person } = await currentMember(tx, cmd, orgId, personId, occurredOn);
    const charter = await charterOn(tx, cmd.villageId, orgId, occurredOn);
    const refusal = checkRemoval(
      {
        ground: input.ground,
        reason,
        contracted: input.contracted ?? false,
        memberElsewhere: input.memberElsewhere ?? false,
      },
      charter?.terms.otherLossReasons ?? [],
      occurredOn,
    );
    if (refusal) throw new RuleRefusal(refusal);
    // marrying out with membership elsewhere is Art. 17(三): recorded as membership elsewhere
    const ground = input.ground === 'marriedOut' ? 'elsewhere' : input.ground;
    await applyEvent(
      tx,
      cmd,
      {
        orgId,
        personId,
        kind: 'lose',
        ground,
        occurredOn,
        reason,
        evidence: input.evidence?.trim() ?? '',
        resolutionId: null,
        appliedOn: null,
      },
      row,
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveMember.lost',
      { type: 'collectiveOrg', id: orgId },
      { personId, name: person.name, registerNo: row.registerNo, ground, reason, occurredOn },
    );
  });
}

export interface ExitInput {
  appliedOn: string;
  occurredOn: string;
  writtenApplication: boolean;
  consentResolutionId?: string | undefined;
  demandsPartition: boolean;
  evidence?: string | undefined;
}

/**
 * Records a voluntary exit (Art. 16): the member's written application and the organisation's
 * consent (a resolution of its members' assembly or council), never a partition of collective
 * property (compensation is negotiated, not a share of the assets carried away).
 */
export async function recordExit(
  cmd: CommandContext,
  orgId: string,
  personId: string,
  input: ExitInput,
): Promise<void> {
  const appliedOn = actDate(cmd, 'appliedOn', input.appliedOn);
  const occurredOn = actDate(cmd, 'occurredOn', input.occurredOn);
  if (occurredOn < appliedOn)
    throw new DomainError('validation_failed', {}, [
      { field: 'occurredOn', error: 'date_order', params: { other: appliedOn } },
    ]);
  await cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const { row, person } = await currentMember(tx, cmd, orgId, personId, occurredOn);
    const consent = input.consentResolutionId
      ? await organisationResolution(
          tx,
          cmd.villageId,
          orgId,
          input.consentResolutionId,
          ['membersAssembly', 'collectiveCouncilMeeting'],
          'consentResolutionId',
        )
      : null;
    const refusal = checkExit(
      {
        writtenApplication: input.writtenApplication,
        consented: consent !== null,
        demandsPartition: input.demandsPartition,
      },
      occurredOn,
    );
    if (refusal) throw new RuleRefusal(refusal);
    await applyEvent(
      tx,
      cmd,
      {
        orgId,
        personId,
        kind: 'exit',
        ground: 'application',
        occurredOn,
        reason: '',
        evidence: input.evidence?.trim() ?? '',
        resolutionId: consent!.id,
        appliedOn,
      },
      row,
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveMember.exited',
      { type: 'collectiveOrg', id: orgId },
      {
        personId,
        name: person.name,
        registerNo: row.registerNo,
        appliedOn,
        occurredOn,
        consent: numbered(consent!.year, consent!.number),
      },
    );
  });
}

/**
 * Restores a membership ended unlawfully (a loss the town ordered corrected, Art. 61, or an exit
 * recorded in error): the register keeps the number, the reason is on the event.
 */
export async function restoreMember(
  cmd: CommandContext,
  orgId: string,
  personId: string,
  input: { occurredOn: string; reason: string; resolutionId?: string | undefined },
): Promise<void> {
  const occurredOn = actDate(cmd, 'occurredOn', input.occurredOn);
  await cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const [person] = await personsOf(tx, cmd.villageId, [personId]);
    const row = (await registerRowsOf(tx, cmd.villageId, orgId, [personId])).get(personId);
    if (!person || !row) throw new DomainError('not_found', { what: 'collectiveMember' });
    if (row.status === 'member')
      throw new DomainError('collective_still_member', { name: person.name });
    if (occurredOn < row.since)
      throw new DomainError('validation_failed', {}, [
        { field: 'occurredOn', error: 'collective_before_since', params: { since: row.since } },
      ]);
    const resolution = input.resolutionId
      ? await organisationResolution(
          tx,
          cmd.villageId,
          orgId,
          input.resolutionId,
          ['membersAssembly'],
          'resolutionId',
          'membership',
        )
      : null;
    await applyEvent(
      tx,
      cmd,
      {
        orgId,
        personId,
        kind: 'restore',
        ground: 'restore',
        occurredOn,
        reason: input.reason.trim(),
        evidence: '',
        resolutionId: resolution?.id ?? null,
        appliedOn: null,
      },
      row,
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveMember.restored',
      { type: 'collectiveOrg', id: orgId },
      { personId, name: person.name, registerNo: row.registerNo, occurredOn, reason: input.reason },
    );
  });
}
