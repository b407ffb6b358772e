import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import { clausesOf, closeFlag, findFlag, insertFlag, type VersionRow } from '../repository.ts';
import { lockVersion, versionTarget } from './draft.ts';

/** Flags are the township's reading of a draft in review: raised and closed only then. */
async function inReview(tx: Tx, cmd: CommandContext, versionId: string): Promise<VersionRow> {
  const v = await lockVersion(tx, cmd, versionId);
  if (v.state !== 'inReview') throw new DomainError('village_rules_not_in_review');
  return v;
}

/** The township's reader flags a clause, saying what is wrong with it. */
export async function raiseFlag(
  cmd: CommandContext,
  versionId: string,
  input: { clauseNumber: number; note: string },
): Promise<string> {
  const on = actDate(cmd, 'on', undefined);
  return cmd.db.transaction(async (tx) => {
    const v = await inReview(tx, cmd, versionId);
    const clauses = await clausesOf(tx, cmd.villageId, v.id);
    const clause = clauses.find((c) => c.number === input.clauseNumber);
    if (!clause)
      fieldError('clauseNumber', 'village_rules_clause_unknown', { number: input.clauseNumber });
    const id = randomUUID();
    await insertFlag(tx, cmd.villageId, v.id, {
      id,
      clause_number: clause.number,
      origin: 'township',
      topic: null,
      rule_id: null,
      excerpt: clause.body.slice(0, 40),
      note: input.note.trim(),
      raisedOn: on,
      raisedBy: actingAccount(cmd),
    });
    await recordEvent(cmd, tx, 'villageRules.flagRaised', versionTarget(v.id), {
      flagId: id,
      clause: clause.number,
      note: input.note.trim(),
    });
    return id;
  });
}

/**
 * The township closes a flag: resolved (the village explained or the township accepts the
 * clause as it stands) or dismissed (the check misread a lawful clause), always saying why.
 */
export async function closeReviewFlag(
  cmd: CommandContext,
  versionId: string,
  flagId: string,
  input: { closing: 'resolved' | 'dismissed'; note: string },
): Promise<void> {
  const on = actDate(cmd, 'on', undefined);
  await cmd.db.transaction(async (tx) => {
    const v = await inReview(tx, cmd, versionId);
    const flag = await findFlag(tx, cmd.villageId, v.id, flagId);
    if (!flag) throw new DomainError('not_found', { what: 'villageRulesFlag' });
    if (flag.closed_on) throw new DomainError('village_rules_flag_closed', { on: flag.closed_on });
    const note = input.note.trim();
    await closeFlag(tx, cmd.villageId, flag.id, {
      on,
      by: actingAccount(cmd),
      closing: input.closing,
      note,
    });
    await recordEvent(cmd, tx, 'villageRules.flagClosed', versionTarget(v.id), {
      flagId: flag.id,
      clause: flag.clause_number,
      closing: input.closing,
      note,
    });
  });
}
