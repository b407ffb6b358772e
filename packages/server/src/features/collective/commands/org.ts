import { randomUUID } from 'node:crypto';
import { charterProblems, storeTerms, type CharterTerms } from '@cunzhi/core/collective/charter';
import { isCreditCode, type OrgLevel } from '@cunzhi/core/collective/organisation';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import type { Fen } from '@cunzhi/core/money';
import { atLeast } from '@cunzhi/core/rules/threshold';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import {
  charterVersions,
  insertCharter,
  insertOrg,
  lockOrg,
  lockVillageOrgs,
  orgsOf,
} from '../repository.ts';
import { numbered } from '../../points/present.ts';
import { organisationResolution } from './resolutions.ts';
import { formOrganisationBodies } from '../meetings/bodies.ts';

export interface OrgInput {
  level: OrgLevel;
  villagerGroupId?: string | null | undefined;
  name: string;
  registeredCode?: string | undefined;
  foundedOn: string;
  reformedOn?: string | undefined;
}

/**
 * Records the village's (or a group's) organisation: one per village at village level and one
 * per group. Its credit code, when given, must carry the right check character.
 */
export async function createOrg(cmd: CommandContext, input: OrgInput): Promise<{ id: string }> {
  const problems: FieldProblem[] = [];
  const groupId = input.level === 'group' ? (input.villagerGroupId ?? null) : null;
  if (input.level === 'group' && !groupId)
    problems.push({ field: 'villagerGroupId', error: 'collective_group_required' });
  const code = input.registeredCode?.toUpperCase() || null;
  if (code && !isCreditCode(code))
    problems.push({ field: 'registeredCode', error: 'collective_code_invalid' });
  const foundedOn = actDate(cmd, 'foundedOn', input.foundedOn);
  const reformedOn = input.reformedOn ? actDate(cmd, 'reformedOn', input.reformedOn) : null;
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  return cmd.db.transaction(async (tx) => {
    // one organisation per village or group: the village's advisory lock serialises the check
    await lockVillageOrgs(tx, cmd.villageId);
    const clash = (await orgsOf(tx, cmd.villageId)).find(
      (o) => o.level === input.level && o.villagerGroupId === groupId,
    );
    if (clash)
      throw new DomainError('collective_org_exists', {
        level: input.level === 'village' ? '村' : '村民小组',
        name: clash.name,
      });
    const id = randomUUID();
    const org = {
      id,
      level: input.level,
      villagerGroupId: groupId,
      name: input.name,
      registeredCode: code,
      foundedOn,
      reformedOn,
    };
    await insertOrg(tx, cmd.villageId, org, cmd.actorAccountId, cmd.clock.now());
    await recordEvent(cmd, tx, 'collectiveOrg.created', { type: 'collectiveOrg', id }, org);
    if (org.level === 'village') await formOrganisationBodies(cmd, tx, org);
    return { id };
  });
}

export interface CharterInput {
  terms: {
    reserveRateBp: number;
    committeePayment:
      { kind: 'none' } | { kind: 'rate'; rateBp: number } | { kind: 'fixed'; fen: number };
    shareClasses: CharterTerms['shareClasses'];
    shareMode: CharterTerms['shareMode'];
    newborn: CharterTerms['newborn'];
    adjustEveryYears: number | null;
    partyStudy: CharterTerms['partyStudy'];
    assemblyDecision: { num: number; den: number };
    otherLossReasons: string[];
  };
  resolutionId?: string | undefined;
  paperResolution?: string | undefined;
  adoptedOn?: string | undefined;
  effectiveFrom?: string | undefined;
}

/** The terms as core reads them: fen as a bigint, the threshold as core's. */
function charterTerms(t: CharterInput['terms']): CharterTerms {
  const p = t.committeePayment;
  return {
    ...t,
    committeePayment: p.kind === 'fixed' ? { kind: 'fixed', fen: BigInt(p.fen) as Fen } : p,
    assemblyDecision: atLeast(t.assemblyDecision.num, t.assemblyDecision.den),
    otherLossReasons: t.otherLossReasons.map((r) => r.trim()),
  };
}

/**
 * Records a charter version its members adopted (Art. 26(一): the members' assembly alone, never
 * the representatives). The terms are checked field by field; the resolution must be the
 * assembly's. A paper resolution records only the first version (adopted before the platform).
 */
export async function adoptCharter(
  cmd: CommandContext,
  orgId: string,
  input: CharterInput,
): Promise<{ id: string; version: number }> {
  const terms = charterTerms(input.terms);
  const problems = charterProblems(terms).map((p) => ({ ...p, field: `terms.${p.field}` }));
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  return cmd.db.transaction(async (tx) => {
    if (!(await lockOrg(tx, cmd.villageId, orgId)))
      throw new DomainError('not_found', { what: 'collectiveOrg' });
    const first = (await charterVersions(tx, cmd.villageId, orgId)).length === 0;
    const paper = input.paperResolution?.trim() || null;
    let adoptedOn;
    let resolution = null;
    if (input.resolutionId) {
      resolution = await organisationResolution(
        tx,
        cmd.villageId,
        orgId,
        input.resolutionId,
        ['membersAssembly'],
        'resolutionId',
        'charter',
      );
      adoptedOn = resolution.adoptedOn;
    } else if (paper && first) {
      adoptedOn = actDate(cmd, 'adoptedOn', input.adoptedOn);
    } else {
      throw new DomainError('validation_failed', {}, [
        { field: 'resolutionId', error: 'collective_adoption_source' },
      ]);
    }
    const effectiveFrom = input.effectiveFrom
      ? dateField('effectiveFrom', input.effectiveFrom)
      : adoptedOn;
    if (effectiveFrom < adoptedOn)
      throw new DomainError('validation_failed', {}, [
        { field: 'effectiveFrom', error: 'date_order', params: { other: adoptedOn } },
      ]);
    const id = randomUUID();
    const stored = storeTerms(terms);
    const version = await insertCharter(
      tx,
      cmd.villageId,
      {
        id,
        orgId,
        terms: stored,
        resolutionId: resolution?.id ?? null,
        paperResolution: resolution ? null : paper,
        adoptedOn,
        effectiveFrom,
      },
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveCharter.adopted',
      { type: 'collectiveOrg', id: orgId },
      {
        charterId: id,
        version,
        terms: stored,
        resolution: resolution ? numbered(resolution.year, resolution.number) : paper,
        adoptedOn,
        effectiveFrom,
      },
    );
    return { id, version };
  });
}
