import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { numberClauses } from '@cunzhi/core/villageRules/clauses';
import {
  EDITABLE_STATES,
  IN_FORCE_STATES,
  OPEN_STATES,
  type RulesState,
} from '@cunzhi/core/villageRules/procedure';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { actingAccount } from '../../matters/commands/shared.ts';
import {
  clausesOf,
  findVersion,
  insertOpinion,
  insertVersion,
  lockVersions,
  replaceClauses,
  updateVersion,
  type VersionRow,
} from '../repository.ts';

export const versionTarget = (id: string) => ({ type: 'villageRulesVersion', id });

/** A version, locked; a step on one changed since the reader saw it is refused (409). */
export async function lockVersion(
  tx: Tx,
  cmd: CommandContext,
  id: string,
  revision?: number,
): Promise<VersionRow> {
  const v = await findVersion(tx, cmd.villageId, id, { forUpdate: true });
  if (!v) throw new DomainError('not_found', { what: 'villageRulesVersion' });
  if (revision !== undefined && v.revision !== revision) throw new DomainError('conflict_stale');
  return v;
}

/**
 * Starts a version: opinions are collected from the day given. An amendment starts from the
 * text in force (its clauses copied, to be changed); only one version is on its way at a time.
 */
export async function startVersion(
  cmd: CommandContext,
  input: { title?: string | undefined; opinionsFrom?: string | undefined },
): Promise<VersionRow> {
  const opinionsFrom = actDate(cmd, 'opinionsFrom', input.opinionsFrom);
  return cmd.db.transaction(async (tx) => {
    const versions = await lockVersions(tx, cmd.villageId);
    const open = versions.find((v) => OPEN_STATES.includes(v.state));
    if (open) throw new DomainError('village_rules_in_progress', { number: open.number });
    const inForce = versions.find((v) => IN_FORCE_STATES.includes(v.state)) ?? null;
    const id = randomUUID();
    const number = (versions[0]?.number ?? 0) + 1;
    const title = input.title?.trim() || inForce?.title || '村规民约';
    await insertVersion(tx, cmd.villageId, {
      id,
      number,
      title,
      basedOnId: inForce?.id ?? null,
      opinionsFrom,
      createdBy: actingAccount(cmd),
    });
    if (inForce)
      await replaceClauses(tx, cmd.villageId, id, await clausesOf(tx, cmd.villageId, inForce.id));
    await recordEvent(cmd, tx, 'villageRules.started', versionTarget(id), {
      number,
      title,
      basedOn: inForce?.number ?? null,
      opinionsFrom,
    });
    return (await findVersion(tx, cmd.villageId, id))!;
  });
}

/** The draft's clauses, replaced as a whole, numbered as given (第1条…); the title with them. */
export async function saveClauses(
  cmd: CommandContext,
  versionId: string,
  input: { clauses: string[]; title?: string | undefined; revision: number },
): Promise<VersionRow> {
  return cmd.db.transaction(async (tx) => {
    const v = await lockVersion(tx, cmd, versionId, input.revision);
    requireEditable(v);
    const clauses = numberClauses(input.clauses);
    await replaceClauses(tx, cmd.villageId, v.id, clauses);
    const title = input.title?.trim() || v.title;
    await updateVersion(tx, cmd.villageId, v.id, { title });
    await recordEvent(cmd, tx, 'villageRules.clausesSaved', versionTarget(v.id), {
      number: v.number,
      title,
      clauses: clauses.length,
    });
    return (await findVersion(tx, cmd.villageId, v.id))!;
  });
}

function requireEditable(v: { state: RulesState; number: number }): void {
  if (!EDITABLE_STATES.includes(v.state))
    throw new DomainError('village_rules_text_fixed', { number: v.number });
}

export type OpinionChannel = 'meeting' | 'paper' | 'phone' | 'visit' | 'box';

/** 征集民意: an opinion as received, while the text may still change. */
export async function addOpinion(
  cmd: CommandContext,
  versionId: string,
  input: {
    channel: OpinionChannel;
    fromName?: string | undefined;
    content: string;
    receivedOn?: string | undefined;
  },
): Promise<void> {
  const receivedOn = actDate(cmd, 'receivedOn', input.receivedOn);
  await cmd.db.transaction(async (tx) => {
    const v = await lockVersion(tx, cmd, versionId);
    requireEditable(v);
    const id = randomUUID();
    await insertOpinion(tx, cmd.villageId, {
      id,
      versionId: v.id,
      received_on: receivedOn,
      channel: input.channel,
      from_name: input.fromName?.trim() ?? '',
      content: input.content.trim(),
      recordedBy: actingAccount(cmd),
    });
    // the opinion's words and who gave them stay in the table: the chain records that one came in
    await recordEvent(cmd, tx, 'villageRules.opinionRecorded', versionTarget(v.id), {
      opinionId: id,
      channel: input.channel,
      receivedOn,
    });
  });
}
