import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import {
  checkComposition,
  hasCompositionRules,
  type CompositionFacts,
  type SeatHolder,
} from '@cunzhi/core/rules/composition';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { ResolvedProfile } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../../platform/db/database.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findBody, listBodies, type BodyRow } from '../../bodies/repository.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import {
  COLLECTIVE_BODY_KINDS,
  collectiveSeatingFacts,
} from '../../collective/meetings/seating.ts';

export interface ServingMember extends SeatHolder {
  membershipId: string;
  bodyId: string;
  bodyKind: BodyKind;
}

/** Serving members on a date of one body, or of every body of some kinds. */
export async function servingMembers(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
  filter: { bodyId?: string; kinds?: readonly BodyKind[] },
): Promise<ServingMember[]> {
  const rows = await db.query<{
    membership_id: string;
    body_id: string;
    body_kind: BodyKind;
    person_id: string;
    name: string;
    gender: 'male' | 'female';
    role: string;
    qualifications: string[];
  }>(
    `SELECT m.id AS membership_id, m.body_id, b.kind AS body_kind, m.person_id, p.name, p.gender, m.role, m.qualifications
     FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1
       AND ($3::uuid IS NULL OR m.body_id = $3)
       AND ($4::text[] IS NULL OR b.kind = ANY($4::text[]))
       AND t.starts_on <= $2::date AND $2::date <= t.ends_on
       AND m.starts_on <= $2::date AND (m.ended_on IS NULL OR $2::date < m.ended_on)
     ORDER BY p.name, m.id`,
    [villageId, on, filter.bodyId ?? null, filter.kinds ? [...filter.kinds] : null],
  );
  return rows.map((r) => ({
    membershipId: r.membership_id,
    bodyId: r.body_id,
    bodyKind: r.body_kind,
    personId: r.person_id,
    name: r.name,
    gender: r.gender,
    role: r.role,
    qualifications: r.qualifications,
  }));
}

/** The last day of the body's term in force on a date, and of the villagers' committee's. */
async function termsEndingOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
  bodyId: string,
): Promise<{ body: CalendarDate | null; committee: CalendarDate | null }> {
  const rows = await db.query<{ body_id: string; kind: BodyKind; ends_on: CalendarDate }>(
    `SELECT t.body_id, b.kind, t.ends_on
     FROM body_term t
     JOIN body b ON b.village_id = t.village_id AND b.id = t.body_id
     WHERE t.village_id = $1 AND t.starts_on <= $2::date AND $2::date <= t.ends_on
       AND (t.body_id = $3 OR b.kind = 'villagersCommittee')`,
    [villageId, on, bodyId],
  );
  return {
    body: rows.find((r) => r.body_id === bodyId)?.ends_on ?? null,
    committee: rows.find((r) => r.kind === 'villagersCommittee')?.ends_on ?? null,
  };
}

/** Everything core's composition checks need about one body on a date. */
export async function compositionFacts(
  db: Queryable,
  villageId: string,
  body: { id: string; kind: BodyKind },
  on: CalendarDate,
): Promise<Omit<CompositionFacts, 'members'> & { members: ServingMember[] }> {
  const members = await servingMembers(db, villageId, on, { bodyId: body.id });
  const committeeMembers = await servingMembers(db, villageId, on, {
    kinds: ['villagersCommittee'],
  });
  const partyCommitteeMembers = await servingMembers(db, villageId, on, {
    kinds: ['partyBranch'],
  });
  const closeRelativeOnCommittee = new Map<string, string>();
  const committeeKin: Array<{ name: string; relative: string }> = [];
  const kinMatters =
    (body.kind === 'villageAffairsSupervisionCommittee' || body.kind === 'villagersCommittee') &&
    members.length > 0 &&
    committeeMembers.length > 0;
  if (kinMatters) {
    const { graph } = await loadKinNeighbourhood(db, villageId, [
      ...members.map((m) => m.personId),
      ...committeeMembers.map((m) => m.personId),
    ]);
    const kin = (a: SeatHolder, b: SeatHolder) =>
      a.personId !== b.personId && closeRelation(graph, a.personId, b.personId) !== null;
    if (body.kind === 'villagersCommittee')
      // each pair once: near-relative avoidance among the committee (2025 text)
      committeeMembers.forEach((a, i) => {
        for (const b of committeeMembers.slice(i + 1))
          if (kin(a, b)) committeeKin.push({ name: a.name, relative: b.name });
      });
    else
      for (const m of members) {
        const relative = committeeMembers.find((c) => kin(m, c));
        if (relative) closeRelativeOnCommittee.set(m.personId, relative.name);
      }
  }
  const termEnds = await termsEndingOn(db, villageId, on, body.id);
  const [households] = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM household WHERE village_id = $1',
    [villageId],
  );
  const secretary = partyCommitteeMembers.find((m) => m.role === 'secretary');
  const collective = COLLECTIVE_BODY_KINDS.includes(body.kind)
    ? await collectiveSeatingFacts(
        db,
        villageId,
        body.kind,
        members,
        await servingMembers(db, villageId, on, { kinds: ['collectiveCouncil'] }),
        on,
      )
    : undefined;
  return {
    on,
    kind: body.kind,
    members,
    committeeMembers,
    partyCommitteeMembers,
    closeRelativeOnCommittee,
    committeeKin,
    partySecretaryId: secretary?.personId ?? null,
    termEndsOn: termEnds.body,
    committeeTermEndsOn: termEnds.committee,
    households: Number(households?.n ?? 0),
    ...(collective ? { collective } : {}),
  };
}

export interface CompositionPage {
  body: BodyRow;
  on: CalendarDate;
  profile: ResolvedProfile;
  facts: Awaited<ReturnType<typeof compositionFacts>>;
  /** Core's composition checks of those facts under the village's profile. */
  findings: Finding[];
}

/** One body's composition on a date, checked by core's rules. */
export async function compositionPage(
  { db }: Pick<AppContext, 'db'>,
  villageId: string,
  bodyId: string,
  on: CalendarDate,
): Promise<CompositionPage> {
  const body = await findBody(db, villageId, bodyId);
  if (!body) throw new DomainError('not_found', { what: 'body' });
  const { profile } = await loadVillageProfile(db, villageId, on);
  return checkedBody(db, villageId, body, profile, on);
}

async function checkedBody(
  db: Queryable,
  villageId: string,
  body: BodyRow,
  profile: ResolvedProfile,
  on: CalendarDate,
): Promise<CompositionPage> {
  const facts = await compositionFacts(db, villageId, body, on);
  return { body, on, profile, facts, findings: checkComposition(facts, profile.params) };
}

/** Every body of the village whose composition the law regulates, each checked on a date. */
export async function compositionsOf(
  { db }: { db: Queryable },
  villageId: string,
  on: CalendarDate,
): Promise<CompositionPage[]> {
  const [bodies, { profile }] = await Promise.all([
    listBodies(db, villageId),
    loadVillageProfile(db, villageId, on),
  ]);
  const pages: CompositionPage[] = [];
  // one body after another: PGlite has one connection
  for (const body of bodies)
    if (hasCompositionRules(body.kind))
      pages.push(await checkedBody(db, villageId, body, profile, on));
  return pages;
}
