import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type Locale } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import { can } from '@cunzhi/core/policies/village';
import { committeeMeetingCounts, type PartyMeetingKind } from '@cunzhi/core/party/cadence';
import { missingOrganisationFindings } from '@cunzhi/core/party/structure';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { AppContext } from '../../platform/http/context.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { scopeOf } from '../../platform/tenancy/repository.ts';
import { villagesOpenTo } from '../villages/queries.ts';
import { presentFinding } from '../meetings/present.ts';
import { seatHistory, type SeatHistory } from './repository.ts';
import { cadenceToday, seatedOn, structureFindings, structureOn } from './structure.ts';

type Presence = 'present' | 'leave' | 'absent';
type Rating = 'excellent' | 'qualified' | 'basicallyQualified' | 'unqualified';

interface MeetingRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: PartyMeetingKind;
  held_on: CalendarDate;
  venue: string;
  host_name: string;
  topic: string;
  present: number;
  leave: number;
  absent: number;
}

const MEETING_SELECT = `
  SELECT m.id, m.unit_id, u.name AS unit_name, m.kind, m.held_on::text AS held_on,
         coalesce(v.name, m.venue) AS venue, h.name AS host_name, m.topic,
         count(*) FILTER (WHERE a.presence = 'present')::int AS present,
         count(*) FILTER (WHERE a.presence = 'leave')::int AS leave,
         count(*) FILTER (WHERE a.presence = 'absent')::int AS absent
    FROM party_meeting m
    JOIN party_unit u ON u.village_id = m.village_id AND u.id = m.unit_id
    JOIN person h ON h.village_id = m.village_id AND h.id = m.host_person_id
    LEFT JOIN micro_unit v ON v.village_id = m.village_id AND v.id = m.venue_id
    LEFT JOIN party_meeting_attendee a ON a.village_id = m.village_id AND a.meeting_id = m.id`;
const MEETING_GROUP = 'GROUP BY m.village_id, m.id, u.name, v.name, h.name';

/** The console's board: units with their bases, seats, cadence and findings; members; meetings. */
export async function partyBoard(ctx: AppContext, villageId: string, locale: Locale) {
  const today = ctx.clock.today();
  const [{ structure, profile, cadence }, meetings, seatCounts, venues, groups, recorded] =
    await Promise.all([
      cadenceToday(ctx.db, villageId, today),
      ctx.db.query<MeetingRow>(
        `${MEETING_SELECT} WHERE m.village_id = $1 ${MEETING_GROUP} ORDER BY m.held_on DESC, m.recorded_at DESC LIMIT 200`,
        [villageId],
      ),
      seatHistory(ctx.db, villageId),
      ctx.db.query<{ id: string; name: string }>(
        `SELECT id, name FROM micro_unit WHERE village_id = $1 AND kind = 'venue' AND active ORDER BY name`,
        [villageId],
      ),
      ctx.db.query<{ id: string; name: string }>(
        'SELECT id, name FROM villager_group WHERE village_id = $1 ORDER BY number',
        [villageId],
      ),
      ctx.db.query<{ person_id: string }>(
        'SELECT person_id FROM party_member WHERE village_id = $1',
        [villageId],
      ),
    ]);
  const recordedIds = new Set(recorded.map((r) => r.person_id));
  return {
    on: today,
    units: structure.units.map((s) => {
      const c = cadence.get(s.unit.id);
      return {
        id: s.unit.id,
        kind: s.unit.kind,
        parentId: s.unit.parent_id,
        name: s.unit.name,
        basis: s.unit.basis,
        villagerGroupId: s.unit.villager_group_id,
        themeDay: s.unit.theme_day,
        approvalRef: s.unit.approval_ref,
        foundedOn: s.unit.founded_on,
        formal: s.formal,
        probationary: s.probationary,
        seats: s.seats.map((x) => ({
          personId: x.person_id,
          name: x.name,
          role: x.role,
          since: x.since,
        })),
        cadence: (c?.rows ?? []).map((r) => ({
          kind: r.kind,
          period: r.period.label,
          startsOn: r.period.startsOn,
          endsOn: r.period.endsOn,
          required: r.required,
          held: r.held,
          state: r.state,
        })),
        findings: [...structureFindings(s, today, profile.params), ...(c?.findings ?? [])].map(
          (f) => presentFinding(f, locale),
        ),
      };
    }),
    members: structure.members.map((m) => ({ ...m, recorded: recordedIds.has(m.personId) })),
    meetings: meetings.map((m) => presentMeetingRow(m, seatCounts, profile.params)),
    venues,
    groups,
  };
}

/** A 支委会 counts with half its committee (seated on its day) present. */
function presentMeetingRow(m: MeetingRow, seats: SeatHistory, params: RuleParams) {
  const seated = seatedOn(seats, m.unit_id, m.held_on);
  return {
    id: m.id,
    unitId: m.unit_id,
    kind: m.kind,
    heldOn: m.held_on,
    venue: m.venue,
    hostName: m.host_name,
    topic: m.topic,
    present: m.present,
    leave: m.leave,
    absent: m.absent,
    counted: m.kind !== 'committeeMeeting' || committeeMeetingCounts(m.present, seated, params),
  };
}

export async function partyMeetingDetail(ctx: AppContext, villageId: string, meetingId: string) {
  const [row] = await ctx.db.query<MeetingRow & { minutes: string }>(
    `${MEETING_SELECT.replace('m.topic,', 'm.topic, m.minutes,')} WHERE m.village_id = $1 AND m.id = $2 ${MEETING_GROUP}`,
    [villageId, meetingId],
  );
  if (!row) throw new DomainError('not_found', { what: 'partyMeeting' });
  const { profile } = await loadVillageProfile(ctx.db, villageId, row.held_on);
  const attendance = await ctx.db.query<{
    personId: string;
    name: string;
    presence: Presence;
    leaveReason: string | null;
    rating: Rating | null;
  }>(
    `SELECT a.person_id AS "personId", p.name, a.presence, a.leave_reason AS "leaveReason", a.rating
       FROM party_meeting_attendee a JOIN person p ON p.village_id = a.village_id AND p.id = a.person_id
      WHERE a.village_id = $1 AND a.meeting_id = $2
      ORDER BY CASE a.presence WHEN 'present' THEN 0 WHEN 'leave' THEN 1 ELSE 2 END, p.name`,
    [villageId, meetingId],
  );
  return {
    ...presentMeetingRow(row, await seatHistory(ctx.db, villageId), profile.params),
    unitName: row.unit_name,
    minutes: row.minutes,
    attendance,
  };
}

/** A member's own record: their details and the meetings they were listed at. */
export async function ownPartyRecord(ctx: AppContext, villageId: string, personId: string) {
  const today = ctx.clock.today();
  const structure = await structureOn(ctx.db, villageId, today);
  const me = structure.members.find((m) => m.personId === personId);
  if (!me) return { member: null, meetings: [] };
  const unitName = structure.units.find((s) => s.unit.id === me.unitId)?.unit.name ?? null;
  const meetings = await ctx.db.query<{
    id: string;
    kind: PartyMeetingKind;
    heldOn: CalendarDate;
    topic: string;
    presence: Presence;
    rating: Rating | null;
  }>(
    `SELECT m.id, m.kind, m.held_on::text AS "heldOn", m.topic, a.presence, a.rating
       FROM party_meeting_attendee a JOIN party_meeting m ON m.village_id = a.village_id AND m.id = a.meeting_id
      WHERE a.village_id = $1 AND a.person_id = $2
      ORDER BY m.held_on DESC LIMIT 100`,
    [villageId, personId],
  );
  const recorded = await ctx.db.query(
    'SELECT 1 FROM party_member WHERE village_id = $1 AND person_id = $2',
    [villageId, personId],
  );
  return { member: { ...me, unitName, recorded: recorded.length > 0 }, meetings };
}

/**
 * The town's view (the town Party committee): for each village it oversees, the units, formal
 * members, the periods of 三会一课 that ended short, and the structure's findings.
 */
export async function townParty(ctx: AppContext, actor: Actor, locale: Locale) {
  const today = ctx.clock.today();
  const villages = (await villagesOpenTo(ctx, actor)).filter((v) =>
    can(actor, 'readParty', scopeOf(v)),
  );
  const rows = [];
  for (const v of villages) {
    const { structure, profile, cadence } = await cadenceToday(ctx.db, v.id, today);
    const overdue = structure.units.flatMap((s) =>
      (cadence.get(s.unit.id)?.rows ?? [])
        .filter((r) => r.state === 'overdue')
        .map((r) => ({
          unitName: s.unit.name,
          kind: r.kind,
          period: r.period.label,
          endsOn: r.period.endsOn,
        })),
    );
    const formal = structure.members.filter((m) => m.status === 'formal').length;
    const findings = structure.top
      ? structure.units.flatMap((s) => structureFindings(s, today, profile.params))
      : missingOrganisationFindings(formal, today, profile.params);
    rows.push({
      villageId: v.id,
      villageName: v.name,
      units: structure.units.length,
      formal,
      overdue,
      findings: findings.map((f) => presentFinding(f, locale)),
    });
  }
  return { on: today, villages: rows };
}
