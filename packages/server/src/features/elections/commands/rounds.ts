import { DomainError } from '@cunzhi/core/errors';
import { nextRound as nextRoundOf, type ElectionRecord } from '@cunzhi/core/elections/machine';
import type { Marks, Post } from '@cunzhi/core/elections/sheets';
import type { Queryable } from '../../../platform/db/database.ts';
import { personsById } from '../repository.ts';
import { roundsOf, type RoundRow } from '../repository/polling.ts';

/** The round the election is at: the last one made (by the polling notice or a runoff's scheduling). */
export async function currentRound(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<RoundRow | null> {
  return (await roundsOf(db, villageId, electionId)).at(-1) ?? null;
}

/** The round still to hold, as core gives it: a women's runoff scheduled, else the standing's. */
export function nextRound(record: ElectionRecord): { kind: RoundRow['kind']; posts: Post[] } {
  return nextRoundOf(record) ?? { kind: 'first', posts: [] };
}

/** The current round, open for ballots (opened, not counted); refused otherwise. */
export async function pollingRound(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<RoundRow> {
  const round = await currentRound(db, villageId, electionId);
  if (!round) throw new DomainError('election_not_polling', { round: 1 });
  if (!round.opened_on || round.counted_on)
    throw new DomainError('election_not_polling', { round: round.round });
  return round;
}

/**
 * A ballot's marks as stored: the round's posts in their printed order, each post's names
 * once and sorted (so the order the voter marked them in is not kept). A post not on the
 * round's ballot is refused (ballot_post_unknown); what core's readSheet makes of the rest
 * (more names than seats, one person for two posts) is the count's business.
 */
export function canonicalMarks(posts: readonly Post[], marks: Marks): Marks {
  for (const id of Object.keys(marks))
    if (!posts.some((p) => p.id === id)) throw new DomainError('ballot_post_unknown', { post: id });
  return Object.fromEntries(posts.map((p) => [p.id, [...new Set(marks[p.id] ?? [])].sort()]));
}

/** Persons of the village by id; a field error naming the first unknown one. */
export async function requirePersons(
  db: Queryable,
  villageId: string,
  ids: ReadonlyArray<{ id: string; field: string }>,
) {
  const found = await personsById(
    db,
    villageId,
    ids.map((x) => x.id),
  );
  const missing = ids.find((x) => !found.has(x.id));
  if (missing)
    throw new DomainError('validation_failed', {}, [
      { field: missing.field, error: 'election_person_unknown' },
    ]);
  return found;
}
