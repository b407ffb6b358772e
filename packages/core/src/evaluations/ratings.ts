import { ymd, type CalendarDate } from '../calendarDate.ts';
import type { BodyKind } from '../bodies/bodyKinds.ts';
import { forCommunity } from '../meetings/meetingKinds.ts';
import { addDays } from '../rules/dayCount.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, thresholdWording } from '../rules/threshold.ts';

/**
 * 民主评议 (democratic evaluation, RULES.md VCOL-33-EVAL; 村民委员会组织法 Art. 33 of the
 * 2018 text, Art. 38 of the 2025 one): at least once a year the supervision body hosts an
 * evaluation of the villagers' committee's members (and, where the province says so, of the
 * supervision committee's own) by the villagers' assembly or the representatives' meeting;
 * a member rated 不称职 in two consecutive evaluations loses the office.
 */

/** The three ratings of a ballot sheet, in the order a sheet prints them. */
export const RATINGS = ['competent', 'basicallyCompetent', 'incompetent'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_NAMES: Record<Rating, { zh: string; en: string }> = {
  competent: { zh: '称职', en: 'Competent' },
  basicallyCompetent: { zh: '基本称职', en: 'Basically competent' },
  incompetent: { zh: '不称职', en: 'Incompetent' },
};

/** Who evaluates in a round: the representatives' meeting or the villagers' assembly. */
export const EVALUATOR_BODIES = ['representatives', 'assembly'] as const;
export type EvaluatorBody = (typeof EVALUATOR_BODIES)[number];

export const EVALUATOR_BODY_NAMES: Record<EvaluatorBody, { zh: string; en: string }> = {
  representatives: { zh: '村民代表会议', en: "Representatives' meeting" },
  assembly: { zh: '村民会议', en: "Villagers' assembly" },
};

export type RatingCounts = Record<Rating, number>;

export const NO_RATINGS: RatingCounts = { competent: 0, basicallyCompetent: 0, incompetent: 0 };

/** The bodies whose serving members are evaluated: the committee, and the supervisors where the profile says. */
export function evaluatedBodies(params: RuleParams): BodyKind[] {
  return params['VCOL-33-EVAL'].includeSupervision
    ? ['villagersCommittee', 'villageAffairsSupervisionCommittee']
    : ['villagersCommittee'];
}

/** A cadre's result: the rating a qualifying share of the sheets cast gave, 基本称职 otherwise. */
export interface CadreResult {
  result: Rating;
  /** The base: every sheet cast in the round (a sheet that leaves the cadre blank counts in it). */
  sheets: number;
  counts: RatingCounts;
  /** Ratings of 不称职 needed for 不称职, and of 称职 for 称职 (the profile's thresholds of the base). */
  requiredIncompetent: number;
  requiredCompetent: number;
  text: { zh: string; en: string };
}

/**
 * The result of one cadre from the counted ratings (VCOL-33-EVAL's thresholds of the
 * sheets cast): 不称职 when the 不称职 ratings reach its threshold, else 称职 when the
 * 称职 ratings reach theirs, else 基本称职. No sheets at all rate no one 不称职.
 */
export function cadreResult(counts: RatingCounts, sheets: number, params: RuleParams): CadreResult {
  const p = params['VCOL-33-EVAL'];
  const counted = counts.competent + counts.basicallyCompetent + counts.incompetent;
  if (counted > sheets) throw new Error(`ratings (${counted}) exceed the sheets cast (${sheets})`);
  const reached = (n: number, t: typeof p.incompetent) => sheets > 0 && meets(n, sheets, t);
  const result: Rating = reached(counts.incompetent, p.incompetent)
    ? 'incompetent'
    : reached(counts.competent, p.competent)
      ? 'competent'
      : 'basicallyCompetent';
  const wording = thresholdWording(result === 'competent' ? p.competent : p.incompetent);
  const n = result === 'competent' ? counts.competent : counts.incompetent;
  const name = RATING_NAMES[result];
  return {
    result,
    sheets,
    counts,
    requiredIncompetent: required(sheets, p.incompetent),
    requiredCompetent: required(sheets, p.competent),
    text:
      result === 'basicallyCompetent'
        ? {
            zh: `收回评议票 ${sheets} 张，称职、不称职票均未${thresholdWording(p.competent).zh}，评为基本称职`,
            en: `${sheets} sheets cast; neither competent nor incompetent reached ${thresholdWording(p.competent).en}: basically competent`,
          }
        : {
            zh: `收回评议票 ${sheets} 张，${name.zh}票 ${n} 张，${wording.zh}，评为${name.zh}`,
            en: `${sheets} sheets cast, ${n} rated ${name.en.toLowerCase()}, ${wording.en}: ${name.en.toLowerCase()}`,
          },
  };
}

/**
 * Whether this round's result ends the office: 不称职 now and in the cadre's previous
 * evaluation (the round before in which the same person was evaluated as a member of the
 * same body, re-elected or not; a round between them that rated them otherwise breaks the run).
 */
export function endsOffice(previous: Rating | null, current: Rating): boolean {
  return previous === 'incompetent' && current === 'incompetent';
}

/** The last day the end of an office may be announced: the profile's days after the count. */
export function announceBy(countedOn: CalendarDate, params: RuleParams): CalendarDate {
  return addDays(countedOn, params['VCOL-33-EVAL'].maxAnnounceDays);
}

/** The year a round is held in must be the round's year (a round counts for one year only). */
export function heldInYear(year: number, heldOn: CalendarDate): boolean {
  return ymd(heldOn).year === year;
}

/** The counts of a set of ratings (what anyone holding the published ratings recomputes). */
export function countRatings(ratings: readonly Rating[]): RatingCounts {
  const counts = { ...NO_RATINGS };
  for (const r of ratings) counts[r] += 1;
  return counts;
}

/** Whether a paper tally is possible: no cadre more ratings than the sheets it came from. */
export function paperProblems(
  sheets: number,
  perCadre: ReadonlyArray<{ membershipId: string; counts: RatingCounts }>,
): Array<{ index: number; total: number }> {
  return perCadre
    .map((c, index) => ({
      index,
      total: c.counts.competent + c.counts.basicallyCompetent + c.counts.incompetent,
    }))
    .filter((c) => c.total > sheets);
}

/** The years from `from` to `to` (inclusive) without a round: the host's annual duty (Art. 33). */
export function yearsWithoutRound(
  heldYears: readonly number[],
  from: number,
  to: number,
): number[] {
  const held = new Set(heldYears);
  const missing: number[] = [];
  for (let y = from; y <= to; y++) if (!held.has(y)) missing.push(y);
  return missing;
}

/**
 * 民主评议's words as the village says them: a community's are its residents' (居民代表会议,
 * 本社区, 社区干部, 居务监督委员会). The law's own title is never passed through here.
 */
export function evaluationWording(text: string, villageKind: 'village' | 'community'): string {
  if (villageKind === 'village') return text;
  return forCommunity(text)
    .replaceAll('本村', '本社区')
    .replaceAll('村干部', '社区干部')
    .replaceAll('村务监督', '居务监督');
}

/** Who evaluates, named as the village says it. */
export function evaluatorBodyName(
  body: EvaluatorBody,
  villageKind: 'village' | 'community',
): { zh: string; en: string } {
  const n = EVALUATOR_BODY_NAMES[body];
  return { zh: evaluationWording(n.zh, villageKind), en: evaluationWording(n.en, villageKind) };
}
