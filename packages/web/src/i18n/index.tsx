import { createContext, useContext, useMemo } from 'react';
import { parseCalendarDate, calendarDateOf, formatChineseDate } from '@cunzhi/core/calendarDate';
import { zhCN, type MessageKey } from './zh-CN.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export type { MessageKey };

// English is fetched when first chosen (PrefsProvider waits for it): most viewers read Chinese,
// and the first chunk of the sign-in and phone pages stays small.
const dictionaries: Partial<Record<Lang, Record<MessageKey, string>>> = { 'zh-CN': zhCN };

/** Loads `lang`'s dictionary; `useT` falls back to Chinese until it is in. */
export async function loadLang(lang: Lang): Promise<void> {
  if (!dictionaries[lang]) dictionaries[lang] = (await import('./en.ts')).en;
}

export function isLangLoaded(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
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

const TIME_ZONE = 'Asia/Shanghai';

export function makeTranslator(lang: Lang): Translator {
  const dict = dictionaries[lang] ?? zhCN;
  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const numberFormat = new Intl.NumberFormat(lang);
  const t = ((key: MessageKey, params?: Params) => fill(dict[key], params)) as Translator;
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
    const day = calendarDateOf(instant, TIME_ZONE);
    const time = timeFormat.format(instant);
    return lang === 'zh-CN' ? `${formatChineseDate(day)} ${time}` : `${day} ${time}`;
  };
  t.pick = (names) => (lang === 'zh-CN' ? names.zh : names.en);
  t.num = (value) => numberFormat.format(value);
  return t;
}

export const LangContext = createContext<Lang>('zh-CN');

/** One translator per language for the whole app: its Intl formats are costly to make. */
const translators = new Map<Lang, Translator>();

function translatorFor(lang: Lang): Translator {
  const known = translators.get(lang);
  if (known) return known;
  const t = makeTranslator(lang);
  // English before its dictionary is in falls back to Chinese: not kept
  if (isLangLoaded(lang)) translators.set(lang, t);
  return t;
}

export function useT(): Translator {
  const lang = useContext(LangContext);
  return useMemo(() => translatorFor(lang), [lang]);
}
