import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../../../platform/db/database.ts';
import { fingerprintOf, type Fingerprint } from '../../../platform/audit/repository.ts';
import { loadVillageProfile, type VillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  facts,
  representedBy,
  type EligibleVoter,
  type MeetingPresence,
  type SheetRow,
} from '../presence.ts';
import { isServingSupervisor, loadVoters, meetingPresence, sheetRows } from './presence.ts';
import { loadDemands, type DemandsData, type Reader } from './demands.ts';
import {
  findMeeting,
  listMeetings,
  representativesTermStart,
  type FiguresAtClose,
  type MeetingRow,
} from '../repository/meetings.ts';
import {
  listAttendance,
  listProxies,
  type AttendanceRow,
  type ProxyRow,
} from '../repository/attendance.ts';
import {
  listMotions,
  listNamedVotes,
  receiptsOf,
  resolutionsOfMeeting,
  type MotionRow,
  type NamedVoteRow,
  type ResolutionRow,
} from '../repository/motions.ts';

async function requireMeeting(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<MeetingRow> {
  const m = await findMeeting(db, villageId, meetingId);
  if (!m) throw new DomainError('not_found', { what: 'meeting' });
  return m;
}

/** The sign-in sheet: everyone due on the meeting date, with household and group, and who is in. */
export async function loadSheet(reader: Reader, meetingId: string): Promise<SheetRow[]> {
  const m = await requireMeeting(reader.db, reader.villageId, meetingId);
  return sheetRows(reader.db, reader.villageId, facts(m));
}

/** The meetings page: every meeting, since when the frequency rule counts, and the demands. */
export interface MeetingList {
  meetings: MeetingRow[];
  /** The current representatives' term began (null: no term running). */
  termStart: CalendarDate | null;
  demands: DemandsData;
}

export async function loadMeetingList(reader: Reader): Promise<MeetingList> {
  const { db, villageId } = reader;
  const meetings = await listMeetings(db, villageId);
  const termStart = await representativesTermStart(db, villageId, reader.clock.today());
  const demands = await loadDemands(reader);
  return { meetings, termStart, demands };
}

/** Presence and quorum now (until the meeting closes), or as recorded when it closed. */
export type PageFigures =
  | ({ live: true; profile: VillageProfile['profile'] } & MeetingPresence)
  | { live: false; stored: FiguresAtClose; voters: EligibleVoter[] };

/** Everything a meeting's page shows, loaded for one reader. */
export interface MeetingPage {
  meeting: MeetingRow;
  attendance: AttendanceRow[];
  proxies: ProxyRow[];
  motions: MotionRow[];
  votes: NamedVoteRow[];
  resolutions: ResolutionRow[];
  figures: PageFigures;
  /** Secret-ballot receipts of the reader and of the principals they hold proxies for. */
  receipts: Array<{ motion_id: string; person_id: string }>;
  /** Whether the reader serves on the supervision committee; null where they may not check in now. */
  servingSupervisor: boolean | null;
  /** The chain record that convened it: printed on its notice, sheet and ballots. */
  fingerprint: Fingerprint | null;
}

/** Presence now, and the village's rule profile now: a meeting's figures until it closes. */
async function liveFigures(db: Queryable, villageId: string, m: MeetingRow): Promise<PageFigures> {
  const [{ profile }, { presence, voters }] = await Promise.all([
    loadVillageProfile(db, villageId),
    meetingPresence(db, villageId, facts(m)),
  ]);
  return { live: true, profile, presence, voters };
}

/**
 * A closed meeting's figures as recorded; only the reader's own part (and
 * principals whose proxy they held) is looked up in the registry.
 */
async function storedFigures(
  db: Queryable,
  villageId: string,
  m: MeetingRow,
  stored: FiguresAtClose,
  proxies: ProxyRow[],
  me: string | null,
): Promise<PageFigures> {
  const own = me
    ? [me, ...proxies.filter((x) => x.holder_id === me).map((x) => x.principal_id)]
    : [];
  const voters =
    own.length > 0
      ? await loadVoters(db, villageId, facts(m), own, { holdersAmongThem: true })
      : [];
  return { live: false, stored, voters };
}

/**
 * A meeting's page for a reader (`me`: their person in the village, if any).
 * Presence and quorum are live only until the meeting closes; a meeting
 * closed before its figures were recorded is computed live.
 */
export async function loadMeetingPage(reader: Reader, meetingId: string): Promise<MeetingPage> {
  const { db, villageId, personId: me } = reader;
  const m = await requireMeeting(db, villageId, meetingId);
  const stored = m.status === 'closed' ? m.figures_at_close : null;
  const [attendance, proxies, motions, votes, resolutions, fingerprint] = await Promise.all([
    listAttendance(db, villageId, m.id),
    listProxies(db, villageId, m.id),
    listMotions(db, villageId, m.id),
    listNamedVotes(db, villageId, m.id),
    resolutionsOfMeeting(db, villageId, m.id),
    fingerprintOf(db, villageId, { type: 'meeting', id: m.id, action: 'meeting.convened' }),
  ]);
  const figures = stored
    ? await storedFigures(db, villageId, m, stored, proxies, me)
    : await liveFigures(db, villageId, m);
  const sitting = m.status === 'planned' || m.status === 'open';
  const mayCheckIn = me !== null && sitting && !attendance.some((a) => a.person_id === me);
  const servingSupervisor =
    me !== null && mayCheckIn ? await isServingSupervisor(db, villageId, me, m.meeting_on) : null;
  const voices = me ? [me, ...representedBy(figures.voters, me).map((v) => v.personId)] : [];
  const receipts = await receiptsOf(db, villageId, m.id, voices);
  return {
    meeting: m,
    attendance,
    proxies,
    motions,
    votes,
    resolutions,
    figures,
    receipts,
    servingSupervisor,
    fingerprint,
  };
}
