import { formatChineseDate, ymd, type CalendarDate } from '../calendarDate.ts';
import { forCommunity } from '../meetings/meetingKinds.ts';

/*
 * The public portal (三务公开, no account needed): what it shows of a notice
 * kind, how it reads a search and a page number, how it writes a date, and
 * whether a published notice still stands. Pure; the server renders it.
 */

/** 三务公开: Party affairs, village affairs, finance. */
export type Affairs = 'party' | 'village' | 'finance';

export const AFFAIRS_NAMES: Record<Affairs, { zh: string; en: string }> = {
  party: { zh: '党务公开', en: 'Party affairs' },
  village: { zh: '村务公开', en: 'Village affairs' },
  finance: { zh: '财务公开', en: 'Finance' },
};

export interface PortalKind {
  zh: string;
  en: string;
  affairs: Affairs;
}

/**
 * Notice kinds in the order the portal lists them. The `notice` table's kind
 * is read as it is: a kind added later and not named here is still shown,
 * under a generic name (`portalKind`).
 */
export const PORTAL_KINDS: Record<string, PortalKind> = {
  topic: { zh: '议题公示', en: 'Topic notices', affairs: 'village' },
  meeting: { zh: '会议通知', en: 'Meeting notices', affairs: 'village' },
  resolution: { zh: '决议公告', en: 'Resolutions', affairs: 'village' },
  implementationResult: {
    zh: '实施结果公告',
    en: 'Implementation results',
    affairs: 'village',
  },
  villageAffairs: { zh: '村务公开', en: 'Village affairs', affairs: 'village' },
  financeStatement: { zh: '财务公开', en: 'Finance statements', affairs: 'finance' },
  partyAffairs: { zh: '党务公开', en: 'Party affairs', affairs: 'party' },
  evaluationResult: { zh: '民主评议结果', en: 'Democratic evaluations', affairs: 'village' },
  supervisionReport: { zh: '监督报告', en: 'Supervision reports', affairs: 'village' },
  auditResult: { zh: '经济责任审计结果', en: 'Audit results', affairs: 'finance' },
};

const KIND_ORDER = Object.keys(PORTAL_KINDS);

/** A kind's name and affairs; an unknown kind is a village-affairs 公告 under its own id. */
export function portalKind(kind: string, villageKind: 'village' | 'community'): PortalKind {
  const known = PORTAL_KINDS[kind];
  const k = known ?? { zh: `公告（${kind}）`, en: `Notices (${kind})`, affairs: 'village' };
  // a community publishes 居务, not 村务
  return villageKind === 'community'
    ? { ...k, zh: forCommunity(k.zh).replace('村务', '居务'), en: forCommunity(k.en) }
    : k;
}

/** Known kinds first, in the portal's order; unknown ones after, alphabetically. */
export function compareKinds(a: string, b: string): number {
  const ia = KIND_ORDER.indexOf(a);
  const ib = KIND_ORDER.indexOf(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A kind as it may appear in an address: letters only, as the notice table's kinds are. */
export const KIND_TEXT = /^[A-Za-z]{1,40}$/;

/** Longest search the portal accepts (characters, after trimming). */
export const MAX_SEARCH_CHARS = 50;
/** At most this many words are searched for (all must appear). */
export const MAX_SEARCH_TERMS = 5;
/** Pages of a list beyond this are refused (20 notices a page: 20,000 notices). */
export const MAX_PAGE = 1000;

export type SearchInput =
  { ok: true; text: string; terms: string[] } | { ok: false; problem: 'too_long' | 'invalid' };

/**
 * A search as typed: absent or blank is no search; words separated by spaces
 * (half- or full-width) must all appear. Control characters and more than
 * MAX_SEARCH_CHARS characters are refused.
 */
export function parseSearch(raw: unknown): SearchInput {
  if (raw === undefined || raw === null) return { ok: true, text: '', terms: [] };
  if (typeof raw !== 'string') return { ok: false, problem: 'invalid' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, problem: 'invalid' };
  const text = raw.replace(/[\s\u3000]+/g, ' ').trim();
  if ([...text].length > MAX_SEARCH_CHARS) return { ok: false, problem: 'too_long' };
  const terms = [...new Set(text.split(' ').filter(Boolean))];
  if (terms.length > MAX_SEARCH_TERMS) return { ok: false, problem: 'invalid' };
  return { ok: true, text, terms };
}

/** A page number: absent is 1; otherwise 1 … MAX_PAGE written in digits, or null (refused). */
export function parsePage(raw: unknown): number | null {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_PAGE ? n : null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2026年11月21日 in Chinese, 21 November 2026 in English. */
export function portalDate(date: CalendarDate, locale: 'zh-CN' | 'en'): string {
  if (locale === 'zh-CN') return formatChineseDate(date);
  const { year, month, day } = ymd(date);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** What a published notice's standing depends on: its resolution, and its meeting. */
export interface NoticeStandingFacts {
  resolution: {
    revokedOn: CalendarDate | null;
    revoked: boolean;
    invalidReason: string | null;
  } | null;
  meetingCancelled: boolean;
}

export type NoticeStanding =
  | { stands: true }
  | { stands: false; why: 'revoked'; on: CalendarDate | null }
  | { stands: false; why: 'invalid'; reason: string }
  | { stands: false; why: 'cancelled' };

/**
 * Whether a notice still stands, as the app marks it: the resolution it
 * announces revoked (已撤销) or its meeting found invalid by the supervision
 * committee (无效); a meeting notice whose meeting was cancelled.
 */
export function noticeStanding(f: NoticeStandingFacts): NoticeStanding {
  if (f.resolution?.invalidReason)
    return { stands: false, why: 'invalid', reason: f.resolution.invalidReason };
  if (f.resolution?.revoked) return { stands: false, why: 'revoked', on: f.resolution.revokedOn };
  if (f.meetingCancelled) return { stands: false, why: 'cancelled' };
  return { stands: true };
}
