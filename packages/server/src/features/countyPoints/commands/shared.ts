import { DomainError, type Locale } from '@cunzhi/core/errors';
import { schemeRoles } from '@cunzhi/core/countyPoints/access';
import { INDICATOR_INFO, type Indicator } from '@cunzhi/core/countyPoints/indicators';
import { SCHEME_MACHINE, type SchemeAction } from '@cunzhi/core/countyPoints/procedure';
import type { Actor, VillageScope } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../../platform/http/context.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findScheme, type SchemeRow } from '../repository.ts';
import { viewerOf, viewerRoles } from '../reads.ts';

/**
 * Who acts in a county's scheme, from a route: the signed-in official or village leader. The
 * commands write to the county's audit chain (chain id = the county's id, as the county's own
 * set-up does), whoever acts.
 */
export interface SchemeActor {
  app: AppContext;
  actor: Actor;
  accountId: string;
  locale: Locale;
}

/** The scheme locked for the step; 404 when it is not one the actor takes part in. */
export async function schemeForStep(
  tx: Tx,
  who: SchemeActor,
  schemeId: string,
  action: SchemeAction,
  village?: VillageScope,
): Promise<SchemeRow> {
  const scheme = await findScheme(tx, schemeId, true);
  if (!scheme) throw new DomainError('not_found', { what: 'countyPointsScheme' });
  // a step on the whole scheme: whoever sees it (reads.ts) is told who may take it; others, 404
  const roles = village
    ? schemeRoles(who.actor, scheme.county_id, village)
    : viewerRoles(await viewerOf(tx, who.actor), scheme);
  if (roles.length === 0 && !village)
    throw new DomainError('not_found', { what: 'countyPointsScheme' });
  if (village && village.countyId !== scheme.county_id)
    throw new DomainError('not_found', { what: 'village' });
  SCHEME_MACHINE.step(scheme.status, action, roles);
  return scheme;
}

/** Appends the act to the county's chain. */
export function recordSchemeEvent(
  who: SchemeActor,
  tx: Tx,
  scheme: { county_id: string; id: string },
  action: string,
  data: unknown,
) {
  return recordEvent(
    { villageId: scheme.county_id, actorAccountId: who.accountId, clock: who.app.clock },
    tx,
    action,
    { type: 'countyPointsScheme', id: scheme.id },
    data,
  );
}

/** An indicator's name in the reader's language (messages name it, not its id). */
export function indicatorName(who: SchemeActor, indicator: Indicator): string {
  return INDICATOR_INFO[indicator][who.locale === 'en' ? 'en' : 'zh'];
}

export function fieldError(field: string, error: 'field_required' | 'enum_invalid'): never {
  throw new DomainError('validation_failed', {}, [{ field, error }]);
}

/** A required field of a body whose fields are optional in shape (403/404 come before 400). */
export function required<T>(field: string, value: T | undefined): T {
  if (value === undefined || (typeof value === 'string' && value.trim() === ''))
    fieldError(field, 'field_required');
  return value;
}
