import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { applyByElectionAct, type ByElectionAct } from '@cunzhi/core/elections/flows';
import { RuleRefusal, type Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { paramsOn } from '../../commands/shared.ts';
import type { PersonFacts } from '../../repository.ts';
import { findByElection, updateByElection, type ByElectionRow } from '../repository.ts';

export async function loadByElection(
  tx: Tx,
  cmd: CommandContext,
  id: string,
): Promise<ByElectionRow> {
  const row = await findByElection(tx, cmd.villageId, id, 'FOR UPDATE');
  if (!row) throw new DomainError('not_found', { what: 'byElection' });
  return row;
}

/**
 * Runs one act through core's by-election flow (a refusal is thrown citing its article) and
 * writes the record back with the step's day; returns the findings it recorded.
 */
export async function applyByElection(
  tx: Tx,
  cmd: CommandContext,
  row: ByElectionRow,
  act: ByElectionAct,
  set: Partial<Record<'candidates_published_on' | 'counted_on' | 'certified_on', CalendarDate>>,
): Promise<{ record: ByElectionRow['record']; findings: readonly Finding[] }> {
  const p = await paramsOn(tx, cmd, act.on);
  const out = applyByElectionAct(row.record, act, p);
  if (!out.ok) throw new RuleRefusal(out.refusal);
  await updateByElection(tx, cmd.villageId, row.id, out.record, set);
  return out;
}

/** The women among the persons, by the registry (VCOL-06-SIZE on a by-election). */
export function womenAmong(persons: ReadonlyMap<string, Pick<PersonFacts, 'gender'>>): Set<string> {
  return new Set([...persons].filter(([, p]) => p.gender === 'female').map(([id]) => id));
}
