import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { underAmendedLaw } from './lawOfDay.ts';

/** A member of the 村民选举委员会, with their place in the vote that chose them. */
export interface EcMember {
  personId: string;
  name: string;
  seat: 'chair' | 'deputyChair' | 'member';
  /** 1 = most votes; reserves continue the ranking after the seated members. */
  rank: number;
  /** A reserve seated by 依次递补: the member whose seat it took. */
  replaces?: string;
}

export interface ElectionCommittee {
  members: readonly EcMember[];
  /** Those chosen but not seated, in ranking order: they fill vacancies (依次递补). */
  reserves: readonly EcMember[];
}

/**
 * XJGC-EC (选举规程): at least three members (a violation), an odd number
 * preferred and no two near relatives (warnings: the 规程 says 以…为宜, 不宜).
 * `kin` lists the pairs of members who are near relatives.
 */
export function checkElectionCommittee(
  on: CalendarDate,
  members: readonly EcMember[],
  kin: ReadonlyArray<{ name: string; relative: string }>,
  p: RuleParams,
): Finding[] {
  const out: Finding[] = [];
  const count = members.length;
  const min = p['XJGC-EC'].minMembers;
  if (count < min) out.push(finding(on, 'XJGC-EC', 'ec_too_small', { min, count }));
  else if (count % 2 === 0) out.push(finding(on, 'XJGC-EC', 'ec_even', { count }, 'warning'));
  for (const pair of kin) out.push(finding(on, 'XJGC-EC', 'ec_kin', pair, 'warning'));
  return out;
}

/** A nomination as the withdrawal rule sees it: who, and which members are their near relatives. */
export interface NomineeTies {
  personId: string;
  name: string;
  /** Election committee members who are near relatives of the nominee. */
  relativesOnCommittee: ReadonlySet<string>;
}

/**
 * VCOL-12-EC-WITHDRAW: a member nominated as a candidate leaves the committee;
 * from 2026-01-01 (2025 text Art. 15) so does a member whose near relative is
 * nominated. Each vacancy is filled by the next reserve in the ranking (依次递补);
 * when none is left the seat stays empty and the committee is re-checked.
 * Returns the committee after the withdrawals and why each member left.
 */
export function withdrawForNominees(
  on: CalendarDate,
  committee: ElectionCommittee,
  nominees: readonly NomineeTies[],
): { committee: ElectionCommittee; withdrawals: Finding[] } {
  // the near-relative clause is the 2025 text's (Art. 15 para. 3): before 2026 only the nominee leaves
  const kinRule = underAmendedLaw(on);
  const leaving = new Map<string, Finding>();
  for (const n of nominees) {
    const self = committee.members.find((m) => m.personId === n.personId);
    if (self)
      leaving.set(
        self.personId,
        finding(on, 'VCOL-12-EC-WITHDRAW', 'ec_withdraw_nominated', { name: self.name }),
      );
    if (!kinRule) continue;
    for (const m of committee.members)
      if (n.relativesOnCommittee.has(m.personId) && !leaving.has(m.personId))
        leaving.set(
          m.personId,
          finding(on, 'VCOL-12-EC-WITHDRAW', 'ec_withdraw_relative', {
            name: m.name,
            relative: n.name,
          }),
        );
  }
  const nominated = new Set(nominees.map((n) => n.personId));
  const staying = committee.members.filter((m) => !leaving.has(m.personId));
  // a reserve who is nominated, or kin of a nominee, cannot fill a seat either
  const eligible = (r: EcMember) =>
    !nominated.has(r.personId) &&
    !(kinRule && nominees.some((n) => n.relativesOnCommittee.has(r.personId)));
  const reserves = [...committee.reserves].sort((a, b) => a.rank - b.rank).filter(eligible);
  const filled = committee.members
    .filter((m) => leaving.has(m.personId))
    .flatMap((m) => {
      const next = reserves.shift();
      return next ? [{ ...next, seat: m.seat, replaces: m.personId }] : [];
    });
  return {
    committee: { members: [...staying, ...filled], reserves },
    withdrawals: [...leaving.values()],
  };
}
