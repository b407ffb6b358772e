import { organisationMembersMeetings } from '../../party/repository.ts';
import { atChainVersion, type ChainVersionReader } from '../../../platform/audit/chainVersioned.ts';
import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../../../platform/db/database.ts';
import { fingerprintOf, type Fingerprint } from '../../../platform/audit/repository.ts';
import type { VillageProfile } from '../../../platform/rules/villageProfile.ts';
import type { Presence } from '@cunzhi/core/meetings/quorum';
import { facts, representedBy, type EligibleVoter, type SheetRow } from '../presence.ts';
import { countedPresence, isServingSupervisor, loadVoters, sheetRows } from './presence.ts';
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
  findMotion,
  listMotions,
  listNamedVotes,
  receiptsOfHolder,
  resolutionsOfMeeting,
  type MotionRow,
  type NamedVoteRow,
  type ResolutionRow,
} from '../repository/motions.ts';
import { orgsOf } from '../../collective/repository.ts';
import { meetingProfile } from '../../collective/meetings/profile.ts';

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
  /** The village's collective economic organisations (each holds its own yearly members' assembly). */
  collectiveOrgs: Array<{ id: string; name: string; foundedOn: CalendarDate }>;
  /** The village Party organisation's 党员大会 recorded among its 三会一课 (PARTY-3H1K counts both). */
  partyMeetingsHeld: CalendarDate[];
}

export async function loadMeetingList(reader: Reader): Promise<MeetingList> {
  const { db, villageId } = reader;
  const meetings = await listMeetings(db, villageId);
  const termStart = await representativesTermStart(db, villageId, reader.clock.today());
  const demands = await loadDemands(reader);
  const collectiveOrgs = await orgsOf(db, villageId);
  const partyMeetingsHeld = await organisationMembersMeetings(db, villageId);
  return { meetings, termStart, demands, collectiveOrgs, partyMeetingsHeld };
}

/** Presence and quorum now (until the meeting closes), or as recorded when it closed. */
export type MeetingFigures = (
  | { live: true; profile: VillageProfile['profile']; presence: Presence }
  | { live: false; stored: FiguresAtClose }
) & { attendeesNotDue: string[] };

/**
 * A page's figures, with `voters`: only the reader's own part (the reader and
 * the principals whose proxy they hold, where due).
 */
export type PageFigures = MeetingFigures & { voters: EligibleVoter[] };

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

/**
 * A meeting's figures: as recorded when it closed, else presence counted now
 * with the village's rule profile now — for an organisation's meeting, its
 * charter over it (a meeting closed before its figures were recorded is
 * counted live).
 */
async function figuresOf(db: Queryable, villageId: string, m: MeetingRow): Promise<MeetingFigures> {
  const stored = m.status === 'closed' ? m.figures_at_close : null;
  if (stored) return { live: false, stored, attendeesNotDue: stored.attendeesNotDue };
  const [profile, { presence, attendeesNotDue }] = await Promise.all([
    meetingProfile(db, villageId, m),
    countedPresence(db, villageId, facts(m)),
  ]);
  return { live: true, profile, presence, attendeesNotDue };
}

/** The meeting alone: what a write on the meeting itself answers with. */
export async function loadMeeting(reader: Reader, meetingId: string): Promise<MeetingRow> {
  return requireMeeting(reader.db, reader.villageId, meetingId);
}

/** A meeting just convened, with the chain record printed on its notice. */
export async function loadConvened(
  reader: Reader,
  meetingId: string,
): Promise<{ meeting: MeetingRow; fingerprint: Fingerprint | null }> {
  const { db, villageId } = reader;
  const [meeting, fingerprint] = await Promise.all([
    requireMeeting(db, villageId, meetingId),
    fingerprintOf(db, villageId, { type: 'meeting', id: meetingId, action: 'meeting.convened' }),
  ]);
  return { meeting, fingerprint };
}

/** A motion as it stands (just proposed: no votes, no resolution). */
export async function loadMotion(reader: Reader, motionId: string): Promise<MotionRow> {
  const mo = await findMotion(reader.db, reader.villageId, motionId);
  if (!mo) throw new DomainError('not_found', { what: 'motion' });
  return mo;
}

/** The meeting and its figures: what a write on attendance, or closing, answers with. */
export async function loadMeetingFigures(
  reader: Reader,
  meetingId: string,
): Promise<{ meeting: MeetingRow; figures: MeetingFigures }> {
  const m = await requireMeeting(reader.db, reader.villageId, meetingId);
  return { meeting: m, figures: await figuresOf(reader.db, reader.villageId, m) };
}

/** The reader and the principals whose proxy they hold, as due at the meeting (not everyone due). */
function ownVoters(db: Queryable, villageId: string, m: MeetingRow, me: string) {
  const among = (p: (value: unknown) => string) => {
    const [v, mid, holder] = [p(villageId), p(m.id), p(me)];
    return `SELECT ${holder}::uuid UNION SELECT principal_id FROM meeting_proxy
      WHERE village_id = ${v}::uuid AND meeting_id = ${mid}::uuid AND holder_id = ${holder}::uuid`;
  };
  return loadVoters(db, villageId, facts(m), { among }, { holdersAmongThem: true });
}

/**
 * What every reader of a meeting's page sees alike. Kept until the village's chain moves
 * (platform/audit/chainVersioned.ts): check-ins, proxies, votes and receipts each append an event.
 */
function sharedPart(reader: Reader, meetingId: string, read: ChainVersionReader) {
  const { db, villageId } = reader;
  return read(`meetingPage ${meetingId}`, async () => {
    const m = await requireMeeting(db, villageId, meetingId);
    const [attendance, proxies, motions, votes, resolutions, fingerprint, base] = await Promise.all(
      [
        listAttendance(db, villageId, m.id),
        listProxies(db, villageId, m.id),
        listMotions(db, villageId, m.id),
        listNamedVotes(db, villageId, m.id),
        resolutionsOfMeeting(db, villageId, m.id),
        fingerprintOf(db, villageId, { type: 'meeting', id: m.id, action: 'meeting.convened' }),
        figuresOf(db, villageId, m),
      ],
    );
    return { m, attendance, proxies, motions, votes, resolutions, fingerprint, base };
  });
}

/**
 * A meeting's page for a reader (`me`: their person in the village, if any).
 * Presence and quorum are live only until the meeting closes (counted in
 * the database). Independent statements are sent together.
 */
export async function loadMeetingPage(reader: Reader, meetingId: string): Promise<MeetingPage> {
  const { db, villageId, personId: me } = reader;
  const read = await atChainVersion(db, villageId);
  const shared = await sharedPart(reader, meetingId, read);
  const { m, attendance, proxies, motions, votes, resolutions, fingerprint, base } = shared;
  const sitting = m.status === 'planned' || m.status === 'open';
  // the reader's own part: their voice and the proxies they hold, their receipts; kept at the
  // same version as the shared part (a phone asks again every few seconds while it waits)
  const [voters, held, serving] = me
    ? await read(`meetingPage ${meetingId} reader ${me}`, () =>
        Promise.all([
          ownVoters(db, villageId, m, me),
          receiptsOfHolder(db, villageId, m.id, me),
          sitting ? isServingSupervisor(db, villageId, me, m.meeting_on) : null,
        ]),
      )
    : [[], [], null];
  const mayCheckIn = me !== null && sitting && !attendance.some((a) => a.person_id === me);
  const servingSupervisor = mayCheckIn ? serving : null;
  const figures: PageFigures = { ...base, voters };
  // receipts of the reader's own voice and of the principals they represent (due at the meeting)
  const voices = new Set(me ? [me, ...representedBy(voters, me).map((v) => v.personId)] : []);
  const receipts = held.filter((r) => voices.has(r.person_id));
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
