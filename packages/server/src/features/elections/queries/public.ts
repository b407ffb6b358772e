import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import type { StoredResult } from '../commands/countRound.ts';
import {
  BULLETIN_FORMAT,
  countRules,
  publishedResult,
  type BulletinExport,
} from '../bulletinExport.ts';
import { findElection, personsById, type ElectionRow } from '../repository.ts';
import { bulletinOf, tallySheetsOf } from '../repository/ballots.ts';
import { resultOf, roundsOf } from '../repository/polling.ts';

/**
 * What the portal shows of an election once a round is counted (公开计票: the count is
 * public): the counted rounds with their tally sheets and bulletins, the certified result.
 * Nothing before the count, and never who took a ballot.
 */
type App = { db: Queryable };

/** The village's elections with a counted round, newest first. */
export async function countedElections({ db }: App, villageId: string) {
  return db.query<Pick<ElectionRow, 'id' | 'title' | 'body'> & { counted_on: CalendarDate }>(
    `SELECT e.id, e.title, e.body, max(r.counted_on)::text AS counted_on
       FROM election e JOIN election_round r ON r.village_id = e.village_id AND r.election_id = e.id
      WHERE e.village_id = $1 AND r.counted_on IS NOT NULL
      GROUP BY e.id, e.title, e.body ORDER BY max(r.counted_on) DESC`,
    [villageId],
  );
}

export async function publicElection({ db }: App, villageId: string, electionId: string) {
  const election = await findElection(db, villageId, electionId);
  if (!election) return null;
  const rounds = (await roundsOf(db, villageId, electionId)).filter((r) => r.counted_on);
  if (rounds.length === 0) return null;
  const counted = await Promise.all(
    rounds.map(async (r) => ({
      ...r,
      sheets: await tallySheetsOf(db, villageId, electionId, r.round),
      ballots: await bulletinOf(db, villageId, electionId, r.round),
      rules: countRules((await loadVillageProfile(db, villageId, r.counted_on!)).profile.params),
    })),
  );
  const ids = new Set(election.record.posts.flatMap((p) => p.candidates));
  const persons = await personsById(db, villageId, [...ids]);
  const names = Object.fromEntries([...persons].map(([id, x]) => [id, x.name]));
  const signed = await personsById(db, villageId, [
    ...new Set(counted.flatMap((r) => r.sheets.flatMap((x) => x.signed_by))),
  ]);
  const signers = Object.fromEntries([...signed].map(([id, x]) => [id, x.name]));
  const result = await resultOf(db, villageId, electionId);
  return { election, rounds: counted, names, signers, result };
}
export type PublicElection = NonNullable<Awaited<ReturnType<typeof publicElection>>>;

/** The bulletin's download: every counted round, enough to recount (bulletinExport.ts). */
export function bulletinExport(village: string, page: PublicElection): BulletinExport {
  return {
    format: BULLETIN_FORMAT,
    village,
    election: { id: page.election.id, title: page.election.title },
    posts: [...page.election.record.posts],
    names: page.names,
    rounds: page.rounds.map((r) => ({
      round: r.round,
      kind: r.kind,
      on: r.counted_on!,
      registered: r.registered!,
      voted: r.voted!,
      rules: r.rules,
      posts: r.posts,
      digest: r.digest!,
      ballots: r.ballots.map((b) => ({ id: b.id, marks: b.marks })),
      result: publishedResult(r.result as StoredResult),
    })),
  };
}
