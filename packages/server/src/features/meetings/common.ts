import { DomainError, type ErrorId, type Locale } from '@cunzhi/core/errors';
import { GENESIS_HASH } from '@cunzhi/core/audit/canonical';
import type { Tx } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { appendAuditEvent } from '../../platform/audit/appendAuditEvent.ts';
import { findMeeting, lockMeeting, type MeetingRow, type MeetingStatus } from './repository.ts';
import type { MeetingFacts } from './presence.ts';

/** Who runs a meeting command: the village, the account, its person (villagers) and the reader's language. */
export interface Who {
  villageId: string;
  actorAccountId: string;
  personId: string | null;
  locale: Locale;
}

export function facts(m: MeetingRow): MeetingFacts {
  return {
    id: m.id,
    kind: m.kind,
    meetingOn: m.meeting_on,
    villagerGroupId: m.villager_group_id,
  };
}

export async function requireMeeting(
  ctx: AppContext,
  villageId: string,
  meetingId: string,
): Promise<MeetingRow> {
  const m = await findMeeting(ctx.db, villageId, meetingId);
  if (!m) throw new DomainError('not_found', { what: 'meeting' });
  return m;
}

/** Locks the meeting and checks its state, inside the caller's transaction. */
export async function lockedMeeting(
  tx: Tx,
  villageId: string,
  meetingId: string,
  allowed: readonly MeetingStatus[],
  otherwise: ErrorId = 'meeting_not_open',
  mode: 'update' | 'share' = 'update',
): Promise<MeetingRow> {
  const m = await lockMeeting(tx, villageId, meetingId, mode);
  if (!m) throw new DomainError('not_found', { what: 'meeting' });
  if (!allowed.includes(m.status)) throw new DomainError(otherwise);
  return m;
}

/** One audit event of the meeting record, in the caller's transaction. */
export async function audit(
  ctx: AppContext,
  tx: Tx,
  who: Pick<Who, 'villageId' | 'actorAccountId'> | { villageId: string; actorAccountId: null },
  action: string,
  target: { type: string; id: string },
  data: unknown,
): Promise<void> {
  await appendAuditEvent(tx, {
    chainId: who.villageId,
    actorAccountId: who.actorAccountId,
    action,
    targetType: target.type,
    targetId: target.id,
    data,
    occurredAt: ctx.clock.now(),
  });
}

/**
 * Serialises per-village numbering (resolutions) on the village's audit chain
 * head, the lock every write of the village already takes.
 */
export async function lockVillageChain(tx: Tx, villageId: string): Promise<void> {
  await tx.query(
    'INSERT INTO audit_head (chain_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (chain_id) DO NOTHING',
    [villageId, GENESIS_HASH],
  );
  await tx.query('SELECT seq FROM audit_head WHERE chain_id = $1 FOR UPDATE', [villageId]);
}
