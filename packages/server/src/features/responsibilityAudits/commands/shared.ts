import { DomainError } from '@cunzhi/core/errors';
import { auditDemandCheck } from '@cunzhi/core/responsibilityAudits/rules';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
// the base and who may sign are those of a demanded assembly: villagers aged 18+ on the day
import { demandBases } from '../../meetings/repository/demands.ts';
import {
  findAuditDemand,
  findAudit,
  insertAuditSignature,
  setAuditDemandStatus,
  type AuditDemandRow,
  type AuditRow,
} from '../repository.ts';

/** Locks a demand that still takes signatures. */
export async function lockOpenAuditDemand(
  tx: Tx,
  villageId: string,
  demandId: string,
): Promise<AuditDemandRow> {
  const demand = await findAuditDemand(tx, villageId, demandId, { forUpdate: true });
  if (!demand) throw new DomainError('not_found', { what: 'auditDemand' });
  if (demand.status === 'arranged') throw new DomainError('audit_demand_closed');
  return demand;
}

/**
 * Adds signatures to a locked demand and accepts it once they reach one fifth of the
 * villagers aged 18+ today (VCOL-35-AUDIT); each batch is one `auditDemand.signed` event.
 */
export async function addAuditSignatures(
  cmd: CommandContext,
  tx: Tx,
  demand: AuditDemandRow,
  signers: Array<{ id: string; name: string }>,
  source: 'app' | 'paper',
): Promise<void> {
  const added: typeof signers = [];
  for (const s of signers)
    if (
      await insertAuditSignature(tx, cmd.villageId, demand.id, {
        personId: s.id,
        source,
        recordedBy: cmd.actorAccountId,
        signedAt: cmd.clock.now(),
      })
    )
      added.push(s);
  if (added.length === 0) return;
  await recordEvent(
    cmd,
    tx,
    'auditDemand.signed',
    { type: 'auditDemand', id: demand.id },
    { source, signers: added.map((s) => ({ personId: s.id, name: s.name })) },
  );
  const after = await findAuditDemand(tx, cmd.villageId, demand.id);
  if (!after || after.status !== 'collecting') return;
  const today = cmd.clock.today();
  const { villagers } = await demandBases(tx, cmd.villageId, today);
  const c = auditDemandCheck(after.signatures, villagers);
  if (!c.met) return;
  await setAuditDemandStatus(tx, cmd.villageId, demand.id, 'accepted', today);
  await recordEvent(
    cmd,
    tx,
    'auditDemand.accepted',
    { type: 'auditDemand', id: demand.id },
    { ruleId: 'VCOL-35-AUDIT', count: c.count, base: c.base, required: c.required },
  );
}

/** Locks an audit that may still change (not published). */
export async function lockUnpublishedAudit(
  tx: Tx,
  villageId: string,
  auditId: string,
): Promise<AuditRow> {
  const audit = await findAudit(tx, villageId, auditId, { forUpdate: true });
  if (!audit) throw new DomainError('not_found', { what: 'responsibilityAudit' });
  if (audit.status === 'published') throw new DomainError('audit_published');
  return audit;
}
