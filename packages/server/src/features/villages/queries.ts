import { readAtChainVersion } from '../../platform/audit/chainVersioned.ts';
import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/villages';
import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import { compareByNumber } from '@cunzhi/core/chineseNumber';
import type { Actor } from '@cunzhi/core/policies/actor';
import { meetingKindName, type MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { listGrids, listGroups, listVillagesFor } from '../../platform/tenancy/repository.ts';
import type { BodyMapRows } from '../bodies/queries.ts';
import { loadVoters } from '../meetings/queries/presence.ts';

type VillageStats = z.output<typeof contract.VillageStats>;

/**
 * The village home page's data in one statement: its figures on the given
 * date and its bodies with all their terms and memberships (the rows
 * bodies/repository.ts lists one statement each). Every statement costs a
 * round trip and a write to the socket, which on a busy server weighs more
 * than the aggregation. The four person figures come from one pass over the
 * village's persons (FILTER), not four counts of the same rows.
 */
export async function villageViewRows(
  db: Queryable,
  villageId: string,
  adultBornOnOrBefore: string,
): Promise<{ stats: VillageStats; bodyMap: BodyMapRows }> {
  const [row] = await db.query<VillageStats & BodyMapRows>(
    `SELECT p.population, p.adults,
       (SELECT count(*) FROM household WHERE village_id = $1) AS "households",
       (SELECT count(*) FROM villager_group WHERE village_id = $1) AS "groups",
       (SELECT count(*) FROM grid WHERE village_id = $1) AS "grids",
       p."partyMembers", p."migrantsOut",
       COALESCE((SELECT json_agg(b ORDER BY b.name) FROM (
         SELECT id, kind, name, parent_body_id, seats FROM body WHERE village_id = $1) b), '[]') AS bodies,
       COALESCE((SELECT json_agg(t ORDER BY t.starts_on) FROM (
         SELECT id, body_id, starts_on, ends_on FROM body_term WHERE village_id = $1) t), '[]') AS terms,
       COALESCE((SELECT json_agg(m ORDER BY m.starts_on, m.person_name) FROM (
         SELECT m.id, m.body_id, m.term_id, m.person_id, m.role, m.starts_on, m.ended_on, m.end_reason, p.name AS person_name, p.gender
         FROM body_membership m JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
         WHERE m.village_id = $1) m), '[]') AS memberships
     FROM (SELECT count(*) AS "population",
             count(*) FILTER (WHERE birth_date <= $2::date) AS "adults",
             count(*) FILTER (WHERE party_member) AS "partyMembers",
             count(*) FILTER (WHERE residence_status = 'migrantOut') AS "migrantsOut"
           FROM person WHERE village_id = $1) p`,
    [villageId, adultBornOnOrBefore],
  );
  if (!row) throw new Error('village view query returned no row');
  const { bodies, terms, memberships, ...stats } = row;
  return { stats, bodyMap: { bodies, terms, memberships } };
}

/**
 * The village home page's data: its figures on `today` and its bodies. Every page of the village
 * asks for it, and it changes only with the village's records: kept until the village's audit
 * chain moves (platform/audit/chainVersioned.ts), the day being part of the key.
 */
export function villageView(ctx: AppContext, villageId: string, today: CalendarDate) {
  return readAtChainVersion(ctx.db, villageId, `villageView ${today}`, () =>
    villageViewRows(ctx.db, villageId, latestBirthDateForAge(today, ADULT_AGE)),
  );
}

/** Villages an actor may open: their home village, and every village of the towns and counties they serve. */
export function villagesOpenTo(ctx: AppContext, actor: Actor) {
  return listVillagesFor(ctx.db, {
    villageIds: actor.home ? [actor.home.villageId] : [],
    townIds: actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id),
    countyIds: actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id),
  });
}

export const groupsOf = (ctx: AppContext, villageId: string) => listGroups(ctx.db, villageId);
/** Grids in their counted order: 第一网格, 第二网格 … 第十网格, 第十一网格 (not text order). */
export const gridsOf = async (ctx: AppContext, villageId: string) =>
  (await listGrids(ctx.db, villageId)).sort((a, b) => compareByNumber(a.name, b.name));

// ------------------------------------------------------------ the villager's own home

type MyHousehold = z.output<typeof contract.MyHousehold>;
type MyMeeting = z.output<typeof contract.MyMeeting>;

/** The reader's household with its group, its grid and the grid chief (one statement). */
export async function myHousehold(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<{ personName: string; household: MyHousehold } | null> {
  const [row] = await db.query<{ personName: string; household: MyHousehold }>(
    `SELECT me.name AS "personName", json_build_object(
       'id', h.id, 'number', h.number, 'address', h.address,
       'group', json_build_object('id', g.id, 'number', g.number, 'name', g.name),
       'grid', CASE WHEN gr.id IS NULL THEN NULL ELSE json_build_object(
         'id', gr.id, 'name', gr.name, 'chiefName', c.name, 'chiefPhone', c.phone) END,
       'partyLiaison', (SELECT json_build_object('name', lm.name, 'phone', lm.phone)
         FROM liaison_link l JOIN person lm ON lm.village_id = l.village_id AND lm.id = l.member_person_id
         WHERE l.village_id = h.village_id AND l.household_id = h.id AND l.ended_on IS NULL),
       'iAmPartyMember', me.party_member,
       'members', (SELECT json_agg(json_build_object('id', p.id, 'name', p.name,
           'relationToHead', p.relation_to_head, 'me', p.id = me.id)
           ORDER BY p.relation_to_head <> 'head', p.birth_date, p.name)
         FROM person p WHERE p.village_id = h.village_id AND p.household_id = h.id)) AS household
     FROM person me
     JOIN household h ON h.village_id = me.village_id AND h.id = me.household_id
     JOIN villager_group g ON g.village_id = h.village_id AND g.id = h.villager_group_id
     LEFT JOIN grid gr ON gr.village_id = h.village_id AND gr.id = h.grid_id
     LEFT JOIN person c ON c.village_id = gr.village_id AND c.id = gr.chief_person_id
     WHERE me.village_id = $1 AND me.id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

interface MeetingCandidate {
  id: string;
  kind: MeetingKind;
  title: string;
  meeting_on: CalendarDate;
  starts_at: string;
  place: string;
  status: 'planned' | 'open';
  villager_group_id: string | null;
  collective_org_id: string | null;
  checked_in: boolean;
  votes_to_cast: number;
}

/**
 * Meetings that have not ended (open, or planned from today on) with the reader's check-in
 * and the open electronic or secret votes they have not cast; which of them the reader is due
 * at is the meetings' own rule (`loadVoters`), asked per meeting — a village has a few.
 */
export async function myMeetings(
  db: Queryable,
  villageId: string,
  villageKind: 'village' | 'community',
  personId: string,
  today: CalendarDate,
): Promise<MyMeeting[]> {
  const rows = await db.query<MeetingCandidate>(
    `SELECT m.id, m.kind, m.title, m.meeting_on::text AS meeting_on, m.starts_at, m.place,
       m.status, m.villager_group_id, m.collective_org_id,
       EXISTS (SELECT 1 FROM attendance a WHERE a.village_id = m.village_id
         AND a.meeting_id = m.id AND a.person_id = $2) AS checked_in,
       (SELECT count(*)::int FROM motion o WHERE o.village_id = m.village_id AND o.meeting_id = m.id
         AND o.status = 'open' AND o.voting <> 'showOfHands'
         AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.village_id = o.village_id
           AND v.motion_id = o.id AND v.person_id = $2)
         AND NOT EXISTS (SELECT 1 FROM ballot_receipt r WHERE r.village_id = o.village_id
           AND r.motion_id = o.id AND r.person_id = $2)) AS votes_to_cast
     FROM meeting m
     WHERE m.village_id = $1
       AND (m.status = 'open' OR (m.status = 'planned' AND m.meeting_on >= $3::date))
     ORDER BY m.status = 'open' DESC, m.meeting_on, m.starts_at, m.title
     LIMIT 20`,
    [villageId, personId, today],
  );
  const mine: MyMeeting[] = [];
  for (const m of rows) {
    const facts = {
      id: m.id,
      kind: m.kind,
      meetingOn: m.meeting_on,
      villagerGroupId: m.villager_group_id,
      collectiveOrgId: m.collective_org_id,
    };
    const due = await loadVoters(db, villageId, facts, [personId], { holdersAmongThem: true });
    if (due.length === 0) continue;
    mine.push({
      id: m.id,
      kind: m.kind,
      kindName: meetingKindName(m.kind, villageKind),
      title: m.title,
      meetingOn: m.meeting_on,
      startsAt: m.starts_at,
      place: m.place,
      status: m.status,
      checkedIn: m.checked_in,
      votesToCast: m.checked_in ? m.votes_to_cast : 0,
    });
  }
  return mine;
}

/** The villager's home: their household and the meetings they are due at (`null` person: none). */
export async function myHome(
  ctx: AppContext,
  village: { id: string; kind: 'village' | 'community' },
  personId: string | null,
  today: CalendarDate,
): Promise<z.output<typeof contract.MyHomeResponse>> {
  if (!personId) return { personName: null, household: null, meetings: [] };
  const [own, meetings] = await Promise.all([
    myHousehold(ctx.db, village.id, personId),
    myMeetings(ctx.db, village.id, village.kind, personId, today),
  ]);
  return { personName: own?.personName ?? null, household: own?.household ?? null, meetings };
}
