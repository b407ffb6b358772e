import type { CalendarDate } from '../calendarDate.ts';

/**
 * Party members (农村基层组织工作条例; 发展党员工作细则): a member is probationary (预备党员)
 * from admission until the branch converts them (转正), then formal. Only formal members count
 * in the bases of PARTY-BRANCH and PARTY-COMMITTEE and vote; probationary members attend.
 */
export const PARTY_STATUSES = ['formal', 'probationary'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];

/** How a branch sorts its members (seed 002's sub-branches follow it): 流动党员 carry whereabouts. */
export const PARTY_CATEGORIES = ['employed', 'withoutPost', 'retired', 'migrant'] as const;
export type PartyCategory = (typeof PARTY_CATEGORIES)[number];

export const PARTY_LEAVE_REASONS = ['transferredOut', 'deceased', 'expelled', 'withdrawn'] as const;
export type PartyLeaveReason = (typeof PARTY_LEAVE_REASONS)[number];

/** A member as of one day, as `partyMembersOn` reads them. */
export interface PartyMemberOn {
  personId: string;
  name: string;
  householdId: string;
  /** The smallest unit the member belongs to; null while not yet assigned. */
  unitId: string | null;
  status: PartyStatus;
  category: PartyCategory | null;
  whereabouts: string | null;
  joinedOn: CalendarDate | null;
  formalOn: CalendarDate | null;
}

/** The members counted as formal (the base of PARTY-BRANCH, PARTY-COMMITTEE, votes). */
export function formalMembers<M extends { status: PartyStatus }>(members: readonly M[]): M[] {
  return members.filter((m) => m.status === 'formal');
}
