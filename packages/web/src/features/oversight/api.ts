/** Shapes of the oversight API, taken from the contract (packages/contract/src/oversight.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/oversight';

export type Dashboard = ResponseOf<typeof contract.getDashboard>;
export type DashboardVillage = z.output<typeof contract.DashboardVillage>;
export type VillageFigures = z.output<typeof contract.VillageFigures>;
export type FigureKey = keyof VillageFigures;
export type WorkList = ResponseOf<typeof contract.getWorkList>;
export type WorkListItem = z.output<typeof contract.WorkListItem>;

/** The dashboard's query for a scope; none: the official's own town (or county). */
export const scopeQuery = (level: string | null, id: string | null): string =>
  level && id ? `?level=${level}&id=${id}` : '';

/**
 * The columns of the dashboard, in order, each with the village page it drills down to. The
 * figures are counts of records; the page lists the records themselves.
 */
export const FIGURES: ReadonlyArray<{ key: FigureKey; page: string; alarm?: boolean }> = [
  { key: 'overdueDisclosures', page: 'disclosure', alarm: true },
  { key: 'unansweredQuestions', page: 'disclosure' },
  { key: 'overdueAnswers', page: 'disclosure', alarm: true },
  { key: 'openHolds', page: 'spending', alarm: true },
  { key: 'oldestHoldDays', page: 'spending' },
  { key: 'openComplaints', page: 'complaints' },
  { key: 'overdueComplaints', page: 'complaints', alarm: true },
  { key: 'openPetitions', page: 'petitions' },
  { key: 'overduePetitions', page: 'petitions', alarm: true },
  { key: 'openServices', page: 'services' },
  { key: 'overdueServices', page: 'services', alarm: true },
  { key: 'refusedTasks', page: 'work-tasks', alarm: true },
  { key: 'termsEnding', page: 'elections', alarm: true },
  { key: 'voterRollsDue', page: 'elections' },
  { key: 'voterRollsOverdue', page: 'elections', alarm: true },
  { key: 'representativesMeetingsThisQuarter', page: 'meetings' },
  // meetings closed short of quorum or recorded invalid: the meetings page marks them
  { key: 'meetingsWithoutQuorum', page: 'meetings', alarm: true },
  // the village's home shows each body with what its composition check finds
  { key: 'invalidCompositions', page: '', alarm: true },
  { key: 'partyMeetingsThisQuarter', page: 'party' },
  { key: 'partyMeetingsShort', page: 'party', alarm: true },
];

/** Where a work item is handled. */
export function workItemLink(i: WorkListItem): string {
  if (i.kind === 'referral') return `/town/inbox/${i.villageId}/${i.recordId}`;
  if (i.kind === 'spending') return `/v/${i.villageId}/spending/${i.recordId}`;
  if (i.kind === 'petition') return `/v/${i.villageId}/petitions/${i.recordId}`;
  return `/v/${i.villageId}/work-tasks`;
}
