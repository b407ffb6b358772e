import { ageOn, type CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { underAmendedLaw } from './lawOfDay.ts';

/** The registry's facts about one person, as voter registration needs them. */
export interface VoterFacts {
  personId: string;
  name: string;
  birthDate: CalendarDate;
  hukouHere: boolean;
  livesHere: boolean;
  /** Class 2: registered here, living elsewhere, has said they will take part. */
  declaredToTakePart: boolean;
  /** Class 3: living here since (null: not living here). */
  residentSince: CalendarDate | null;
  /** Class 3 from 2026: doing village-affairs work here since (null: not). */
  villageWorkSince: CalendarDate | null;
  /** Class 3: applied, and the assembly or representatives consented. */
  applied: boolean;
  consented: boolean;
  deprivedOfPoliticalRights: boolean;
  /** The village where they are already registered for this round, if another one. */
  registeredElsewhere: string | null;
}

export type VoterClass = 1 | 2 | 3;

/**
 * VCOL-13-ELIGIBLE and VCOL-13-SINGLE: whether a person goes on the roll, in
 * which of the three classes, judged by the law of the registration day `on`:
 * 18 by polling day; not deprived of political rights; class 1 (hukou and
 * living here), class 2 (hukou here, living away, declared), class 3 (no hukou,
 * living here, or from 2026 doing village-affairs work here, ≥ 1 year by the
 * registration day, applied and consented); never registered in two villages.
 */
export function registerVoter(
  f: VoterFacts,
  on: CalendarDate,
  pollingOn: CalendarDate,
  p: RuleParams,
): { voterClass: VoterClass | null; findings: Finding[] } {
  const e = p['VCOL-13-ELIGIBLE'];
  const out: Finding[] = [];
  const name = f.name;
  if (ageOn(f.birthDate, pollingOn) < e.minAge)
    out.push(
      finding(on, 'VCOL-13-ELIGIBLE', 'voter_under_age', { name, pollingOn, age: e.minAge }),
    );
  if (f.deprivedOfPoliticalRights)
    out.push(finding(on, 'VCOL-13-ELIGIBLE', 'voter_deprived', { name }));
  if (f.registeredElsewhere)
    out.push(
      finding(on, 'VCOL-13-SINGLE', 'voter_registered_elsewhere', {
        name,
        village: f.registeredElsewhere,
      }),
    );
  const { voterClass, findings } = classOf(f, on, e.class3MinYears);
  out.push(...findings);
  return { voterClass: out.length === 0 ? voterClass : null, findings: out };
}

function classOf(
  f: VoterFacts,
  on: CalendarDate,
  years: number,
): { voterClass: VoterClass; findings: Finding[] } {
  const name = f.name;
  if (f.hukouHere && f.livesHere) return { voterClass: 1, findings: [] };
  if (f.hukouHere) {
    const undeclared = finding(on, 'VCOL-13-ELIGIBLE', 'voter_class2_undeclared', { name });
    return { voterClass: 2, findings: f.declaredToTakePart ? [] : [undeclared] };
  }
  const out: Finding[] = [];
  // the 2025 text (Art. 16) adds 从事村务工作 to 居住 as the tie to the village
  const work = underAmendedLaw(on);
  const since = earliest(f.livesHere ? f.residentSince : null, work ? f.villageWorkSince : null);
  if (since === null || ageOn(since, on) < years)
    out.push(
      finding(on, 'VCOL-13-ELIGIBLE', work ? 'voter_class3_years_or_work' : 'voter_class3_years', {
        name,
        since: since ?? on,
        on,
        years,
      }),
    );
  if (!f.applied || !f.consented)
    out.push(finding(on, 'VCOL-13-ELIGIBLE', 'voter_class3_unapproved', { name }));
  return { voterClass: 3, findings: out };
}

function earliest(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/** Facts about a nominee that decide whether they may stand. */
export interface CandidateFacts {
  personId: string;
  name: string;
  onRoll: boolean;
  expelledFromParty: boolean;
  criminalPenalty: boolean;
  clanOrGangForces: boolean;
  illegalReligion: boolean;
}

/**
 * Who may stand: a voter on this election's roll (被选举权, VCOL-13-ELIGIBLE);
 * from 2026 (VCOL25-CANDIDATE-QUAL, 2025 text Art. 18) not one expelled from the
 * Party, criminally punished, using clan or gang forces, or in illegal religion.
 * For the supervision committee VCOL-32-SUPERVISOR-ELIG adds `supervisionIneligibility`.
 */
export function candidateFindings(c: CandidateFacts, on: CalendarDate): Finding[] {
  const name = c.name;
  const out: Finding[] = [];
  if (!c.onRoll) out.push(finding(on, 'VCOL-13-ELIGIBLE', 'voter_not_registered', { name }));
  if (!underAmendedLaw(on)) return out;
  const rule = 'VCOL25-CANDIDATE-QUAL';
  if (c.expelledFromParty) out.push(finding(on, rule, 'candidate_party_expelled', { name }));
  if (c.criminalPenalty) out.push(finding(on, rule, 'candidate_criminal', { name }));
  if (c.clanOrGangForces) out.push(finding(on, rule, 'candidate_clan_gang', { name }));
  if (c.illegalReligion) out.push(finding(on, rule, 'candidate_illegal_religion', { name }));
  return out;
}

/**
 * VCOL-32-SUPERVISOR-ELIG for one nominee to the supervision committee: not a
 * serving committee member, not a committee member's near relative. The
 * accounting member and the committee's size are checked on the seated body
 * (rules/composition.ts checkSupervision).
 */
export function supervisionIneligibility(
  nominee: { personId: string; name: string },
  on: CalendarDate,
  committeeMemberIds: ReadonlySet<string>,
  /** the committee member the nominee is a near relative of, if any */
  relativeOnCommittee: string | null,
): Finding[] {
  const name = nominee.name;
  if (committeeMemberIds.has(nominee.personId))
    return [finding(on, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_committee_member', { name })];
  if (relativeOnCommittee)
    return [
      finding(on, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_close_relative', {
        name,
        relative: relativeOnCommittee,
      }),
    ];
  return [];
}
