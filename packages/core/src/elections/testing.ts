import { calendarDate, type CalendarDate } from '../calendarDate.ts';
import {
  resolveProfile,
  ZHEJIANG_PROFILE,
  type RuleParams,
  type RuleProfile,
} from '../rules/profile.ts';
import type { Marks, Post } from './sheets.ts';

/** Test helpers for the elections' tables (not exported from the module's code). */
export const d = (text: string): CalendarDate => calendarDate(text);

/** Zhejiang's numbers under the law of the day. */
export const zj = (on: string): RuleParams =>
  resolveProfile(ZHEJIANG_PROFILE, [], d(on)).profile.params;

/** A province unlike Zhejiang: proxies of two, candidates published 7 (or 3) days ahead. */
export const otherProvince = (listDays: number): RuleProfile => ({
  id: `test-${listDays}`,
  version: '2020-01-01',
  name: { zh: '测试省', en: 'Test province' },
  overlay: {
    'VCOL-15-PROXY': { maxPrincipalsPerHolder: 2, requestDaysBefore: 3 },
    'ZJ-18-CAND-LIST': { listDaysBefore: listDays, withdrawDaysBefore: 3 },
  },
});

export const paramsOf = (profile: RuleProfile, on: string): RuleParams =>
  resolveProfile(profile, [], d(on)).profile.params;

export const post = (
  id: string,
  seats: number,
  candidates: readonly string[],
  writeIns = false,
): Post => ({ id, name: { zh: id, en: id }, seats, writeIns, candidates });

/** `n` copies of one ballot. */
export const times = (n: number, marks: Marks): Marks[] => Array.from({ length: n }, () => marks);
