import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { resolveProfile, type CharterOverride, type ParamRuleId } from '@cunzhi/core/rules/profile';
import type { Threshold } from '@cunzhi/core/rules/threshold';
import { MAX_FEN } from '@cunzhi/core/money';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { upsertCharterOverride } from '../repository.ts';
import { describeParam } from '../present.ts';
import { requireAssemblyResolution, requireNotFuture } from './shared.ts';

function isThreshold(v: unknown): v is Threshold {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  if (t.kind === 'strictMajority') return Object.keys(t).length === 1;
  return (
    t.kind === 'atLeast' &&
    Number.isInteger(t.num) &&
    Number.isInteger(t.den) &&
    (t.num as number) > 0 &&
    (t.den as number) > 0 &&
    (t.num as number) <= (t.den as number) &&
    Object.keys(t).length === 3
  );
}

/** Same shape as the profile's value: a threshold, a whole number, a flag, or one of the allowed words. */
function sameShape(value: unknown, current: unknown, key: string): boolean {
  if (typeof current === 'object' && current !== null) return isThreshold(value);
  if (typeof current === 'number') {
    // amounts are whole fen (XWQL-TIER's limits); every other number is a count of days or people
    const max = key.endsWith('Fen') ? Number(MAX_FEN) : 1000;
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
  }
  if (typeof current === 'boolean') return typeof value === 'boolean';
  if (key === 'enforcement') return value === 'refuse' || value === 'warn';
  return typeof value === typeof current;
}

/** Each parameter the clause names must exist in the rule and keep its shape. */
function shapeProblems(params: Record<string, unknown>, current: Record<string, unknown>) {
  const keys = Object.keys(params);
  const problems: FieldProblem[] = [];
  if (keys.length === 0) problems.push({ field: 'params', error: 'field_required' });
  for (const key of keys)
    if (!(key in current) || !sameShape(params[key], current[key], key))
      problems.push({ field: `params.${key}`, error: 'field_invalid' });
  return problems;
}

/**
 * Adopts (or replaces) a charter clause changing one rule's parameters. A
 * statute may only be tightened: a looser value is refused (422) naming each
 * parameter and the statutory value.
 */
export async function setCharterOverride(
  cmd: CommandContext,
  input: {
    ruleId: string;
    params: Record<string, unknown>;
    adoptedOn: string;
    resolutionId?: string | undefined;
  },
): Promise<{
  ruleId: ParamRuleId;
  params: Record<string, unknown>;
  adoptedOn: CalendarDate;
  profile: { id: string; version: string };
}> {
  const adoptedOn = dateField('adoptedOn', input.adoptedOn);
  requireNotFuture(cmd, 'adoptedOn', adoptedOn);
  // judged by the law in force on the day the clause was adopted
  const { base, statutory } = await loadVillageProfile(cmd.db, cmd.villageId, adoptedOn);
  if (!(input.ruleId in statutory))
    throw new DomainError('validation_failed', {}, [{ field: 'ruleId', error: 'enum_invalid' }]);
  const ruleId = input.ruleId as ParamRuleId;
  const current = statutory[ruleId] as unknown as Record<string, unknown>;
  const problems = shapeProblems(input.params, current);
  if (problems.length) throw new DomainError('validation_failed', {}, problems);
  if (input.resolutionId) await requireAssemblyResolution(cmd, input.resolutionId);
  const override: CharterOverride = { ruleId, params: input.params, adoptedOn };
  const looser = resolveProfile(base, [override], adoptedOn).problems;
  if (looser.length)
    throw new DomainError(
      'override_refused',
      { ruleId },
      looser.map((p) => ({
        field: `params.${p.param}`,
        error: 'looser_than_statute',
        params: { statutory: describeParam(current[p.param]) },
      })),
    );
  return cmd.db.transaction(async (tx) => {
    const resolutionId = input.resolutionId ?? null;
    await upsertCharterOverride(tx, cmd.villageId, {
      ruleId,
      params: input.params,
      adoptedOn,
      resolutionId,
    });
    const { profile } = await loadVillageProfile(tx, cmd.villageId, cmd.clock.today());
    await recordEvent(
      cmd,
      tx,
      'charterOverride.adopted',
      { type: 'rule', id: ruleId },
      { params: input.params, adoptedOn, resolutionId, profileVersion: profile.version },
    );
    return {
      ruleId,
      params: input.params,
      adoptedOn,
      profile: { id: profile.id, version: profile.version },
    };
  });
}
