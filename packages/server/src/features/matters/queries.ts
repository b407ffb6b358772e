import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { RoutingContext } from '@cunzhi/core/matters/routing';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { fingerprintOf, type Fingerprint } from '../../platform/audit/repository.ts';
import { hasCollectiveOrganisation, resolutionOfMatter, routingFor } from './facts.ts';
import {
  findMatter,
  findNotice,
  findResolution,
  listAuthorisations,
  listMatters,
  listMeetingsOfMatter,
  listMotionsOfMatter,
  listNotices,
  listResolutions,
  listRevokingMatters,
  listSteps,
  noticePublication,
  type AuthorisationRow,
  type MatterRow,
  type MeetingBrief,
  type MotionBrief,
  type NoticeRow,
  type ResolutionRow,
  type StepDbRow,
} from './repository.ts';

/** Read models of the matters pages: rows gathered for present.ts to shape. */

/** What a read model needs of the running server: its database. */
type Reader = Pick<AppContext, 'db'>;

export interface MatterList {
  matters: MatterRow[];
  steps: StepDbRow[];
  /** The village has its collective economic organisation: the collective's matters are not proposed here. */
  collectiveOrganisation: boolean;
}

export async function matterList({ db }: Reader, villageId: string): Promise<MatterList> {
  const [matters, steps, collectiveOrganisation] = await Promise.all([
    listMatters(db, villageId),
    listSteps(db, villageId),
    hasCollectiveOrganisation(db, villageId),
  ]);
  return { matters, steps, collectiveOrganisation };
}

/** A matter just proposed, as its summary shows it. */
export async function createdMatter(
  { db }: Reader,
  villageId: string,
  matterId: string,
): Promise<MatterRow> {
  const matter = await findMatter(db, villageId, matterId);
  if (!matter) throw new Error('created matter missing');
  return matter;
}

/** What a notice links to: the village's matters and resolutions. */
export interface NoticeLinks {
  matters: MatterRow[];
  resolutions: ResolutionRow[];
}

export async function noticeLinks(db: Queryable, villageId: string): Promise<NoticeLinks> {
  return {
    matters: await listMatters(db, villageId),
    resolutions: await listResolutions(db, villageId),
  };
}

export type MeetingOfMatter = Pick<MeetingBrief, 'id' | 'title' | 'kind' | 'meeting_on'>;

export interface MatterPage {
  matter: MatterRow;
  steps: StepDbRow[];
  meetings: MeetingOfMatter[];
  motions: MotionBrief[];
  notices: NoticeRow[];
  links: NoticeLinks;
  resolution: ResolutionRow | null;
  revokes: ResolutionRow | null;
  /** Who may decide it on that day. */
  routing: RoutingContext;
}

/** A matter with its steps, meetings, motions, notices and resolutions. */
export async function matterPage(
  { db }: Reader,
  villageId: string,
  matterId: string,
  today: CalendarDate,
): Promise<MatterPage> {
  const matter = await findMatter(db, villageId, matterId);
  if (!matter) throw new DomainError('not_found', { what: 'matter' });
  const steps = await listSteps(db, villageId, matter.id);
  const meetings = await listMeetingsOfMatter(db, villageId, matter.id);
  const motions = await listMotionsOfMatter(db, villageId, matter.id);
  const notices = await listNotices(db, villageId, { matterId: matter.id });
  const resolution = await resolutionOfMatter(db, villageId, matter.id);
  const revokes = matter.revokes_resolution_id
    ? await findResolution(db, villageId, matter.revokes_resolution_id)
    : null;
  const routing = await routingFor(db, villageId, matter, today);
  const links = await noticeLinks(db, villageId);
  return { matter, steps, meetings, motions, notices, links, resolution, revokes, routing };
}

export async function noticeList(
  { db }: Reader,
  villageId: string,
  /** The latest so many; all without. */
  limit?: number,
): Promise<{ notices: NoticeRow[]; links: NoticeLinks }> {
  const notices = await listNotices(db, villageId, { limit });
  return { notices, links: await noticeLinks(db, villageId) };
}

export interface NoticePage {
  notice: NoticeRow;
  links: NoticeLinks;
  /** The chain record that published it. */
  fingerprint: Fingerprint | null;
}

export async function noticePage(
  { db }: Reader,
  villageId: string,
  noticeId: string,
): Promise<NoticePage> {
  const notice = await findNotice(db, villageId, noticeId);
  if (!notice) throw new DomainError('not_found', { what: 'notice' });
  const links = await noticeLinks(db, villageId);
  const fingerprint = await fingerprintOf(db, villageId, noticePublication(notice));
  return { notice, links, fingerprint };
}

export async function resolutionList(
  { db }: Reader,
  villageId: string,
  limit?: number,
): Promise<{ resolutions: ResolutionRow[]; matters: MatterRow[] }> {
  const matters = await listMatters(db, villageId);
  return { resolutions: await listResolutions(db, villageId, { limit }), matters };
}

export interface ResolutionPage {
  resolution: ResolutionRow;
  matter: MatterRow | null;
  revocationMatters: Array<Pick<MatterRow, 'id' | 'number' | 'title'>>;
  /** The chain record of its adoption. */
  fingerprint: Fingerprint | null;
}

export async function resolutionPage(
  { db }: Reader,
  villageId: string,
  resolutionId: string,
): Promise<ResolutionPage> {
  const resolution = await findResolution(db, villageId, resolutionId);
  if (!resolution) throw new DomainError('not_found', { what: 'resolution' });
  const matter = resolution.matter_id
    ? await findMatter(db, villageId, resolution.matter_id)
    : null;
  const revocationMatters = await listRevokingMatters(db, villageId, resolution.id);
  const fingerprint = await fingerprintOf(db, villageId, {
    type: 'resolution',
    id: resolution.id,
    action: 'resolution.adopted',
  });
  return { resolution, matter, revocationMatters, fingerprint };
}

export async function authorisationList(
  { db }: Reader,
  villageId: string,
): Promise<{ authorisations: AuthorisationRow[]; resolutions: ResolutionRow[] }> {
  const resolutions = await listResolutions(db, villageId);
  return { authorisations: await listAuthorisations(db, villageId), resolutions };
}
