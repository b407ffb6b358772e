import { DomainError } from '@cunzhi/core/errors';
import { nextRound as nextRoundOf, type ElectionRecord } from '@cunzhi/core/elections/machine';
import type { Marks, Post } from '@cunzhi/core/elections/sheets';
import type { Queryable } from '../../../platform/db/database.ts';
import { isUuid } from '../../../platform/http/access.ts';
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

/**
 * The names written in (另选他人) on a post that allows them, on a phone or entered from paper,
 * must be persons of the village (the phone offers the roll, the counters' picker the registry
 * or the roll): anything else is a field error on the post, never a vote for an unknown name.
 * A write-in on a post that allows none is the count's business: readSheet leaves it out.
 */
export async function requireWriteIns(
  db: Queryable,
  villageId: string,
  posts: readonly Post[],
  ballots: readonly Marks[],
): Promise<void> {
  const written = new Map<string, string>();
  for (const post of posts.filter((p) => p.writeIns))
    for (const marks of ballots)
      for (const id of marks[post.id] ?? [])
        if (!post.candidates.includes(id) && !written.has(id))
          written.set(id, `marks.${post.id}.writeIn`);
  if (written.size === 0) return;
  // a name that is no person's id at all is unknown before the registry is asked
  const malformed = [...written].find(([id]) => !isUuid(id));
  if (malformed)
    throw new DomainError('validation_failed', {}, [
      { field: malformed[1], error: 'election_person_unknown' },
    ]);
  await requirePersons(
    db,
    villageId,
    [...written].map(([id, field]) => ({ id, field })),
  );
}
