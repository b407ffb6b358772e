import type { ReplyOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/recalls';
import { BODY_KIND_INFO, memberRoleName } from '@cunzhi/core/bodies/bodyKinds';
import { byElectionSeats } from '@cunzhi/core/elections/byElectionWomen';
import { recallDeadlines } from '@cunzhi/core/elections/dates';
import type { Locale } from '@cunzhi/core/errors';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import { required } from '@cunzhi/core/rules/threshold';
import { findingViews } from '../commands/shared.ts';
import type { ElectedBody, SignatureCounts } from './commands/shared.ts';
import type { ByElectionPage, RecallListRow, RecallPage } from './queries.ts';
import type { ByElectionRow, SignatureRow } from './repository.ts';

type Names = { zh: string; en: string };
const names = (n: Names): Names => ({ zh: n.zh, en: n.en });
type Role = 'chair' | 'viceChair' | 'member';

export function presentRecallSummary(r: RecallListRow) {
  const kind = r.body_kind as ElectedBody;
  return {
    id: r.id,
    member: {
      personId: r.person_id,
      name: r.member_name,
      membershipId: r.membership_id,
      body: kind,
      bodyName: names(BODY_KIND_INFO[kind]),
      role: names(memberRoleName(kind, r.member_role)),
    },
    stage: r.stage,
    openedOn: r.opened_on,
    receivedOn: r.received_on,
    voteOn: r.vote_on,
    recalled: r.recalled,
  };
}

/** The request as received: the bases and the signatures counted that day (null before). */
export function requestOf(r: RecallListRow): SignatureCounts | null {
  return r.voter_basis && r.received_on
    ? {
        voterBasis: r.voter_basis,
        voters: r.voters!,
        signers: r.signers!,
        representatives: r.representatives!,
        representativeSigners: r.representative_signers!,
      }
    : null;
}

/** Who reads: an organiser (the cadres, the town), the member facing recall, a villager. */
export interface RecallViewer {
  personId: string | null;
  organiser: boolean;
}

const signature = (s: SignatureRow) => ({
  personId: s.person_id,
  name: s.name,
  signedOn: s.signed_on,
  source: s.source,
});

/**
 * A recall as the reader may see it: the signers' names to the organisers and the town, never
 * to other villagers nor to the member facing recall (who could retaliate); everyone sees the
 * count and their own signature.
 */
export function presentRecall(
  page: RecallPage,
  viewer: RecallViewer,
  p: RuleParams,
  counted: SignatureCounts & { on: string },
  locale: Locale,
): ReplyOf<typeof contract.getRecall> {
  const r = page.recall;
  const init = p['VCOL-16-RECALL-INIT'];
  const isMember = viewer.personId === r.person_id;
  const seesSigners = viewer.organiser && !isMember;
  const mine = page.signatures.find((s) => s.person_id === viewer.personId);
  const t = p['VCOL-16-RECALL-VOTE'];
  return {
    ...presentRecallSummary(r),
    reasons: r.reasons,
    signatures: {
      count: page.signatures.length,
      mine: mine ? signature(mine) : null,
      list: seesSigners ? page.signatures.map(signature) : null,
    },
    request: requestOf(r),
    threshold: {
      ...counted,
      votersRequired: required(counted.voters, init.voters),
      representativesRequired: required(counted.representatives, init.representatives),
    },
    deadlines: r.received_on ? recallDeadlines(r.received_on, p) : null,
    reply: r.replied_on
      ? { text: r.reply ?? '', declined: r.reply_declined ?? false, on: r.replied_on }
      : null,
    vote:
      r.organiser && r.registered !== null && r.voted !== null && r.yes !== null
        ? {
            organiser: r.organiser,
            registered: r.registered,
            voted: r.voted,
            yes: r.yes,
            turnoutRequired: required(r.registered, t.turnout),
            yesRequired: required(r.voted, t.yes),
          }
        : null,
    findings: findingViews(r.findings, locale),
    mine: { organiser: viewer.organiser, seesSigners, isMember },
  };
}

export function presentByElectionSummary(b: ByElectionRow, kind: ElectedBody) {
  return {
    id: b.id,
    body: { id: b.body_id, kind, name: names(BODY_KIND_INFO[kind]) },
    meeting: b.meeting,
    stage: b.stage,
    pollingOn: b.record.pollingOn,
    termEndsOn: b.record.termEndsOn,
  };
}

/**
 * A by-election with its posts, the rounds counted and, once certified, those seated (not a man
 * elected to the seat kept for a woman: core's byElectionSeats).
 */
export function presentByElection(
  page: ByElectionPage,
  findings: readonly Finding[],
  locale: Locale,
): ReplyOf<typeof contract.getByElection> {
  const b = page.byElection;
  const name = (id: string) => page.names.get(id) ?? '';
  const placed = (x: { id: string; votes: number }) => ({
    personId: x.id,
    name: name(x.id),
    votes: x.votes,
  });
  return {
    ...presentByElectionSummary(b, page.body.kind as ElectedBody),
    openedOn: b.opened_on,
    candidatesPublishedOn: b.candidates_published_on,
    countedOn: b.counted_on,
    certifiedOn: b.certified_on,
    posts: b.record.posts.map((p) => ({
      role: p.id as Role,
      name: names(p.name),
      seats: p.seats,
      candidates: p.candidates.map((id) => ({ personId: id, name: name(id) })),
    })),
    rounds: b.record.rounds.map((round) => ({
      valid: round.valid,
      members: round.registered,
      voted: round.voted,
      ballotsCast: round.ballotsCast,
      posts: round.posts.map((post) => ({
        role: post.postId as Role,
        votes: [...post.tally.votes].map(([id, votes]) => placed({ id, votes })),
        elected: post.elected.map(placed),
      })),
      findings: findingViews(round.findings, locale),
    })),
    seated:
      b.stage === 'certified'
        ? byElectionSeats(b.record).map((e) => ({
            personId: e.id,
            name: name(e.id),
            role: e.postId as Role,
          }))
        : [],
    womenSeat: b.record.womenPostId
      ? {
          role: b.record.womenPostId as Role,
          leftVacant: b.record.womenSeatLeftVacant
            ? { personId: b.record.womenSeatLeftVacant, name: name(b.record.womenSeatLeftVacant) }
            : null,
        }
      : null,
    findings: findingViews(findings, locale),
  };
}
