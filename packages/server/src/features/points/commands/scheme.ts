import { randomUUID } from 'node:crypto';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { DomainError } from '@cunzhi/core/errors';
import type { PublicityUnit } from '@cunzhi/core/points/awards';
import {
  checkSchemeAdoption,
  checkSchemeItems,
  type Beneficiary,
  type CapPeriod,
  type SchemeItem,
} from '@cunzhi/core/points/scheme';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { findResolution } from '../../matters/repository.ts';
import { adoptScheme, findScheme, findSchemes, insertScheme } from '../repository.ts';

export interface SchemeInput {
  title: string;
  partOfVillageRules: boolean;
  personRollsIntoHousehold: boolean;
  publicityDays: number;
  publicityUnit: PublicityUnit;
  reviewerBody: BodyKind;
  contestBody: BodyKind;
  items: ItemInput[];
}

export interface ItemInput {
  name: string;
  description?: string | undefined;
  points: number;
  evidenceRequired: boolean;
  capPoints?: number | null | undefined;
  capPeriod?: CapPeriod | null | undefined;
  beneficiary: Beneficiary;
}

/** An item as core reads it: a cap is both a number of points and a period, or none. */
function schemeItem(item: ItemInput, i: number): SchemeItem {
  const points = item.capPoints ?? null;
  const period = item.capPeriod ?? null;
  if ((points === null) !== (period === null))
    throw new DomainError('validation_failed', {}, [
      {
        field: `items.${i}.${points === null ? 'capPoints' : 'capPeriod'}`,
        error: 'points_item_cap',
      },
    ]);
  return {
    name: item.name,
    description: item.description ?? '',
    points: item.points,
    evidenceRequired: item.evidenceRequired,
    cap: points !== null && period !== null ? { points, period } : null,
    beneficiary: item.beneficiary,
  };
}

/**
 * Drafts a new version of the scheme, written whole: every item passes the village-rules content
 * check first (a deduction for petitioning or for marrying out is refused with the law it
 * breaks, the item named as the field). Nothing binds until a resolution adopts it.
 */
export async function draftScheme(
  cmd: CommandContext,
  input: SchemeInput,
): Promise<{ id: string; version: number }> {
  const on = cmd.clock.today();
  // the first unlawful item refuses the draft, quoting the item and citing the law it breaks
  const items = input.items.map(schemeItem);
  const [unlawful] = checkSchemeItems(items, on).flat();
  if (unlawful) throw new RuleRefusal(unlawful);
  return cmd.db.transaction(async (tx) => {
    const id = randomUUID();
    const version = await insertScheme(tx, cmd.villageId, {
      ...input,
      items,
      id,
      draftedBy: cmd.actorAccountId!,
      draftedOn: on,
    });
    await recordEvent(
      cmd,
      tx,
      'pointsScheme.drafted',
      { type: 'pointsScheme', id },
      {
        version,
        ...input,
      },
    );
    return { id, version };
  });
}

/**
 * Records the numbered resolution that adopted a version. The resolution must be in force and
 * made by the body core routes the scheme to (the representatives or the assembly; the
 * assembly alone when the scheme is part of the village rules). A version is adopted once.
 */
export async function adoptSchemeVersion(
  cmd: CommandContext,
  schemeId: string,
  input: { resolutionId: string; effectiveFrom?: string | undefined },
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const scheme = await findScheme(tx, cmd.villageId, schemeId, { forUpdate: true });
    if (!scheme) throw new DomainError('not_found', { what: 'pointsScheme' });
    if (scheme.adopted_on)
      throw new DomainError('points_scheme_adopted', { on: scheme.adopted_on });
    const resolution = await findResolution(tx, cmd.villageId, input.resolutionId);
    // one resolution adopts one version (a second would make two versions rest on one vote)
    const taken = (await findSchemes(tx, cmd.villageId)).some(
      (s) => s.resolution_id === input.resolutionId,
    );
    if (!resolution || resolution.revoked_on || resolution.meeting_invalid_reason || taken)
      throw new DomainError('validation_failed', {}, [
        { field: 'resolutionId', error: 'field_invalid' },
      ]);
    const on = resolution.adopted_on;
    const wrong = checkSchemeAdoption(scheme.part_of_village_rules, resolution.meeting_kind, {
      authorisations: [],
      on,
    });
    if (wrong) throw new RuleRefusal(wrong);
    const effectiveFrom = input.effectiveFrom
      ? dateField('effectiveFrom', input.effectiveFrom)
      : on;
    if (effectiveFrom < on)
      throw new DomainError('validation_failed', {}, [
        { field: 'effectiveFrom', error: 'date_order', params: { other: on } },
      ]);
    await adoptScheme(tx, cmd.villageId, schemeId, {
      resolutionId: resolution.id,
      adoptedOn: on,
      effectiveFrom,
    });
    await recordEvent(
      cmd,
      tx,
      'pointsScheme.adopted',
      { type: 'pointsScheme', id: schemeId },
      {
        version: scheme.version,
        resolutionId: resolution.id,
        resolution: `〔${resolution.year}〕第${resolution.number}号`,
        meetingKind: resolution.meeting_kind,
        adoptedOn: on,
        effectiveFrom,
        recordedOn: cmd.clock.today(),
      },
    );
  });
}
