import { randomUUID } from 'node:crypto';
import { memberRoleName } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { ByElectionRecord } from '@cunzhi/core/elections/flows';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { dateField } from '../../../../platform/fields.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import {
  findBody,
  listMemberships,
  listTerms,
  type BodyRow,
  type MembershipRow,
} from '../../../bodies/repository.ts';
import { personsById } from '../../repository.ts';
import { insertByElection } from '../repository.ts';
import { ELECTED_BODIES, type ElectedBody } from './shared.ts';

type Role = 'chair' | 'viceChair' | 'member';

/**
 * Those serving on the day, and the vacancies: the body's seats (or, where the body records
 * none, the seats its term began with) less those serving.
 */
async function vacancies(
  tx: Tx,
  villageId: string,
  body: BodyRow,
  term: { id: string; starts_on: string },
  on: CalendarDate,
) {
  const seats = (await listMemberships(tx, villageId, body.id)).filter(
    (m) => m.term_id === term.id,
  );
  const serving = seats.filter((m) => m.starts_on <= on && (!m.ended_on || on < m.ended_on));
  const filled = body.seats ?? seats.filter((m) => m.starts_on === term.starts_on).length;
  return { serving, vacant: Math.max(0, filled - serving.length) };
}

/**
 * 村民委员会成员中，应当有妇女成员 (VCOL-06-SIZE): a by-election of the villagers' committee
 * opened while no woman serves on it (the seat kept for a woman left vacant, or she has left)
 * fills the seat kept for a woman on its post with most seats (core's byElectionWomen.ts);
 * null otherwise.
 */
async function womenSeatPost(
  tx: Tx,
  villageId: string,
  kind: string,
  serving: readonly MembershipRow[],
  posts: ReadonlyArray<{ role: Role; seats: number }>,
): Promise<Role | null> {
  if (kind !== 'villagersCommittee' || posts.length === 0) return null;
  const persons = await personsById(
    tx,
    villageId,
    serving.map((m) => m.person_id),
  );
  if ([...persons.values()].some((p) => p.gender === 'female')) return null;
  return [...posts].sort((a, b) => b.seats - a.seats)[0]!.role;
}

/**
 * A by-election (补选, VCOL-19-BYELECTION) of vacant seats in the body's current term, at the
 * villagers' assembly or the representatives' meeting; those elected serve until the term ends,
 * in the body's vacancies on the day. With no woman serving on the villagers'
 * committee, the by-election is for the seat kept for a woman (womenSeatPost).
 */
export async function openByElection(
  cmd: CommandContext,
  input: {
    bodyId: string;
    meeting: 'assembly' | 'representatives';
    pollingOn: string;
    posts: ReadonlyArray<{ role: Role; seats: number }>;
    on?: string | undefined;
  },
) {
  const on = actDate(cmd, 'on', input.on);
  const pollingOn = dateField('pollingOn', input.pollingOn);
  const fields = [];
  if (pollingOn < on)
    fields.push({ field: 'pollingOn', error: 'date_order' as const, params: { other: on } });
  const roles = input.posts.map((p) => p.role);
  roles.forEach((role, i) => {
    if (roles.indexOf(role) !== i)
      fields.push({ field: `posts.${i}.role`, error: 'election_post_duplicate' as const });
  });
  if (fields.length) throw new DomainError('validation_failed', {}, fields);
  return cmd.db.transaction(async (tx) => {
    const body = await findBody(tx, cmd.villageId, input.bodyId);
    if (!body || !(ELECTED_BODIES as readonly string[]).includes(body.kind))
      throw new DomainError('validation_failed', {}, [{ field: 'bodyId', error: 'field_invalid' }]);
    const term = (await listTerms(tx, cmd.villageId, body.id)).find(
      (t) => t.starts_on <= on && on <= t.ends_on,
    );
    if (!term)
      throw new DomainError('validation_failed', {}, [{ field: 'bodyId', error: 'field_invalid' }]);
    if (pollingOn > term.ends_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'pollingOn', error: 'field_invalid' },
      ]);
    const { serving, vacant } = await vacancies(tx, cmd.villageId, body, term, on);
    const wanted = input.posts.reduce((n, p) => n + p.seats, 0);
    if (wanted > vacant)
      throw new DomainError('validation_failed', {}, [
        { field: 'posts', error: 'byelection_no_vacancy', params: { vacant } },
      ]);
    const womenPostId = await womenSeatPost(tx, cmd.villageId, body.kind, serving, input.posts);
    const record: ByElectionRecord = {
      stage: 'vacant',
      body: input.meeting,
      pollingOn,
      termEndsOn: term.ends_on as CalendarDate,
      posts: input.posts.map((p) => ({
        id: p.role,
        name: memberRoleName(body.kind as ElectedBody, p.role),
        seats: p.seats,
        writeIns: false,
        candidates: [],
      })),
      rounds: [],
      womenPostId,
    };
    const id = randomUUID();
    await insertByElection(tx, cmd.villageId, {
      id,
      bodyId: body.id,
      termId: term.id,
      record,
      on,
      createdBy: cmd.actorAccountId,
    });
    await recordEvent(
      cmd,
      tx,
      'byElection.opened',
      { type: 'byElection', id },
      { ...input, on, pollingOn, vacant, womenPostId },
    );
    return { id, findings: [] };
  });
}
