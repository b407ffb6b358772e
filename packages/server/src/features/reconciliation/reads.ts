import type { FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { can, villageAbilities } from '@cunzhi/core/policies/village';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { reconcileElectionRound, reconcileMeeting, type Report } from './queries.ts';
import { seatedOnCommittee } from '../elections/queries.ts';
import { proxiesOf } from '../elections/repository/polling.ts';
import { listRollSigns, listSignatures, type ReportSubject } from './repository.ts';

/** The part every report shares: the groups, the counts, each signature against the report as it stands. */
async function reportView(
  db: Queryable,
  request: FastifyRequest,
  r: Report,
  subject: ReportSubject,
) {
  const { row, scope } = villageOf(request);
  const signatures = await listSignatures(db, row.id, subject);
  return {
    ...r.groups,
    dueCount: r.dueCount,
    countedOnce: r.countedOnce,
    fingerprint: r.fingerprint,
    signatures: signatures.map((s) => ({
      personId: s.person_id,
      name: s.name,
      signedAt: s.signed_at.toISOString(),
      current: s.fingerprint === r.fingerprint,
    })),
    abilities: villageAbilities(requireSignedIn(request).actor, scope),
  };
}

/** A meeting's report as the page and the print show it: the groups, the signatures, the audit fingerprint. */
export async function view(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { meetingId: string } }>,
) {
  const villageId = villageOf(request).row.id;
  const r = await reconcileMeeting(ctx.db, villageId, request.params.meetingId);
  const target = { type: 'meeting', id: r.meeting.id, action: 'reconciliation.signed' };
  return {
    meeting: {
      id: r.meeting.id,
      title: r.meeting.title,
      meetingOn: r.meeting.meeting_on,
      kind: r.meeting.kind,
    },
    ...(await reportView(ctx.db, request, r, { kind: 'meeting', meetingId: r.meeting.id })),
    auditFingerprint: await fingerprintOf(ctx.db, villageId, target),
  };
}

/**
 * An election round's report: the groups, the ballots issued against cast, the lines entered
 * from the printed roll, the proxies a line may name, the signatures. Read by the holders of
 * readReconciliation and by the members of this election's committee, who enter the roll.
 */
export async function electionView(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { electionId: string; round: number } }>,
) {
  const { row: village, scope } = villageOf(request);
  const { electionId, round } = request.params;
  const { actor, personId } = commandContext(ctx, request);
  const committeeMember = await seatedOnCommittee(ctx, village.id, electionId, personId);
  if (!committeeMember && !can(actor!, 'readReconciliation', scope))
    throw new DomainError('forbidden');
  const r = await reconcileElectionRound(ctx.db, village.id, electionId, round);
  const subject = { kind: 'electionRound', electionId: r.election.id, round } as const;
  const target = { type: 'election', id: r.election.id, action: 'reconciliation.signed' };
  const [lines, proxies] = await Promise.all([
    listRollSigns(ctx.db, village.id, r.election.id, r.round.round),
    proxiesOf(ctx.db, village.id, r.election.id),
  ]);
  return {
    election: {
      id: r.election.id,
      title: r.election.title,
      round: r.round.round,
      roundKind: r.round.kind,
      pollingOn: r.round.polling_on,
      method: r.round.method,
    },
    ballots: r.ballots,
    rollSigns: lines.map((x) => ({
      personId: x.person_id,
      name: x.name,
      box: x.box,
      proxyHolder: x.proxy_holder_id
        ? { personId: x.proxy_holder_id, name: x.proxy_holder_name! }
        : null,
      enteredAt: x.entered_at.toISOString(),
      withdrawn: x.withdrawn_at
        ? { at: x.withdrawn_at.toISOString(), reason: x.withdrawn_reason! }
        : null,
    })),
    proxies: proxies
      .filter((x) => x.approved_on && x.published_on)
      .map((x) => ({
        principalId: x.principal_id,
        principalName: x.principal_name,
        holderId: x.holder_id,
        holderName: x.holder_name,
      })),
    committeeMember,
    ...(await reportView(ctx.db, request, r, subject)),
    // the first signature's event: the printed QR leads to the original, not a later one
    auditFingerprint: await fingerprintOf(ctx.db, village.id, target, { round }),
  };
}
