import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, STRICT_MAJORITY } from '../rules/threshold.ts';
import { checkDaysBefore } from './dates.ts';
import { byVotes, readSheet, type Marks, type Post } from './sheets.ts';

const postParams = (post: Pick<Post, 'name'>) => ({ post: post.name.zh, postEn: post.name.en });

/**
 * The 差额 a post needs (VCOL-15-SURPLUS): candidates strictly more than
 * seats; a single seat (chair, vice-chair) gets between the profile's min and
 * max extra; several seats at least max(minExtra, ⌈seats × percent / 100⌉),
 * at most maxExtra. Seed 002's 20%: 7 seats → 2 extra → 9 candidates.
 */
export function candidateRange(
  seats: number,
  p: Pick<RuleParams, 'VCOL-15-SURPLUS'>,
): { min: number; max: number } {
  const s = p['VCOL-15-SURPLUS'];
  if (seats === 1) return { min: 1 + s.singleSeatMinExtra, max: 1 + s.singleSeatMaxExtra };
  const byPercent = Math.ceil((seats * s.multiSeatMinExtraPercent) / 100);
  const minExtra = Math.max(s.multiSeatMinExtra, byPercent);
  return { min: seats + minExtra, max: seats + Math.max(minExtra, s.multiSeatMaxExtra) };
}

/** VCOL-15-SURPLUS on one post of a published list. */
export function checkSurplus(
  on: CalendarDate,
  post: Pick<Post, 'name' | 'seats'>,
  count: number,
  p: RuleParams,
): Finding[] {
  const { min, max } = candidateRange(post.seats, p);
  const base = { ...postParams(post), seats: post.seats, count };
  if (count < min) return [finding(on, 'VCOL-15-SURPLUS', 'surplus_short', { ...base, min })];
  if (count > max) return [finding(on, 'VCOL-15-SURPLUS', 'surplus_over', { ...base, max })];
  return [];
}

/** Why a nomination sheet's post does not count (ZJ-17-NOMINATION), for the clerk entering it. */
export function nominationSheetFindings(
  on: CalendarDate,
  posts: readonly Post[],
  sheet: Marks,
  byProxy: boolean,
): Finding[] {
  if (byProxy) return [finding(on, 'ZJ-17-NOMINATION', 'nomination_by_proxy')];
  const out: Finding[] = [];
  const named = new Set<string>();
  const read = readSheet(posts, sheet);
  for (const post of posts) {
    const r = read.get(post.id)!;
    if (r.status === 'overSeats')
      out.push(
        finding(on, 'ZJ-17-NOMINATION', 'nomination_over_seats', {
          ...postParams(post),
          count: r.count,
          seats: post.seats,
        }),
      );
    if (r.status === 'twoPosts' && !named.has(r.name)) {
      named.add(r.name);
      out.push(finding(on, 'ZJ-17-NOMINATION', 'nomination_two_posts', { name: r.name }));
    }
  }
  return out;
}

/** ZJ Art. 18: the nomination vote needs more than half of the registered voters taking part. */
export function checkNominationTurnout(
  on: CalendarDate,
  registered: number,
  participated: number,
): Finding[] {
  if (meets(participated, registered, STRICT_MAJORITY)) return [];
  return [
    finding(on, 'ZJ-18-CAND-LIST', 'nomination_turnout', {
      registered,
      required: required(registered, STRICT_MAJORITY),
      count: participated,
    }),
  ];
}

/** One post of the published list: candidates in vote order, and the nominees left to fill from. */
export interface ListedPost {
  postId: string;
  candidates: ReadonlyArray<{ id: string; votes: number }>;
  /** Nominees below the cut, in vote order (依次递补 on a withdrawal). */
  next: ReadonlyArray<{ id: string; votes: number }>;
}

/**
 * The formal list of one post from its nomination votes (ZJ-18-CAND-LIST,
 * VCOL-15-SURPLUS): the profile's minimum number of candidates, most votes
 * first; `names` reads a person id for the messages. A tie across the cut
 * cannot be decided here: a violation asks for another round or the rules'
 * tie-break.
 */
export function candidateList(
  on: CalendarDate,
  post: Post,
  votes: ReadonlyMap<string, number>,
  p: RuleParams,
): { list: ListedPost; findings: Finding[] } {
  const ranked = byVotes(votes).filter((r) => r.votes > 0);
  const take = candidateRange(post.seats, p).min;
  const list = { postId: post.id, candidates: ranked.slice(0, take), next: ranked.slice(take) };
  const last = ranked[take - 1];
  const first = ranked[take];
  const findings: Finding[] = [];
  if (last && first && last.votes === first.votes)
    findings.push(
      finding(on, 'ZJ-18-CAND-LIST', 'candidate_list_tie', {
        ...postParams(post),
        place: take,
        count: ranked.filter((r) => r.votes === last.votes).length,
        votes: last.votes,
      }),
    );
  findings.push(...checkSurplus(on, post, list.candidates.length, p));
  return { list, findings };
}

/**
 * A candidate withdraws (ZJ-18-CAND-LIST, 浙江 Art. 19): in writing, at least
 * three days before polling day; the place is filled by the next nominee by
 * votes. With nobody left the list may fall below the 差额 (checked again).
 */
export function withdrawCandidate(
  act: { on: CalendarDate; personId: string; name: string; written: boolean },
  pollingOn: CalendarDate,
  post: Post,
  listed: ListedPost,
  p: RuleParams,
): { list: ListedPost; findings: Finding[] } {
  const refusals: Finding[] = [];
  if (!act.written)
    refusals.push(finding(act.on, 'ZJ-18-CAND-LIST', 'withdrawal_not_written', { name: act.name }));
  const days = p['ZJ-18-CAND-LIST'].withdrawDaysBefore;
  refusals.push(
    ...checkDaysBefore('ZJ-18-CAND-LIST', 'withdrawCandidate', act.on, pollingOn, days),
  );
  if (refusals.length) return { list: listed, findings: refusals };
  const [fill, ...rest] = listed.next;
  const candidates = listed.candidates.filter((c) => c.id !== act.personId);
  const list = {
    postId: listed.postId,
    candidates: fill ? [...candidates, fill] : candidates,
    next: rest,
  };
  return { list, findings: checkSurplus(act.on, post, list.candidates.length, p) };
}

/**
 * 自荐直选 (ZJ-20-SELF-NOMINATION): a self-nominee registers at least ten
 * days before polling day, for one post only.
 */
export function checkSelfNomination(
  act: { on: CalendarDate; name: string; postIds: readonly string[] },
  pollingOn: CalendarDate,
  p: RuleParams,
): Finding[] {
  const out = checkDaysBefore(
    'ZJ-20-SELF-NOMINATION',
    'selfNomination',
    act.on,
    pollingOn,
    p['ZJ-20-SELF-NOMINATION'].registerDaysBefore,
  );
  if (act.postIds.length !== 1)
    out.push(
      finding(act.on, 'ZJ-20-SELF-NOMINATION', 'self_nomination_two_posts', { name: act.name }),
    );
  return out;
}
