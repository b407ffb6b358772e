import { paperCheck } from '@cunzhi/core/elections/paperCheck';
import { fingerprintOf, lastFingerprintOf } from '../../../platform/audit/repository.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { personsById, rollPersonIds } from '../repository.ts';
import {
  bulletinOf,
  hasReceipt,
  paperEntriesOf,
  tallySheetsOf,
  votedIn,
} from '../repository/ballots.ts';
import { mobileBoxesOf, proxiesOf, resultOf, roundsOf, tellersOf } from '../repository/polling.ts';

/** Read models of the second half: the rounds, the bulletin, the result (routes pass their AppContext). */
type App = { db: Queryable };

/** Every round with its tellers, boxes, sheets and figures, the proxies, and the names they need. */
export async function roundsPage(
  { db }: App,
  villageId: string,
  electionId: string,
  personId: string | null,
) {
  const [rounds, tellers, boxes, proxies, roll] = await Promise.all([
    roundsOf(db, villageId, electionId),
    tellersOf(db, villageId, electionId),
    mobileBoxesOf(db, villageId, electionId),
    proxiesOf(db, villageId, electionId),
    rollPersonIds(db, villageId, electionId),
  ]);
  const election = { type: 'election', id: electionId };
  const perRound = await Promise.all(
    rounds.map(async (r) => ({
      voted: await votedIn(db, villageId, electionId, r.round),
      sheets: await tallySheetsOf(db, villageId, electionId, r.round),
      // until the count, the counters' entries checked against each other
      paperCheck: r.counted_on
        ? []
        : paperCheck(await paperEntriesOf(db, villageId, electionId, r.round)),
      mine: personId ? await hasReceipt(db, villageId, electionId, r.round, personId) : false,
      // the proxies this person holds that count (approved and published), and whether each is used
      principals: await Promise.all(
        proxies
          .filter((x) => x.holder_id === personId && x.approved_on && x.published_on)
          .map(async (x) => ({
            personId: x.principal_id,
            name: x.principal_name,
            voted: await hasReceipt(db, villageId, electionId, r.round, x.principal_id),
          })),
      ),
      // the first round's notice as last published; a later round's is its scheduling
      noticeFingerprint:
        r.round === 1
          ? await lastFingerprintOf(db, villageId, {
              ...election,
              action: 'election.pollingNoticePublished',
            })
          : await lastFingerprintOf(
              db,
              villageId,
              { ...election, action: 'election.roundScheduled' },
              { round: r.round },
            ),
    })),
  );
  const proxiesFingerprint = await lastFingerprintOf(db, villageId, {
    ...election,
    action: 'election.proxiesApproved',
  });
  const ids = new Set<string>();
  for (const r of rounds) for (const p of r.posts) for (const c of p.candidates) ids.add(c);
  for (const b of boxes) for (const s of b.scrutineers) ids.add(s);
  for (const r of rounds)
    for (const p of (
      r.result as { posts?: Array<{ tally: { votes: Array<[string, number]> } }> } | null
    )?.posts ?? [])
      for (const [id] of p.tally.votes) ids.add(id);
  const names = await personsById(
    db,
    villageId,
    [...ids].filter((x) => /^[0-9a-f-]{36}$/.test(x)),
  );
  return {
    rounds: rounds.map((r, i) => ({ ...r, ...perRound[i]! })),
    tellers,
    boxes,
    proxies,
    names,
    onRoll: personId !== null && roll.has(personId),
    proxiesFingerprint,
  };
}
export type RoundsPage = Awaited<ReturnType<typeof roundsPage>>;

export async function bulletinPage(
  { db }: App,
  villageId: string,
  electionId: string,
  round: number,
) {
  const row = (await roundsOf(db, villageId, electionId)).find((r) => r.round === round);
  if (!row?.counted_on) return null;
  return {
    round: row,
    ballots: await bulletinOf(db, villageId, electionId, round),
    receipts: await votedIn(db, villageId, electionId, round),
  };
}

/** The certified result, with the fingerprint of the event that certified it (for its paper). */
export async function resultPage({ db }: App, villageId: string, electionId: string) {
  const [row, fingerprint] = await Promise.all([
    resultOf(db, villageId, electionId),
    fingerprintOf(db, villageId, {
      type: 'election',
      id: electionId,
      action: 'election.certified',
    }),
  ]);
  return { row, fingerprint };
}
