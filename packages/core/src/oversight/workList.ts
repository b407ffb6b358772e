import type { CalendarDate } from '../calendarDate.ts';

/** What an official's work list holds: each waits on the official, or is the town's to follow up. */
export const WORK_KINDS = ['spending', 'referral', 'petition', 'task'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkItem {
  kind: WorkKind;
  villageId: string;
  villageName: string;
  recordId: string;
  title: string;
  /** The last day to act; null when the rule sets none (a task refused: the town's to answer). */
  dueOn: CalendarDate | null;
}

export type Urgency = 'overdue' | 'today' | 'soon' | 'later' | 'undated';

/** How many days ahead "soon" reaches: a week, what an official plans. */
export const SOON_DAYS = 7;

/** Past the due day is overdue (the due day itself is still in time). */
export function urgencyOf(
  dueOn: CalendarDate | null,
  today: CalendarDate,
  soonUntil: CalendarDate,
): Urgency {
  if (dueOn === null) return 'undated';
  if (dueOn < today) return 'overdue';
  if (dueOn === today) return 'today';
  return dueOn <= soonUntil ? 'soon' : 'later';
}

/** Most urgent first: the earliest due day first, undated items last, then by village and title. */
export function byUrgency<T extends WorkItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
      a.villageName.localeCompare(b.villageName, 'zh-CN') ||
      a.title.localeCompare(b.title, 'zh-CN'),
  );
}
