import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ReferralStatus, ReferralStep } from '@cunzhi/core/townInbox/referrals';
import type { Tx } from '../../platform/db/database.ts';
import type { OriginConfig } from '../notifications/enqueue.ts';
import type { ReferralRow, ReferralSourceKind } from './repository.ts';

/** A step the town (or the village) took on a referral, as its source feature hears of it. */
export interface ReferralStepEvent {
  referral: ReferralRow;
  step: ReferralStep;
  to: ReferralStatus;
  at: Date;
  today: CalendarDate;
  accountId: string | null;
  /** The answer, the reason for a return, the materials asked for, or a transfer's note. */
  note: string | null;
  /** Where the deployment is served: the links of the messages a step sends (PUBLIC_ORIGIN). */
  config: OriginConfig['config'];
}

/**
 * What a feature that hands cases up to the town (services, liaison, disputes, petitions) tells
 * the town inbox, so a town step flows back to its case in the same transaction: the answer to
 * the villager, a return to whoever routed it, materials asked for.
 */
export interface ReferralSource {
  /** Called inside the step's transaction, after the referral moved; throw to refuse the step. */
  onStep(tx: Tx, event: ReferralStepEvent): Promise<void>;
  /**
   * The day the town must act by after this step, when the source's rule sets one (XF-34: 60
   * days from acceptance); undefined keeps the current due date.
   */
  dueAfter?(
    step: ReferralStep,
    today: CalendarDate,
    referral: ReferralRow,
  ): CalendarDate | null | undefined;
}

const SOURCES = new Map<ReferralSourceKind, ReferralSource>();

/**
 * Registers the feature that owns referrals of `kind`. Call it at the top level of the module
 * that files them (so the source is known wherever a referral can exist); registering a kind
 * twice with another handler is a programming error.
 */
export function registerReferralSource(kind: ReferralSourceKind, source: ReferralSource): void {
  const known = SOURCES.get(kind);
  if (known && known !== source) throw new Error(`referral source ${kind} registered twice`);
  SOURCES.set(kind, source);
}

export function referralSource(kind: ReferralSourceKind): ReferralSource | undefined {
  return SOURCES.get(kind);
}
