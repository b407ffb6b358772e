import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import {
  parseCalendarDate,
  calendarDateOf,
  chinaWallClock,
  formatChineseDate,
  CHINA_TIME_ZONE,
  type CalendarDate,
} from '@cunzhi/core/calendarDate';
import type { MessageKey } from './zh-CN.ts';
import { shellZhCN } from './shell.zh-CN.ts';
import { authZhCN } from '../features/auth/i18n.zh-CN.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export type { MessageKey };

type Dictionary = Partial<Record<MessageKey, string>>;

// The first chunk carries only the words of the first screen in Chinese (the shell, sign-in and
// the password form); the rest is fetched when first needed: English whole when chosen
// (PrefsProvider waits for it); Chinese, the phone's part with a phone page (phone.zh-CN.ts) and
// the whole with a console page (lazyPage.ts `phonePage` and `page`). The dictionaries grow with
// every capability; the sign-in page must not, and the phone's pages only with what they show.
const dictionaries: Partial<Record<Lang, Dictionary>> = {
  'zh-CN': { ...shellZhCN, ...authZhCN },
};
const complete = new Set<Lang>();
let phonePartIn = false;

/** What a page waits for: the phone pages' words, or the whole dictionary. */
export type Words = 'phone' | 'whole';

/** Loads `lang`'s words; `useT` falls back to the Chinese it has until they are in. */
export async function loadLang(lang: Lang, words: Words = 'whole'): Promise<void> {
  if (complete.has(lang)) return;
  if (lang === 'zh-CN' && words === 'phone') {
    if (phonePartIn) return;
    const { phoneZhCN } = await import('./phone.zh-CN.ts');
    // the whole may have come in meanwhile: it holds the phone's words already
    if (!complete.has(lang)) dictionaries[lang] = { ...dictionaries[lang], ...phoneZhCN };
    phonePartIn = true;
    return;
  }
  dictionaries[lang] =
    lang === 'en' ? (await import('./en.ts')).en : (await import('./zh-CN.ts')).zhCN;
  complete.add(lang);
}

/**
 * A key not among the words in: the whole dictionary is fetched, and every page that
 * translates draws again once it is in (useT subscribes). A phone page drawing a console
 * capability's word costs the whole dictionary, never a raw key left on screen.
 */
let wordsVersion = 0;
const redraws = new Set<() => void>();
const fetchingWhole = new Set<Lang>();

function fetchWhole(lang: Lang): void {
  if (complete.has(lang) || fetchingWhole.has(lang)) return;
  fetchingWhole.add(lang);
  void loadLang(lang).then(
    () => {
      wordsVersion += 1;
      for (const redraw of redraws) redraw();
    },
    () => fetchingWhole.delete(lang),
  );
}

function subscribeToWords(redraw: () => void): () => void {
  redraws.add(redraw);
  return () => redraws.delete(redraw);
}

/** Whether `lang`'s whole dictionary is in. */
export function isLangLoaded(lang: Lang): boolean {
  return complete.has(lang);
}

/** Whether `lang` can draw the first screen now (Chinese always can). */
export function isLangReady(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** The language pages are drawn in; PrefsProvider sets it before the first render. */
let activeLang: Lang = 'zh-CN';
export function setActiveLang(lang: Lang): void {
  activeLang = lang;
}

/** Loads the words of the language in use a page waits for (lazyPage.ts `page`, `phonePage`). */
export function loadMessages(words: Words = 'whole'): Promise<void> {
  return loadLang(activeLang, words);
}

/** Whether a key built at run time names a message (labels that exist only for some rules). */
export function hasMessage(key: string): key is MessageKey {
  const known = key in (dictionaries[activeLang] ?? dictionaries['zh-CN'] ?? {});
  if (!known) fetchWhole(activeLang);
  return known;
}

export type Params = Record<string, string | number>;

export interface Translator {
  (key: MessageKey, params?: Params): string;
  lang: Lang;
  /** A calendar date `YYYY-MM-DD`: `2026年11月21日` in Chinese, ISO in English. */
  date: (value: string | null | undefined) => string;
  /** An instant (ISO timestamp), shown in the village's time zone. */
  dateTime: (value: string) => string;
  /** Picks the current language from a `{ zh, en }` pair sent by the server or core. */
  pick: (names: { zh: string; en: string }) => string;
  /** Numbers with grouping: 4,185. */
  num: (value: number) => string;
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const TIME_ZONE = CHINA_TIME_ZONE;

/** Made when first asked, once: the Intl formats are costly to make (see `clockOf`). */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const timeFormat = once(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);

/**
 * An instant's date and `HH:mm` in the village's time zone. China's clocks are UTC+8 since
 * 1992 (core `chinaWallClock`): by arithmetic, since the first `Intl.DateTimeFormat` with a
 * time zone loads the zone database, which cost a phone's first screen more than drawing it
 * (Lighthouse, December 2026); older instants are read from the database.
 */
function clockOf(instant: Date): { day: CalendarDate; time: string } {
  const china = chinaWallClock(instant);
  if (china) {
    const two = (n: number) => String(n).padStart(2, '0');
    return { day: china.date, time: `${two(china.hour)}:${two(china.minute)}` };
  }
  return { day: calendarDateOf(instant, TIME_ZONE), time: timeFormat().format(instant) };
}

/** The message in `lang`, else in Chinese, else the key itself (a page drawn before its words). */
function message(lang: Lang, key: MessageKey): string {
  const own = dictionaries[lang]?.[key];
  if (own !== undefined) return own;
  fetchWhole(lang);
  return dictionaries['zh-CN']?.[key] ?? key;
}

export function makeTranslator(lang: Lang): Translator {
  const numberFormat = once(() => new Intl.NumberFormat(lang));
  const t = ((key: MessageKey, params?: Params) => fill(message(lang, key), params)) as Translator;
  t.lang = lang;
  t.date = (value) => {
    if (!value) return '';
    const date = parseCalendarDate(value.slice(0, 10));
    if (!date) return value;
    return lang === 'zh-CN' ? formatChineseDate(date) : date;
  };
  t.dateTime = (value) => {
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return value;
    const { day, time } = clockOf(instant);
    return lang === 'zh-CN' ? `${formatChineseDate(day)} ${time}` : `${day} ${time}`;
  };
  t.pick = (names) => (lang === 'zh-CN' ? names.zh : names.en);
  t.num = (value) => numberFormat().format(value);
  return t;
}

export const LangContext = createContext<Lang>('zh-CN');

/** One translator per language for the whole app: its Intl formats are costly to make. */
const translators = new Map<Lang, Translator>();

function translatorFor(lang: Lang): Translator {
  const known = translators.get(lang);
  if (known) return known;
  // words are looked up when asked, so a translator made before the dictionary is in serves after
  const t = makeTranslator(lang);
  translators.set(lang, t);
  return t;
}

export function useT(): Translator {
  const lang = useContext(LangContext);
  // draws again when words missing at the first drawing have come in (fetchWhole)
  useSyncExternalStore(subscribeToWords, () => wordsVersion);
  return useMemo(() => translatorFor(lang), [lang]);
}
