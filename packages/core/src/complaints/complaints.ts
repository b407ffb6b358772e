import type { CalendarDate } from '../calendarDate.ts';
import { periodEnd } from '../rules/dayCount.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';

/**
 * The complaints station (投诉站) of the supervision committee, seed 002 §三 3 and figure 4:
 * "对收集到的信访、投诉事件，需交社区党组织、居委会办理的，交社区党组织、居委会办理，不宜交社区党组织、
 * 居委会办理的，直接向镇纪委、党委反映；对社区干部违纪的，直接向镇纪委反映". A complaint is 事务类
 * (affairs: handed to a village body to handle, 责成办理) or 风纪类 (discipline: reported to the
 * town discipline commission, 报镇纪委). Anything that names a cadre is discipline, whatever the
 * receiving member chose: a village body never handles a complaint about its own members.
 */

/** How a complaint came in: the villager's phone, the public portal, told to a member, on paper. */
export const COMPLAINT_CHANNELS = ['phone', 'portal', 'member', 'paper'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** 事务类 / 风纪类. */
export const COMPLAINT_CLASSES = ['affairs', 'discipline'] as const;
export type ComplaintClass = (typeof COMPLAINT_CLASSES)[number];

/** The village bodies an affairs complaint may be handed to (责成办理). */
export const COMPLAINT_HANDLERS = [
  'partyBranch',
  'villagersCommittee',
  'villageAffairsSupervisionCommittee',
] as const;
export type ComplaintHandler = (typeof COMPLAINT_HANDLERS)[number];

/** received: not yet classified; assigned: a body handles it; answered; referred: to the town. */
export const COMPLAINT_STATUSES = ['received', 'assigned', 'answered', 'referred'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export type ComplaintRouting =
  | { kind: 'pending' }
  | { kind: 'affairs'; handler: ComplaintHandler }
  | { kind: 'discipline'; because: 'classified' | 'concernsCadre' };

/**
 * Where a complaint goes once classified: a complaint naming a cadre, or classed discipline,
 * to the town discipline commission; an affairs complaint to the body chosen; an affairs
 * complaint without a body, or one not yet classified, waits for the receiving member.
 */
export function routeComplaint(c: {
  class: ComplaintClass | null;
  handler: ComplaintHandler | null;
  concernsPersonIds: readonly string[];
}): ComplaintRouting {
  if (c.concernsPersonIds.length > 0) return { kind: 'discipline', because: 'concernsCadre' };
  if (c.class === 'discipline') return { kind: 'discipline', because: 'classified' };
  if (c.class === 'affairs' && c.handler) return { kind: 'affairs', handler: c.handler };
  return { kind: 'pending' };
}

/**
 * The day an affairs complaint's answer is due: the profile's days after it was handed to the
 * body (that day not counted), moved to the next working day when it falls on a rest day (Civil
 * Code Arts. 201, 203), as every deadline of the product is counted. No statute names a number
 * for the village's own station; the default follows the enquiries' 15 days.
 */
export function complaintDueOn(assignedOn: CalendarDate, params: RuleParams): CalendarDate {
  return periodEnd(assignedOn, params['SEED002-SUPERVISION'].complaintAnswerDays, CHINA_HOLIDAYS);
}

export type ComplaintAnswerState = 'open' | 'overdue' | 'answered' | 'answeredLate';

/** Whether an affairs complaint was answered on time, is still open, or is overdue today. */
export function complaintAnswerState(
  c: { dueOn: CalendarDate; answeredOn: CalendarDate | null },
  today: CalendarDate,
): ComplaintAnswerState {
  if (c.answeredOn) return c.answeredOn > c.dueOn ? 'answeredLate' : 'answered';
  return today > c.dueOn ? 'overdue' : 'open';
}

/** The member of a body who may answer for it: the body a complaint was handed to, by its seats. */
export function mayAnswerFor(
  handler: ComplaintHandler,
  posts: ReadonlyArray<{ bodyKind: string }>,
): boolean {
  return posts.some((p) => p.bodyKind === handler);
}

/**
 * The 查询码 shown once to the complainant: 12 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), in three groups, so it can be read out on the phone and copied from paper.
 * The server draws the randomness; this only shapes it.
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_LENGTH = 12;

export function trackingCodeOf(randomIndexes: readonly number[]): string {
  if (randomIndexes.length !== TRACKING_LENGTH) throw new Error('tracking code needs 12 indexes');
  const chars = randomIndexes.map((i) => TRACKING_ALPHABET[i % TRACKING_ALPHABET.length]);
  return [0, 4, 8].map((at) => chars.slice(at, at + 4).join('')).join('-');
}

/** A tracking code as typed (lower case, spaces, missing dashes) in its shown form, or null. */
export function normalizeTrackingCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, '');
  if (bare.length !== TRACKING_LENGTH) return null;
  if ([...bare].some((ch) => !TRACKING_ALPHABET.includes(ch))) return null;
  return [0, 4, 8].map((at) => bare.slice(at, at + 4)).join('-');
}

/** Roles that see every complaint the village may see (all but those referred to the town). */
const SEE_ALL = ['supervisionChair', 'supervisionMember', 'townOfficial', 'countyOfficial'];

/**
 * Which affairs complaints a village reader sees: null for all of them (the supervision
 * committee, the town's and county's officials), else those handed to a body the reader sits
 * on today. No village reader ever sees one referred to the town discipline commission.
 */
export function visibleHandlers(
  roles: ReadonlySet<string>,
  posts: ReadonlyArray<{ bodyKind: string }>,
): ComplaintHandler[] | null {
  if (SEE_ALL.some((r) => roles.has(r))) return null;
  return COMPLAINT_HANDLERS.filter((h) => mayAnswerFor(h, posts));
}
