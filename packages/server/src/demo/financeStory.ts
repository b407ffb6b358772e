import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../platform/command.ts';
import type { DemoStory } from './story.ts';

/** Who acts in the showcase community's books and payments (accounts of the demo). */
export interface FinanceCast {
  story: DemoStory;
  villageId: string;
  committeeChair: { accountId: string; personId: string };
  supervisionChair: { accountId: string; personId: string };
  partySecretary: { accountId: string; personId: string };
  /** The town's agency accountant (村账乡代管): a staff account, no person of the village. */
  townAccountant: { accountId: string; personId: null };
}

/** An account acting on a day, as DemoStory.acting, for a staff account too (no person). */
export function actingAs(
  cast: FinanceCast,
  on: CalendarDate,
  who: { accountId: string; personId: string | null },
  from?: string,
): CommandContext {
  const ctx = cast.story.acting(
    on,
    { accountId: who.accountId, personId: who.personId ?? '' },
    from,
  );
  return { ...ctx, personId: who.personId };
}

/**
 * One act of the year on its day. Acts run in date order; on one day the books' vouchers
 * first (rank 1), then the month-end acts (2), then the spending story (3); acts of the same
 * day and rank in the order they were planned.
 */
export interface Act {
  on: CalendarDate;
  rank: 0 | 1 | 2 | 3;
  run: () => Promise<void>;
}

export async function runInOrder(acts: readonly Act[]): Promise<void> {
  const ordered = acts
    .map((a, i) => ({ a, i }))
    .sort((x, y) =>
      x.a.on !== y.a.on ? (x.a.on < y.a.on ? -1 : 1) : x.a.rank - y.a.rank || x.i - y.i,
    );
  for (const { a } of ordered) await a.run();
}
