import type { CalendarDate } from '@cunzhi/core/calendarDate';
import {
  citationOn,
  citationWords,
  isRuleId,
  shortSource,
  type Citation,
} from '@cunzhi/core/rules/citations';
import type { RuleRef } from '../../api/client.ts';
import type { CitationView } from './api.ts';
import type { Names } from '../../api/types.ts';
import type { Translator } from '../../i18n/index.tsx';
import { todayText } from './noticeText.ts';

// antd-free text helpers: the villager's home (villages/villager) uses them without antd;
// parts.tsx re-exports them for the console

/** Text the server sends either localised already or as `{ zh, en }`. */
export function pickText(t: Translator, value: Names | string | null | undefined): string {
  if (!value) return '';
  return typeof value === 'string' ? value : t.pick(value);
}

/**
 * A rule from its id alone (core's catalogue), for places where the server
 * sent only the id: in the text of the law in force `on` the act's day.
 */
export function citationFor(ruleId: string, on: string): CitationView | null {
  if (!isRuleId(ruleId)) return null;
  const c: Citation = citationOn(ruleId, on as CalendarDate);
  return { ruleId, source: c.source, version: c.version, article: c.article, force: c.force };
}

/**
 * "《中华人民共和国村民委员会组织法》第二十六条", in English "Villagers' Committee
 * Organic Law, Article 26": the law as people read it (the rule's id is only
 * ever a cadre's tooltip). `short` gives 《村民委员会组织法》 for tags.
 */
export function whereText(
  t: Translator,
  rule: CitationView | RuleRef,
  options: { short?: boolean } = {},
): string {
  const full: CitationView | null =
    typeof rule.source === 'object'
      ? (rule as CitationView)
      : citationFor(rule.ruleId, todayText());
  const source =
    typeof rule.source === 'string' ? rule.source : full ? t.pick(full.source) : undefined;
  const article = rule.article ?? full?.article ?? '';
  if (!source) return article;
  return citationWords(options.short ? shortSource(source) : source, article, t.lang);
}

/** The rule a decision or refusal cites, in words: the same as `whereText`. */
export function citeText(t: Translator, rule: CitationView | RuleRef): string {
  return whereText(t, rule) || rule.ruleId;
}
