import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Post } from '@cunzhi/core/elections/sheets';
import { standing, womenCheck, type WomenCheck } from '@cunzhi/core/elections/result';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../../platform/db/database.ts';
import { personsById, type ElectionRow, type PersonFacts } from '../repository.ts';
import { roundsOf } from '../repository/polling.ts';
import { revivedResult, type StoredResult } from './countRound.ts';

export interface WomenCheckFacts {
  check: WomenCheck;
  /** The post whose lowest winner makes room for a woman: the one with most seats. */
  post: Post;
  /** Everyone the first round counted votes for, with their sex (the replacement's name). */
  persons: ReadonlyMap<string, PersonFacts>;
}

/**
 * 应当有妇女成员 (VCOL-06-SIZE) by the profile's method (VCOL-15-WIN womenByRunoff), on
 * the villagers' committee once no other round is due: core's womenCheck over the standing
 * and the first valid first round (a void one held again is not it), the registry telling
 * who is a woman. Null for the supervision committee, or before a first round stands.
 */
export async function womenCheckOf(
  db: Queryable,
  villageId: string,
  election: ElectionRow,
  on: CalendarDate,
  p: RuleParams,
): Promise<WomenCheckFacts | null> {
  if (election.body !== 'villagersCommittee') return null;
  const first = (await roundsOf(db, villageId, election.id)).find(
    (r) => r.kind === 'first' && r.result && (r.result as StoredResult).valid,
  );
  if (!first) return null;
  const post = [...election.record.posts].sort((a, b) => a.seats - b.seats).at(-1)!;
  const firstResult = revivedResult(first.result as StoredResult);
  const ids = firstResult.posts.flatMap((x) => [...x.tally.votes.keys()]);
  const persons = await personsById(db, villageId, ids);
  const now = standing(election.record.posts, election.record.rounds);
  const isWoman = (id: string) => persons.get(id)?.gender === 'female';
  return { check: womenCheck(on, post.id, now, firstResult, isWoman, p), post, persons };
}

/** The women's runoff's ballot: one seat on the post, its candidates the women womenCheck names. */
export function womenRunoffPost(facts: WomenCheckFacts): Post | null {
  if (facts.check.status !== 'runoff') return null;
  return {
    ...facts.post,
    seats: 1,
    writeIns: false,
    candidates: facts.check.candidates.map((c) => c.id),
  };
}
