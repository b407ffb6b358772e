import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { buildKinGraph, closeRelation, type KinGraph } from '@cunzhi/core/registry/kinship';
import {
  checkComposition,
  hasCompositionRules,
  type CompositionFacts,
  type SeatHolder,
} from '@cunzhi/core/rules/composition';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { ResolvedProfile } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../../platform/db/database.ts';
import {
  loadVillageProfiles,
  type VillageProfile,
} from '../../../platform/rules/villageProfile.ts';
import { bodiesIn, type BodyRow } from '../../bodies/repository.ts';
import { loadKinNeighbourhoodsFrom } from '../../registry/queries/kinGraph.ts';
import type { KinSeed } from '../../registry/repository/persons.ts';
import { memberHouseholdsIn } from '../../collective/meetings/queries.ts';
import {
  COLLECTIVE_BODY_KINDS,
  collectiveKinPersons,
  collectiveSeatingFacts,
} from '../../collective/meetings/seating.ts';

export interface ServingMember extends SeatHolder {
  membershipId: string;
  bodyId: string;
  bodyKind: BodyKind;
}

/** Memberships (m) of a body (b) in a term (t): read with SERVING_WHERE. */
const SERVING_FROM = `FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id`;

/** Serving in the villages $1 on the date $2: the term in force, the member seated and not yet gone. */
const SERVING_WHERE = `m.village_id = ANY($1::uuid[])
       AND t.starts_on <= $2::date AND $2::date <= t.ends_on
       AND m.starts_on <= $2::date AND (m.ended_on IS NULL OR $2::date < m.ended_on)`;

/** Serving members on a date of one body, or of every body of some kinds. */
export async function servingMembers(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
  filter: { bodyId?: string; kinds?: readonly BodyKind[] },
): Promise<ServingMember[]> {
  return (await servingMembersIn(db, [villageId], on, filter)).map(({ villageId: _, ...m }) => m);
}

/** The same in several villages at once; without a filter, every body's. */
async function servingMembersIn(
  db: Queryable,
  villageIds: readonly string[],
  on: CalendarDate,
  filter: { bodyId?: string; kinds?: readonly BodyKind[] } = {},
): Promise<Array<ServingMember & { villageId: string }>> {
  const rows = await db.query<{
    village_id: string;
    membership_id: string;
    body_id: string;
    body_kind: BodyKind;
    person_id: string;
    name: string;
    gender: 'male' | 'female';
    role: string;
    qualifications: string[];
  }>(
    `SELECT m.village_id, m.id AS membership_id, m.body_id, b.kind AS body_kind, m.person_id, p.name, p.gender, m.role, m.qualifications
     ${SERVING_FROM}
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE ${SERVING_WHERE}
       AND ($3::uuid IS NULL OR m.body_id = $3)
       AND ($4::text[] IS NULL OR b.kind = ANY($4::text[]))
     ORDER BY p.name, m.id`,
    [villageIds, on, filter.bodyId ?? null, filter.kinds ? [...filter.kinds] : null],
  );
  return rows.map((r) => ({
    villageId: r.village_id,
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

/** The terms in force on a date in several villages, with their body's kind. */
async function termsInForce(
  db: Queryable,
  villageIds: readonly string[],
  on: CalendarDate,
): Promise<Array<{ village_id: string; body_id: string; kind: BodyKind; ends_on: CalendarDate }>> {
  return db.query(
    `SELECT t.village_id, t.body_id, b.kind, t.ends_on
     FROM body_term t
     JOIN body b ON b.village_id = t.village_id AND b.id = t.body_id
     WHERE t.village_id = ANY($1::uuid[]) AND t.starts_on <= $2::date AND $2::date <= t.ends_on
     ORDER BY t.starts_on, t.id`,
    [villageIds, on],
  );
}

/** The households of several villages, counted. */
async function householdsIn(
  db: Queryable,
  villageIds: readonly string[],
): Promise<Map<string, number>> {
  if (villageIds.length === 0) return new Map();
  const rows = await db.query<{ village_id: string; n: number }>(
    `SELECT village_id, count(*) AS n FROM household WHERE village_id = ANY($1::uuid[]) GROUP BY village_id`,
    [villageIds],
  );
  return new Map(rows.map((r) => [r.village_id, Number(r.n)]));
}

export type BodyCompositionFacts = Omit<CompositionFacts, 'members'> & {
  members: ServingMember[];
};

export interface CompositionPage {
  body: BodyRow;
  on: CalendarDate;
  profile: ResolvedProfile;
  facts: BodyCompositionFacts;
  /** Core's composition checks of those facts under the village's profile. */
  findings: Finding[];
}

/** Everything one village's bodies are judged on, read once for all of them. */
interface VillageSeating {
  serving: ServingMember[];
  committee: ServingMember[];
  partyCommittee: ServingMember[];
  council: ServingMember[];
  terms: Array<{ body_id: string; kind: BodyKind; ends_on: CalendarDate }>;
}

const KIN_CHECKED: readonly BodyKind[] = [
  'villageAffairsSupervisionCommittee',
  'villagersCommittee',
];

/**
 * The members of the bodies whose checks look at kinship (kinPersons: the committee and the
 * supervision committee; the collective's council and supervisory board), serving on the date:
 * the seed of the villages' kin graphs, read together with the serving members instead of after
 * them (a county's dashboard waited for the one before asking the other). A few more persons than
 * kinPersons names for a given body (a supervision committee's members where the committee is
 * empty, say) only widen the graph with true ties.
 */
function servingKinSeed(villageIds: readonly string[], on: CalendarDate): KinSeed {
  return {
    sql: `SELECT DISTINCT m.village_id, m.person_id AS id ${SERVING_FROM}
          WHERE ${SERVING_WHERE} AND b.kind = ANY($3::text[])`,
    params: [
      villageIds,
      on,
      [...KIN_CHECKED, ...COLLECTIVE_BODY_KINDS.filter((k) => k !== 'collectiveRepresentatives')],
    ],
  };
}

/** Whose kinship a body's check looks at: near relatives on the committee, or the collective's officers. */
function kinPersons(v: VillageSeating, body: { id: string; kind: BodyKind }): SeatHolder[] {
  const members = v.serving.filter((m) => m.bodyId === body.id);
  if (KIN_CHECKED.includes(body.kind))
    return members.length > 0 && v.committee.length > 0 ? [...members, ...v.committee] : [];
  return COLLECTIVE_BODY_KINDS.includes(body.kind)
    ? collectiveKinPersons(body.kind, members, v.council)
    : [];
}

/** Everything core's composition checks need about one body on a date, from its village's seating. */
function bodyFacts(
  v: VillageSeating,
  body: { id: string; kind: BodyKind },
  on: CalendarDate,
  graph: KinGraph,
  households: number,
  memberHouseholds: number,
): BodyCompositionFacts {
  const members = v.serving.filter((m) => m.bodyId === body.id);
  const committeeMembers = v.committee;
  const closeRelativeOnCommittee = new Map<string, string>();
  const committeeKin: Array<{ name: string; relative: string }> = [];
  if (KIN_CHECKED.includes(body.kind) && kinPersons(v, body).length > 0) {
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
  const secretary = v.partyCommittee.find((m) => m.role === 'secretary');
  return {
    on,
    kind: body.kind,
    members,
    committeeMembers,
    partyCommitteeMembers: v.partyCommittee,
    closeRelativeOnCommittee,
    committeeKin,
    partySecretaryId: secretary?.personId ?? null,
    termEndsOn: v.terms.find((t) => t.body_id === body.id)?.ends_on ?? null,
    committeeTermEndsOn: v.terms.find((t) => t.kind === 'villagersCommittee')?.ends_on ?? null,
    households,
    ...(COLLECTIVE_BODY_KINDS.includes(body.kind)
      ? {
          collective: collectiveSeatingFacts(
            body.kind,
            members,
            v.council,
            graph,
            memberHouseholds,
          ),
        }
      : {}),
  };
}

const EMPTY_GRAPH = buildKinGraph([]);

/**
 * Every body of some villages whose composition the law regulates (and `alsoBodyId`, whatever
 * its kind), each checked on a date by core's rules: the village's body pages, its list of
 * findings and the town's dashboard all read this. The facts of every village are read together
 * — the bodies, their serving members, the terms in force, the households, the kin around the
 * members, the collective's member households: a handful of statements whatever the number of
 * villages — then each body is judged in memory.
 */
export async function compositionsIn(
  db: Queryable,
  villageIds: readonly string[],
  on: CalendarDate,
  {
    alsoBodyId,
    profiles: profilesRead = loadVillageProfiles(db, villageIds, on),
  }: {
    alsoBodyId?: string;
    /** The villages' profiles on `on`, when the caller reads them once for several readers. */
    profiles?: Promise<ReadonlyMap<string, VillageProfile>>;
  } = {},
): Promise<Map<string, CompositionPage[]>> {
  // every read in one round, the households counted for every village rather than for those
  // whose bodies need the count once the bodies are known: a county's count (an index scan over
  // its households) no longer waits behind the serving members and their kin
  const [bodies, profiles, serving, terms, kin, households] = await Promise.all([
    bodiesIn(db, villageIds),
    profilesRead,
    servingMembersIn(db, villageIds, on),
    termsInForce(db, villageIds, on),
    loadKinNeighbourhoodsFrom(db, villageIds, servingKinSeed(villageIds, on)),
    householdsIn(db, villageIds),
  ]);
  const checked = bodies.filter((b) => hasCompositionRules(b.kind) || b.id === alsoBodyId);
  const seating = new Map<string, VillageSeating>();
  for (const id of villageIds) {
    const own = serving.filter((m) => m.villageId === id).map(({ villageId: _, ...m }) => m);
    const ofKind = (kind: BodyKind) => own.filter((m) => m.bodyKind === kind);
    seating.set(id, {
      serving: own,
      committee: ofKind('villagersCommittee'),
      partyCommittee: ofKind('partyBranch'),
      council: ofKind('collectiveCouncil'),
      terms: terms.filter((t) => t.village_id === id),
    });
  }
  const villagesOf = (kinds: readonly BodyKind[]) => [
    ...new Set(checked.filter((b) => kinds.includes(b.kind)).map((b) => b.village_id)),
  ];
  // the collective's member households only where a representatives' assembly is checked: the
  // one read still after the bodies (counting them in every village would cost more than the round)
  const withRepresentatives = villagesOf(['collectiveRepresentatives']);
  const memberHouseholds =
    withRepresentatives.length > 0
      ? await memberHouseholdsIn(db, withRepresentatives, on)
      : new Map<string, number>();
  const out = new Map<string, CompositionPage[]>(villageIds.map((id) => [id, []]));
  for (const body of checked) {
    const { village_id: villageId, ...row } = body;
    const { profile } = profiles.get(villageId)!;
    const facts = bodyFacts(
      seating.get(villageId)!,
      row,
      on,
      kin.get(villageId)?.graph ?? EMPTY_GRAPH,
      households.get(villageId) ?? 0,
      memberHouseholds.get(villageId) ?? 0,
    );
    out
      .get(villageId)!
      .push({ body: row, on, profile, facts, findings: checkComposition(facts, profile.params) });
  }
  return out;
}

/** One body's composition on a date, checked by core's rules. */
export async function compositionPage(
  { db }: { db: Queryable },
  villageId: string,
  bodyId: string,
  on: CalendarDate,
): Promise<CompositionPage> {
  const page = (await compositionsIn(db, [villageId], on, { alsoBodyId: bodyId }))
    .get(villageId)!
    .find((p) => p.body.id === bodyId);
  if (!page) throw new DomainError('not_found', { what: 'body' });
  return page;
}

/** Every body of the village whose composition the law regulates, each checked on a date. */
export async function compositionsOf(
  { db }: { db: Queryable },
  villageId: string,
  on: CalendarDate,
): Promise<CompositionPage[]> {
  return (await compositionsIn(db, [villageId], on)).get(villageId)!;
}

/** Everything core's composition checks need about one body on a date (as its page reads it). */
export async function compositionFacts(
  db: Queryable,
  villageId: string,
  body: Pick<BodyRow, 'id' | 'kind'>,
  on: CalendarDate,
): Promise<BodyCompositionFacts> {
  return (await compositionPage({ db }, villageId, body.id, on)).facts;
}
