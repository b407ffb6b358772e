import type { CalendarDate } from '../../calendarDate.ts';
import { finding, type Finding } from '../../rules/findings.ts';
import type { RuleParams } from '../../rules/profile.ts';
import type { BodyKind } from '../../bodies/bodyKinds.ts';
import type { SeatHolder } from '../../rules/composition.ts';

/** Two serving members who are close relatives of each other (names). */
export interface KinPair {
  name: string;
  relative: string;
}

/**
 * NJJ-29-COUNCIL (Art. 29): 一般由三至七名单数成员组成, and no two directors
 * close relatives. `directors` are the council's seats (its staff are not).
 * "一般" lets a charter reason otherwise, but the law's number is the check: a
 * council outside it (seed 002's nine) is a finding the village sees.
 */
export function checkCollectiveCouncil(
  facts: { on: CalendarDate; directors: readonly SeatHolder[]; kin: readonly KinPair[] },
  p: RuleParams['NJJ-29-COUNCIL'],
): Finding[] {
  const count = facts.directors.length;
  const out: Finding[] = [];
  if (count < p.min || count > p.max || (p.odd && count % 2 === 0))
    out.push(
      finding(facts.on, 'NJJ-29-COUNCIL', 'collective_council_size', {
        min: p.min,
        max: p.max,
        count,
      }),
    );
  for (const pair of facts.kin)
    out.push(finding(facts.on, 'NJJ-29-COUNCIL', 'collective_council_kin', { ...pair }));
  return out;
}

/** Who a supervisor may not be, or be a close relative of (Art. 34). */
export type CollectiveOfficer = 'director' | 'finance';

const OFFICER_NAMES: Record<CollectiveOfficer, { zh: string; en: string }> = {
  director: { zh: '理事会成员', en: 'a director' },
  finance: { zh: '财务人员、会计人员', en: 'finance or accounting staff' },
};

/**
 * NJJ-34-SUPERVISOR-ELIG (Arts. 32, 34): 理事会成员、财务人员、会计人员及其近亲属
 * 不得担任监事会成员或者监事. `officers` maps a serving supervisor who is an
 * officer to that post; `relatives` maps one who is a close relative of an
 * officer to the officer's name and post. A board of three or more, or one or
 * two supervisors where members are few: the size itself is the charter's.
 */
export function checkCollectiveSupervisors(facts: {
  on: CalendarDate;
  supervisors: readonly SeatHolder[];
  officers: ReadonlyMap<string, CollectiveOfficer>;
  relatives: ReadonlyMap<string, { name: string; post: CollectiveOfficer }>;
}): Finding[] {
  const out: Finding[] = [];
  for (const s of facts.supervisors) {
    const post = facts.officers.get(s.personId);
    if (post)
      out.push(
        finding(facts.on, 'NJJ-34-SUPERVISOR-ELIG', 'collective_supervisor_ineligible', {
          name: s.name,
          post: OFFICER_NAMES[post].zh,
          postEn: OFFICER_NAMES[post].en,
        }),
      );
    const relative = facts.relatives.get(s.personId);
    if (relative)
      out.push(
        finding(facts.on, 'NJJ-34-SUPERVISOR-ELIG', 'collective_supervisor_relative', {
          name: s.name,
          relative: relative.name,
          post: OFFICER_NAMES[relative.post].zh,
          postEn: OFFICER_NAMES[relative.post].en,
        }),
      );
  }
  return out;
}

/**
 * NJJ-28-REPS (Art. 28): 代表人数应当多于二十人 (strictly), 适当数量的妇女代表,
 * 一般每五户至十五户选举代表一人 over the members' households (a warning: "一般").
 */
export function checkMemberRepresentatives(
  facts: { on: CalendarDate; representatives: readonly SeatHolder[]; households: number },
  p: RuleParams['NJJ-28-REPS'],
): Finding[] {
  const { on } = facts;
  const count = facts.representatives.length;
  const out: Finding[] = [];
  if (count <= p.moreThanRepresentatives)
    out.push(
      finding(on, 'NJJ-28-REPS', 'collective_reps_count', {
        more: p.moreThanRepresentatives,
        count,
      }),
    );
  const women = facts.representatives.filter((r) => r.gender === 'female').length;
  if (women < p.minWomen)
    out.push(
      finding(on, 'NJJ-28-REPS', 'collective_reps_women', { min: p.minWomen, count: women }),
    );
  if (
    count > 0 &&
    (facts.households < count * p.minHouseholdsPerRepresentative ||
      facts.households > count * p.maxHouseholdsPerRepresentative)
  )
    out.push(
      finding(
        on,
        'NJJ-28-REPS',
        'collective_reps_households',
        {
          min: p.minHouseholdsPerRepresentative,
          max: p.maxHouseholdsPerRepresentative,
          households: facts.households,
          count,
          per: Math.round(facts.households / count),
        },
        'warning',
      ),
    );
  return out;
}

/** A body whose serving members' close relatives may not be seated (a staff seat aside where `seatsOnly`). */
export interface KinCheck {
  kind: BodyKind;
  seatsOnly?: boolean;
  found: (relative: string, relativeRole: string) => Finding;
}

/**
 * Seating refusals for the organisation's bodies, seen from the person being
 * seated: a director beside a close relative on the council (NJJ-29-COUNCIL),
 * a supervisor who is a close relative of a director or finance/accounting
 * staff, or an officer who is one of a serving supervisor (NJJ-34).
 */
export function collectiveKinChecks(kind: BodyKind, name: string, on: CalendarDate): KinCheck[] {
  const officer = (role: string): CollectiveOfficer => (role === 'staff' ? 'finance' : 'director');
  const relativeOf = (supervisor: string, relative: string, post: CollectiveOfficer) =>
    finding(on, 'NJJ-34-SUPERVISOR-ELIG', 'collective_supervisor_relative', {
      name: supervisor,
      relative,
      post: OFFICER_NAMES[post].zh,
      postEn: OFFICER_NAMES[post].en,
    });
  if (kind === 'collectiveSupervisoryBoard')
    return [
      {
        kind: 'collectiveCouncil',
        found: (relative, role) => relativeOf(name, relative, officer(role)),
      },
    ];
  if (kind === 'collectiveCouncil')
    return [
      {
        kind: 'collectiveCouncil',
        seatsOnly: true,
        found: (relative) =>
          finding(on, 'NJJ-29-COUNCIL', 'collective_council_kin', { name, relative }),
      },
      // the supervisor would become ineligible (seen from the officer's side: a director, by default)
      {
        kind: 'collectiveSupervisoryBoard',
        found: (relative) => relativeOf(relative, name, 'director'),
      },
    ];
  return [];
}

/**
 * NJJ-34-SUPERVISOR-ELIG at seating, the person's own posts: a supervisor may
 * not be a director or finance/accounting staff (the council's staff), nor
 * may a serving supervisor take such a post. `role` is the post being given.
 */
export function collectiveOwnPostFinding(
  kind: BodyKind,
  role: string,
  name: string,
  posts: ReadonlyArray<{ bodyKind: BodyKind; role: string }>,
  on: CalendarDate,
): Finding | null {
  const ineligible = (post: CollectiveOfficer) =>
    finding(on, 'NJJ-34-SUPERVISOR-ELIG', 'collective_supervisor_ineligible', {
      name,
      post: OFFICER_NAMES[post].zh,
      postEn: OFFICER_NAMES[post].en,
    });
  if (kind === 'collectiveSupervisoryBoard') {
    const held = posts.find((p) => p.bodyKind === 'collectiveCouncil');
    return held ? ineligible(held.role === 'staff' ? 'finance' : 'director') : null;
  }
  if (
    kind === 'collectiveCouncil' &&
    posts.some((p) => p.bodyKind === 'collectiveSupervisoryBoard')
  )
    return ineligible(role === 'staff' ? 'finance' : 'director');
  return null;
}
