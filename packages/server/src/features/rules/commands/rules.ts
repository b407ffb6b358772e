import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { resolveProfile, type CharterOverride, type ParamRuleId } from '@cunzhi/core/rules/profile';
import type { Threshold } from '@cunzhi/core/rules/threshold';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findResolution } from '../../matters/repository.ts';
import { findBody, listMemberships } from '../../bodies/repository.ts';
import { dateField } from '../../../platform/fields.ts';
import type { Who } from '../../matters/commands/matters.ts';

export const QUALIFICATIONS = ['accounting', 'management'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** A parameter value as people read it: ">1/2", "≥2/3", "10". */
export function describeParam(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    const t = value as Threshold;
    return t.kind === 'strictMajority' ? '>1/2' : `≥${t.num}/${t.den}`;
  }
  return String(value);
}

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
  if (typeof current === 'number')
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000;
  if (typeof current === 'boolean') return typeof value === 'boolean';
  if (key === 'enforcement') return value === 'refuse' || value === 'warn';
  return typeof value === typeof current;
}

/** The charter is the assembly's: a clause is adopted or repealed by one of its resolutions. */
async function requireAssemblyResolution(ctx: AppContext, who: Who, resolutionId: string) {
  const r = await findResolution(ctx.db, who.villageId, resolutionId);
  if (!r || r.meeting_kind !== 'villagersAssembly')
    throw new DomainError('validation_failed', {}, [
      { field: 'resolutionId', error: 'resolution_not_assembly' },
    ]);
}

/**
 * Repeals a charter clause: the rule goes back to the base profile's values.
 * The clause and its repeal stay on the audit chain; meetings and steps
 * already checked keep the profile version they stored.
 */
export async function repealCharterOverride(
  ctx: AppContext,
  who: Who,
  input: { ruleId: string; repealedOn: string; resolutionId?: string },
) {
  const repealedOn = dateField('repealedOn', input.repealedOn);
  if (repealedOn > ctx.clock.today())
    throw new DomainError('validation_failed', {}, [
      { field: 'repealedOn', error: 'date_in_future' },
    ]);
  if (input.resolutionId) await requireAssemblyResolution(ctx, who, input.resolutionId);
  return ctx.db.transaction(async (tx) => {
    const [clause] = await tx.query<{ params: unknown; adopted_on: string }>(
      'DELETE FROM charter_override WHERE village_id = $1 AND rule_id = $2 RETURNING params, adopted_on',
      [who.villageId, input.ruleId],
    );
    if (!clause) throw new DomainError('not_found', { what: 'charterOverride' });
    if (repealedOn < clause.adopted_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'repealedOn', error: 'date_order', params: { other: clause.adopted_on } },
      ]);
    const { profile } = await loadVillageProfile(tx, who.villageId);
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'charterOverride.repealed',
      targetType: 'rule',
      targetId: input.ruleId,
      data: {
        params: clause.params,
        adoptedOn: clause.adopted_on,
        repealedOn,
        resolutionId: input.resolutionId ?? null,
        profileVersion: profile.version,
      },
      occurredAt: ctx.clock.now(),
    });
    return {
      ruleId: input.ruleId,
      repealedOn,
      profile: { id: profile.id, version: profile.version },
    };
  });
}

/**
 * Adopts (or replaces) a charter clause changing one rule's parameters. A
 * statute may only be tightened: a looser value is refused (422) naming each
 * parameter and the statutory value.
 */
export async function setCharterOverride(
  ctx: AppContext,
  who: Who,
  input: {
    ruleId: string;
    params: Record<string, unknown>;
    adoptedOn: string;
    resolutionId?: string;
  },
) {
  const { base } = await loadVillageProfile(ctx.db, who.villageId);
  if (!(input.ruleId in base.params))
    throw new DomainError('validation_failed', {}, [{ field: 'ruleId', error: 'enum_invalid' }]);
  const ruleId = input.ruleId as ParamRuleId;
  const adoptedOn = dateField('adoptedOn', input.adoptedOn);
  if (adoptedOn > ctx.clock.today())
    throw new DomainError('validation_failed', {}, [
      { field: 'adoptedOn', error: 'date_in_future' },
    ]);
  const current = base.params[ruleId] as unknown as Record<string, unknown>;
  const keys = Object.keys(input.params);
  const shapeProblems: FieldProblem[] = [];
  if (keys.length === 0) shapeProblems.push({ field: 'params', error: 'field_required' });
  for (const key of keys)
    if (!(key in current) || !sameShape(input.params[key], current[key], key))
      shapeProblems.push({ field: `params.${key}`, error: 'field_invalid' });
  if (shapeProblems.length) throw new DomainError('validation_failed', {}, shapeProblems);
  if (input.resolutionId) await requireAssemblyResolution(ctx, who, input.resolutionId);
  const override: CharterOverride = {
    ruleId,
    params: input.params,
    adoptedOn,
  };
  const { problems } = resolveProfile(base, [override]);
  if (problems.length)
    throw new DomainError(
      'override_refused',
      { ruleId },
      problems.map((p) => ({
        field: `params.${p.param}`,
        error: 'looser_than_statute',
        params: { statutory: describeParam(current[p.param]) },
      })),
    );
  return ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO charter_override (village_id, rule_id, params, adopted_on, resolution_id)
       VALUES ($1, $2, $3::jsonb, $4, $5)
       ON CONFLICT (village_id, rule_id) DO UPDATE SET params = EXCLUDED.params, adopted_on = EXCLUDED.adopted_on, resolution_id = EXCLUDED.resolution_id`,
      [who.villageId, ruleId, JSON.stringify(input.params), adoptedOn, input.resolutionId ?? null],
    );
    const { profile } = await loadVillageProfile(tx, who.villageId);
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'charterOverride.adopted',
      targetType: 'rule',
      targetId: ruleId,
      data: {
        params: input.params,
        adoptedOn,
        resolutionId: input.resolutionId ?? null,
        profileVersion: profile.version,
      },
      occurredAt: ctx.clock.now(),
    });
    return {
      ruleId,
      params: input.params,
      adoptedOn,
      profile: { id: profile.id, version: profile.version },
    };
  });
}

/** Records a member's 财会/管理 knowledge (VCOL Art. 32: the supervision committee needs one such member). */
export async function setQualifications(
  ctx: AppContext,
  who: Who,
  input: { bodyId: string; membershipId: string; qualifications: Qualification[] },
) {
  const body = await findBody(ctx.db, who.villageId, input.bodyId);
  if (!body) throw new DomainError('not_found', { what: 'body' });
  const qualifications = [...new Set(input.qualifications)].sort();
  return ctx.db.transaction(async (tx) => {
    const m = (await listMemberships(tx, who.villageId, input.bodyId)).find(
      (x) => x.id === input.membershipId,
    );
    if (!m) throw new DomainError('not_found', { what: 'membership' });
    await tx.query(
      'UPDATE body_membership SET qualifications = $3::text[] WHERE village_id = $1 AND id = $2',
      [who.villageId, m.id, qualifications],
    );
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'membership.qualificationsSet',
      targetType: 'body',
      targetId: input.bodyId,
      data: {
        membershipId: m.id,
        personId: m.person_id,
        personName: m.person_name,
        qualifications,
      },
      occurredAt: ctx.clock.now(),
    });
    return { id: m.id, bodyId: input.bodyId, personId: m.person_id, qualifications };
  });
}
