import type { FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { reconcileMeeting } from './queries.ts';
import { listSignatures } from './repository.ts';

/** The report as the page and the print show it: the groups, the signatures, the audit fingerprint. */
export async function view(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { meetingId: string } }>,
) {
  const { row, scope } = villageOf(request);
  const r = await reconcileMeeting(ctx.db, row.id, request.params.meetingId);
  const signatures = await listSignatures(ctx.db, row.id, r.meeting.id);
  const target = { type: 'meeting', id: r.meeting.id, action: 'reconciliation.signed' };
  return {
    meeting: {
      id: r.meeting.id,
      title: r.meeting.title,
      meetingOn: r.meeting.meeting_on,
      kind: r.meeting.kind,
    },
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
    auditFingerprint: await fingerprintOf(ctx.db, row.id, target),
    abilities: villageAbilities(requireSignedIn(request).actor, scope),
  };
}
