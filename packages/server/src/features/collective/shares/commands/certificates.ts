import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import {
  certificates,
  holdingsOn,
  insertCertificate,
  sharePeople,
  voidCertificateInForce,
  type CertificateHolder,
  type Holding,
} from '../repository.ts';
import { lockedOrg } from './shared.ts';

export const MAX_VOID_REASON = 200;

interface Issued {
  id: string;
  number: number;
  replacedNumber: number | null;
}

/** Writes one household's certificate from its holdings (the organisation locked), voiding the one in force. */
async function issueInTx(
  tx: Tx,
  cmd: CommandContext,
  orgId: string,
  on: CalendarDate,
  householdId: string,
  mine: readonly Holding[],
  reason: string,
): Promise<Issued> {
  const names = new Map(
    (
      await sharePeople(
        tx,
        cmd.villageId,
        mine.map((h) => h.personId),
      )
    ).map((p) => [p.id, p.name]),
  );
  const holders: CertificateHolder[] = mine.map((h) => ({
    personId: h.personId,
    name: names.get(h.personId) ?? '',
    registerNo: h.registerNo,
    units: h.shares,
  }));
  const replaced = await voidCertificateInForce(tx, cmd.villageId, orgId, householdId, {
    on,
    reason,
    by: cmd.actorAccountId,
  });
  const id = randomUUID();
  const units = holders.reduce((sum, h) => sum + h.units, 0);
  const number = await insertCertificate(
    tx,
    cmd.villageId,
    { id, orgId, householdId, issuedOn: on, units, holders, replacesId: replaced?.id ?? null },
    cmd.actorAccountId,
    cmd.clock.now(),
  );
  await recordEvent(
    cmd,
    tx,
    'shareCertificate.issued',
    { type: 'shareCertificate', id },
    {
      orgId,
      householdId,
      number,
      units,
      holders: holders.map((h) => ({ personId: h.personId, units: h.units })),
      replacedNumber: replaced?.number ?? null,
      voidReason: replaced ? reason : null,
    },
  );
  return { id, number, replacedNumber: replaced?.number ?? null };
}

/**
 * Issues the household's 股权证 (share certificate) as its holdings stand today: who holds how
 * many units, numbered in the organisation's series. A household has one certificate in force;
 * issuing another (换发: the holdings changed, the paper was lost) voids the one before, naming
 * why, and the new one says which number it replaces.
 */
export async function issueCertificate(
  cmd: CommandContext,
  orgId: string,
  householdId: string,
  input: { reason?: string | undefined },
): Promise<Issued> {
  const reason = input.reason?.trim() || '换发新证';
  if (reason.length > MAX_VOID_REASON)
    throw new DomainError('validation_failed', {}, [
      { field: 'reason', error: 'field_too_long', params: { max: MAX_VOID_REASON } },
    ]);
  return cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const on = cmd.clock.today();
    const mine = (await holdingsOn(tx, cmd.villageId, orgId, on)).filter(
      (h) => h.householdId === householdId,
    );
    if (mine.length === 0) throw new DomainError('shares_nothing_held', { on });
    return issueInTx(tx, cmd, orgId, on, householdId, mine, reason);
  });
}

/**
 * Issues a certificate to every household that holds shares today and has none in force (after
 * the quantification, thousands at once), by household number; one transaction, an audit event
 * per certificate. Households already holding one keep it: a reissue is one household's act.
 */
export async function issueMissingCertificates(
  cmd: CommandContext,
  orgId: string,
): Promise<{ issued: number }> {
  return cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const on = cmd.clock.today();
    const inForce = new Set(
      (await certificates(tx, cmd.villageId, orgId))
        .filter((c) => !c.voidedOn)
        .map((c) => c.householdId),
    );
    const byHousehold = new Map<string, Holding[]>();
    for (const h of await holdingsOn(tx, cmd.villageId, orgId, on))
      if (!inForce.has(h.householdId))
        byHousehold.set(h.householdId, [...(byHousehold.get(h.householdId) ?? []), h]);
    const numbers = new Map(
      (await sharePeople(tx, cmd.villageId)).map((p) => [p.householdId, p.householdNumber]),
    );
    const order = [...byHousehold.keys()].sort((a, b) =>
      (numbers.get(a) ?? '').localeCompare(numbers.get(b) ?? ''),
    );
    for (const householdId of order)
      await issueInTx(tx, cmd, orgId, on, householdId, byHousehold.get(householdId)!, '换发新证');
    return { issued: order.length };
  });
}
