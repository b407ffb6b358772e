import type { FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { fingerprintOf, lastFingerprintOf } from '../../platform/audit/repository.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { reconcileElectionRound, reconcileMeeting, type Report } from './queries.ts';
import { listSignatures, type ReportSubject } from './repository.ts';

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

/** An election round's report: the groups, the ballots issued against cast, the signatures. */
export async function electionView(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { electionId: string; round: number } }>,
) {
  const villageId = villageOf(request).row.id;
  const { electionId, round } = request.params;
  const r = await reconcileElectionRound(ctx.db, villageId, electionId, round);
  const subject = { kind: 'electionRound', electionId: r.election.id, round } as const;
  const target = { type: 'election', id: r.election.id, action: 'reconciliation.signed' };
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
    ...(await reportView(ctx.db, request, r, subject)),
    auditFingerprint: await lastFingerprintOf(ctx.db, villageId, target, { round }),
  };
}
