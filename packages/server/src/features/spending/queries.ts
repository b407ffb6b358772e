import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { loadVillageProfile, type VillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  findPayment,
  findRequest,
  listHolds,
  listRequests,
  type HoldRow,
  type PaymentRow,
  type RequestRow,
  type StepRow,
} from './repository.ts';
import { supervisionMembersOn } from '../supervision/repository.ts';

/** Read models of the spending pages: rows gathered for present.ts to shape. */

type Reader = Pick<AppContext, 'db'>;

export interface SignedRow extends StepRow {
  signer_name: string;
}

export interface ResolutionRefRow {
  id: string;
  year: number;
  number: number;
  meeting_kind: MeetingKind;
  matter_id: string | null;
}

export interface SpendingListData {
  requests: RequestRow[];
  steps: Array<{ request_id: string; step: StepRow['step']; decision: StepRow['decision'] }>;
  holds: HoldRow[];
  payments: Array<{ request_id: string; paid_on: CalendarDate }>;
  resolutions: ResolutionRefRow[];
  profile: VillageProfile;
}

async function resolutionRefs(
  db: Queryable,
  villageId: string,
  ids: readonly string[],
): Promise<ResolutionRefRow[]> {
  if (ids.length === 0) return [];
  return db.query<ResolutionRefRow>(
    `SELECT r.id, r.year, r.number, m.kind AS meeting_kind, r.matter_id
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     WHERE r.village_id = $1 AND r.id = ANY($2::uuid[])`,
    [villageId, [...new Set(ids)]],
  );
}

export async function spendingList(
  { db }: Reader,
  villageId: string,
  today: CalendarDate,
): Promise<SpendingListData> {
  const [requests, steps, holds, payments, profile] = await Promise.all([
    listRequests(db, villageId),
    db.query<SpendingListData['steps'][number]>(
      'SELECT request_id, step, decision FROM spending_step WHERE village_id = $1',
      [villageId],
    ),
    listHolds(db, villageId),
    db.query<SpendingListData['payments'][number]>(
      'SELECT request_id, paid_on FROM spending_payment WHERE village_id = $1',
      [villageId],
    ),
    loadVillageProfile(db, villageId, today),
  ]);
  const resolutions = await resolutionRefs(
    db,
    villageId,
    requests.flatMap((r) => (r.resolution_id ? [r.resolution_id] : [])),
  );
  return { requests, steps, holds, payments, resolutions, profile };
}

export interface SpendingPageData {
  request: RequestRow;
  steps: SignedRow[];
  holds: HoldRow[];
  /** Names of proposers and co-proposers, by person id. */
  names: Map<string, string>;
  members: string[];
  payment: PaymentRow | null;
  resolutions: ResolutionRefRow[];
  matters: Array<{ id: string; number: number; title: string }>;
  profile: VillageProfile;
}

export async function spendingPage(
  { db }: Reader,
  villageId: string,
  requestId: string,
  today: CalendarDate,
): Promise<SpendingPageData | null> {
  const request = await findRequest(db, villageId, requestId);
  if (!request) return null;
  const [steps, holds, payment, profile, members] = await Promise.all([
    db.query<SignedRow>(
      `SELECT s.step, s.decision, s.on_date, s.account_id, s.person_id, s.note,
         coalesce(p.name, a.display_name) AS signer_name
       FROM spending_step s JOIN account a ON a.id = s.account_id
       LEFT JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
       WHERE s.village_id = $1 AND s.request_id = $2 ORDER BY s.recorded_at`,
      [villageId, requestId],
    ),
    listHolds(db, villageId, requestId),
    findPayment(db, villageId, requestId),
    loadVillageProfile(db, villageId, today),
    supervisionMembersOn(db, villageId, today),
  ]);
  const personIds = [
    ...new Set([...members, ...holds.flatMap((h) => [h.proposed_by, ...h.co_proposers])]),
  ];
  const people = personIds.length
    ? await db.query<{ id: string; name: string }>(
        'SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[])',
        [villageId, personIds],
      )
    : [];
  const resolutions = await resolutionRefs(db, villageId, [
    ...(request.resolution_id ? [request.resolution_id] : []),
    ...holds.flatMap((h) => (h.release_resolution_id ? [h.release_resolution_id] : [])),
  ]);
  const matterIds = holds.flatMap((h) => (h.referred_matter_id ? [h.referred_matter_id] : []));
  const matters = matterIds.length
    ? await db.query<{ id: string; number: number; title: string }>(
        'SELECT id, number, title FROM matter WHERE village_id = $1 AND id = ANY($2::uuid[])',
        [villageId, matterIds],
      )
    : [];
  return {
    request,
    steps,
    holds,
    names: new Map(people.map((p) => [p.id, p.name])),
    members,
    payment,
    resolutions,
    matters,
    profile,
  };
}

/** Supervision holds proposed or adopted and not yet released: what the town watches. */
export async function openHoldCount({ db }: Reader, villageId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM spending_hold WHERE village_id = $1 AND status IN ('proposed', 'adopted')`,
    [villageId],
  );
  return row?.n ?? 0;
}

/** The request a hold belongs to (null: no such hold in this village). */
export async function holdRequestId(
  { db }: Reader,
  villageId: string,
  holdId: string,
): Promise<string | null> {
  const [row] = await db.query<{ request_id: string }>(
    'SELECT request_id FROM spending_hold WHERE village_id = $1 AND id = $2',
    [villageId, holdId],
  );
  return row?.request_id ?? null;
}
