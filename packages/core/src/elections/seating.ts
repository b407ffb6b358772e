import type { CalendarDate } from '../calendarDate.ts';
import {
  checkCommittee,
  checkRepresentativesMeeting,
  checkSupervision,
  type SeatHolder,
} from '../rules/composition.ts';
import type { Finding, FindingCode } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';

/** What the composition rules need beyond the elected: the body next to it, and kinship. */
export interface SeatingContext {
  /** For the supervision committee and the representatives: the serving villagers' committee. */
  committeeMembers: readonly SeatHolder[];
  /** Pairs of the elected who are near relatives of each other (names). */
  kin: ReadonlyArray<{ name: string; relative: string }>;
  /** For each elected supervisor, the committee member they are a near relative of. */
  closeRelativeOnCommittee: ReadonlyMap<string, string>;
  partySecretaryId: string | null;
  /** The supervision committee's new term's last day and the villagers' committee's (from 2026 they agree). */
  termEndsOn: CalendarDate | null;
  committeeTermEndsOn: CalendarDate | null;
  households: number;
  /**
   * The seat kept for a woman left vacant (womenCheck `vacant`): the missing woman is
   * recorded with this finding, not refused, and a by-election seats her.
   */
  womenSeatVacant?: Finding | null;
}

/** Which body an election seats: the two committees, or the representatives (VCOL-25-COMPOSITION). */
export type SeatedBody = 'villagersCommittee' | 'supervisionCommittee' | 'representatives';

/**
 * The body's composition rules (rules/composition.ts) judged on those the
 * count elected, before the result is certified:
 * - villagers' committee (VCOL-06-SIZE): 3–7 members, a woman, from 2026 no
 *   two near relatives (VCOL25-KIN-AVOID);
 * - supervision committee (VCOL-32-SUPERVISOR-ELIG, RVMC-SIZE): no committee
 *   member or near relative of one, one with accounting or management
 *   knowledge, usually 3–5;
 * - representatives (VCOL-25-COMPOSITION): at least 4/5 of the meeting,
 *   women at least 1/3, one per 5–15 households.
 * `refuse` holds what stops certification (a woman missing, unless the seat kept for her
 * stays vacant for a by-election; kin, an
 * ineligible supervisor); `record` what is noted with it (a size short
 * because a seat stayed vacant is filled by a by-election, not a new vote).
 */
export function seatingFindings(
  on: CalendarDate,
  body: SeatedBody,
  elected: readonly SeatHolder[],
  ctx: SeatingContext,
  p: RuleParams,
): { refuse: Finding[]; record: Finding[] } {
  const all = judge(on, body, elected, ctx, p);
  const vacant = ctx.womenSeatVacant ?? null;
  const refuse = all.filter(
    (f) =>
      f.severity === 'violation' &&
      BLOCKING.has(f.code) &&
      !(vacant && f.code === 'committee_women'),
  );
  const record = all.filter((f) => !refuse.includes(f));
  return { refuse, record: vacant ? [vacant, ...record] : record };
}

const BLOCKING: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'committee_women',
  'committee_kin',
  'supervision_committee_member',
  'supervision_close_relative',
  'reps_women',
]);

function judge(
  on: CalendarDate,
  body: SeatedBody,
  elected: readonly SeatHolder[],
  ctx: SeatingContext,
  p: RuleParams,
): Finding[] {
  if (body === 'villagersCommittee')
    return checkCommittee({ on, members: elected, committeeKin: ctx.kin }, p['VCOL-06-SIZE']);
  if (body === 'supervisionCommittee')
    return checkSupervision(
      {
        on,
        members: elected,
        committeeMembers: ctx.committeeMembers,
        closeRelativeOnCommittee: ctx.closeRelativeOnCommittee,
        partySecretaryId: ctx.partySecretaryId,
        termEndsOn: ctx.termEndsOn,
        committeeTermEndsOn: ctx.committeeTermEndsOn,
      },
      p,
    );
  return checkRepresentativesMeeting(
    { on, members: elected, committeeMembers: ctx.committeeMembers, households: ctx.households },
    p['VCOL-25-COMPOSITION'],
  );
}
