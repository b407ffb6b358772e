import type { ReplyOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/elections';
import type { RoundKind } from '@cunzhi/core/elections/count';
import type { WomenCheck } from '@cunzhi/core/elections/result';
import { byVotes } from '@cunzhi/core/elections/sheets';
import type { Locale } from '@cunzhi/core/errors';
import type { Fingerprint } from '../../platform/audit/repository.ts';
import type { StoredResult } from './commands/countRound.ts';
import { findingViews } from './commands/shared.ts';
import type { RoundsPage } from './queries/polling.ts';
import type { BulletinRow } from './repository/ballots.ts';
import type { ResultRow, RoundRow } from './repository/polling.ts';

type Rounds = ReplyOf<typeof contract.getRounds>;

/** A counted round's result with names (null before the count). */
function roundResult(r: RoundRow, name: (id: string) => string, locale: Locale) {
  const placed = (x: { id: string; votes: number }) => ({
    personId: x.id,
    name: name(x.id),
    votes: x.votes,
  });
  const stored = r.result as StoredResult | null;
  if (!stored || !r.digest) return null;
  return {
    valid: stored.valid,
    digest: r.digest,
    findings: findingViews(stored.findings, locale),
    posts: stored.posts.map((x) => {
      const post = r.posts.find((p) => p.id === x.postId)!;
      return {
        postId: x.postId,
        name: post.name,
        seats: post.seats,
        valid: x.tally.valid,
        blank: x.tally.blank,
        invalid: x.tally.invalid,
        votes: byVotes(new Map(x.tally.votes)).map(placed),
        elected: x.elected.map(placed),
        tied: x.tied ? { candidates: x.tied.candidates.map(placed), seats: x.tied.seats } : null,
        open: x.open,
        runoffCandidates: x.runoffCandidates.map(placed),
      };
    }),
  };
}

/** The second half's pages: rounds with their notice and figures, the bulletin, the result. */
export function presentRounds(page: RoundsPage, locale: Locale): Rounds {
  const name = (id: string) => page.names.get(id)?.name ?? id;
  const result = (r: RoundRow) => roundResult(r, name, locale);
  return {
    rounds: page.rounds.map((r) => ({
      round: r.round,
      kind: r.kind === 'women' ? 'runoff' : r.kind,
      forWomen: r.kind === 'women',
      method: r.method,
      pollingOn: r.polling_on,
      noticeOn: r.notice_on,
      place: r.place,
      booth: r.booth,
      hours: r.opens_at && r.closes_at ? { opensAt: r.opens_at, closesAt: r.closes_at } : null,
      openedOn: r.opened_on,
      countedOn: r.counted_on,
      posts: r.posts.map((p) => ({
        id: p.id,
        name: p.name,
        seats: p.seats,
        writeIns: p.writeIns,
        candidates: p.candidates.map((c) => ({ personId: c, name: name(c) })),
      })),
      tellers: page.tellers
        .filter((t) => t.round === r.round)
        .map((t) => ({ personId: t.person_id, name: t.name, role: t.role })),
      mobileBoxes: page.boxes
        .filter((b) => b.round === r.round)
        .map((b) => ({
          box: b.box,
          voters: b.voters.length,
          scrutineers: b.scrutineers.map((s) => ({ personId: s, name: name(s) })),
          publishedOn: b.published_on,
          townApprovedOn: b.town_approved_on,
        })),
      voted: r.voted,
      registered: r.registered,
      ballotsCast: r.ballots_cast,
      tallySheets: r.sheets.map((s) => ({
        box: s.box,
        issued: s.issued,
        returned: s.returned,
        signedBy: s.signed_by.map(name),
        signedOn: s.signed_on,
      })),
      paperCheck: r.paperCheck,
      result: result(r),
      mine: { onRoll: page.onRoll, voted: r.mine, principals: r.principals },
      noticeFingerprint: r.noticeFingerprint,
    })),
    proxies: page.proxies.map((x) => ({
      principal: { personId: x.principal_id, name: x.principal_name },
      holder: { personId: x.holder_id, name: x.holder_name },
      lodgedOn: x.lodged_on,
      approvedOn: x.approved_on,
      publishedOn: x.published_on,
    })),
    proxiesFingerprint: page.proxiesFingerprint,
  };
}

export function presentBulletin(page: {
  round: RoundRow;
  ballots: readonly BulletinRow[];
  receipts: number;
}): ReplyOf<typeof contract.getBulletin> {
  return {
    round: page.round.round,
    countedOn: page.round.counted_on!,
    ballots: page.ballots.map((b) => ({
      id: b.id,
      marks: b.marks as Record<string, string[]>,
    })),
    digest: page.round.digest!,
    receipts: page.receipts,
  };
}

export function presentResult(
  { row, fingerprint }: { row: ResultRow | null; fingerprint: Fingerprint | null },
  next: RoundKind | null,
  women: { check: WomenCheck; persons: ReadonlyMap<string, { name: string }> } | null,
): ReplyOf<typeof contract.getResult> {
  const placed = (x: { id: string; votes: number }) => ({
    personId: x.id,
    name: women?.persons.get(x.id)?.name ?? x.id,
    votes: x.votes,
  });
  const runoff = women?.check.status === 'runoff' ? women.check : null;
  const vacant = women?.check.status === 'vacant' ? women.check : null;
  return {
    womenSeatVacant:
      vacant && !row
        ? {
            vacated: vacant.vacated && placed(vacant.vacated),
            finding: findingViews([vacant.finding], 'zh-CN')[0]!,
          }
        : null,
    womenRunoff:
      runoff && !row
        ? {
            vacated: placed(runoff.vacated),
            candidates: runoff.candidates.map(placed),
            scheduled: next === 'women',
          }
        : null,
    certifiedOn: row?.certified_on ?? null,
    handedOverOn: row?.handed_over_on ?? null,
    termId: row?.term_id ?? null,
    seated: row?.seated ?? [],
    findings: [...(row?.findings ?? []), ...(row?.handover_findings ?? [])],
    next: next === 'women' || (runoff && !row) ? 'runoff' : next,
    fingerprint,
  };
}
