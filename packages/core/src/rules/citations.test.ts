import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import {
  CITATIONS,
  citationOn,
  articleInEnglish,
  CITATIONS as ALL_CITATIONS,
  citationText,
  ruleInForce,
  type Citation,
  type RuleId,
} from './citations.ts';
import { LAW_VERSIONS, lawOn, type LawVersion } from './law.ts';

/** The statute texts beside the repository (../shared/laws), one per version. */
const LAW_FILES: Record<LawVersion, string> = {
  '2018-12-29': '村民委员会组织法-2018.md',
  '2025-10-28': '村民委员会组织法-2025.md',
};
const lawText = (v: LawVersion) =>
  readFileSync(new URL(`../../../../../shared/laws/${LAW_FILES[v]}`, import.meta.url), 'utf8');

const DIGITS = '〇一二三四五六七八九';
/** 第三十条 → 30 */
function chineseNumber(text: string): number {
  let n = 0;
  let section = 0;
  for (const ch of text) {
    if (ch === '十') section = (section || 1) * 10;
    else {
      n += section;
      section = DIGITS.indexOf(ch);
    }
  }
  return n + section;
}

/** The paragraphs of article `n` of a statute text (its first one without "第n条 "). */
function paragraphs(text: string, n: number): string[] {
  const lines = text.split('\n');
  const heading = (line: string) => /^第([〇一二三四五六七八九十]+)条/.exec(line);
  const start = lines.findIndex((l) => {
    const m = heading(l);
    return m !== null && chineseNumber(m[1]!) === n;
  });
  if (start < 0) return [];
  const out: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (i > start && (heading(line) || line.startsWith('#'))) break;
    // items （一）… belong to the paragraph that lists them
    if (line && line.startsWith('（') && out.length) out[out.length - 1] += line;
    else if (line) out.push(line);
  }
  return out;
}

/** "第二十八条第一款、第二款" → article 28, paragraphs [1, 2]; "第三十条" → all of it. */
function located(article: string): { article: number; paragraphs: number[] } {
  const m = /^第([〇一二三四五六七八九十]+)条(.*)$/.exec(article);
  if (!m) throw new Error(`not an article: ${article}`);
  const paras = [...m[2]!.matchAll(/第([〇一二三四五六七八九十]+)款/g)].map((p) =>
    chineseNumber(p[1]!),
  );
  return { article: chineseNumber(m[1]!), paragraphs: paras };
}

const organicLawRules = (Object.keys(CITATIONS) as RuleId[]).flatMap((ruleId) => {
  const entry = CITATIONS[ruleId];
  if (!('byLaw' in entry)) return [];
  return LAW_VERSIONS.flatMap(({ id }) => {
    const c: Citation | null = entry.byLaw[id];
    return c && c.source.zh.includes('村民委员会组织法') ? [{ ruleId, law: id, c }] : [];
  });
});

describe('every Organic Law citation says what the text of its version says', () => {
  it.each(organicLawRules)('$ruleId in the $law text: $c.article', ({ law, c }) => {
    const where = located(c.article);
    const paras = paragraphs(lawText(law), where.article);
    expect(paras.length, `article ${where.article} exists`).toBeGreaterThan(0);
    const cited = where.paragraphs.length ? where.paragraphs.map((p) => paras[p - 1] ?? '') : paras;
    expect(c.quote, 'a statute citation carries the phrase it rests on').toBeTruthy();
    expect(cited.join('')).toContain(c.quote);
  });

  it('checks the articles the product cites most (the parser is not fooled)', () => {
    expect(paragraphs(lawText('2025-10-28'), 30)[1]).toContain('三分之二以上的组成人员参加');
    expect(paragraphs(lawText('2018-12-29'), 26)[1]).toContain('三分之二以上的组成人员参加');
    expect(located('第二十八条第一款、第二款')).toEqual({ article: 28, paragraphs: [1, 2] });
    expect(chineseNumber('四十')).toBe(40);
    expect(chineseNumber('三十七')).toBe(37);
  });
});

describe('an act is cited by the law of its date', () => {
  const cases = [
    ['2025-12-31', '2018-12-29', '第二十六条第二款'],
    ['2026-01-01', '2025-10-28', '第三十条第二款'],
    ['2026-01-02', '2025-10-28', '第三十条第二款'],
  ] as const;
  it.each(cases)('a representatives’ meeting on %s: the %s text, %s', (on, law, article) => {
    const day = calendarDate(on);
    expect(lawOn(day)).toBe(law);
    expect(citationOn('VCOL-26-QUORUM', day).article).toBe(article);
    // people read the law, not the rule's id
    expect(citationText('VCOL-26-QUORUM', 'zh-CN', day)).toBe(
      `《中华人民共和国村民委员会组织法》${article}`,
    );
  });

  it('a rule added in 2025 is not in force before 2026', () => {
    expect(ruleInForce('VCOL25-ANNUAL-ASSEMBLY', calendarDate('2025-12-31'))).toBe(false);
    expect(ruleInForce('VCOL25-ANNUAL-ASSEMBLY', calendarDate('2026-01-01'))).toBe(true);
    expect(ruleInForce('VCOL-26-QUORUM', calendarDate('2025-12-31'))).toBe(true);
  });

  it('the Party organisation’s prior study is Party rule before 2026 and statute from 2026', () => {
    expect(citationOn('VCOL25-PARTY-FIRST', calendarDate('2025-12-31')).force).toBe('policy');
    expect(citationOn('VCOL25-PARTY-FIRST', calendarDate('2026-01-01'))).toMatchObject({
      force: 'statute',
      article: '第二十八条第三款',
    });
  });
});

describe('citations read as the law, in Chinese and in English', () => {
  it.each([
    ['第六条', 'Article 6'],
    ['第三十条第二款', 'Article 30(2)'],
    ['第二十八条第一款、第二款', 'Article 28(1) and (2)'],
    ['第十九条、第二十八条、第五十二条', 'Articles 19, 28 and 52'],
    ['第二百零一条、第二百零三条', 'Articles 201 and 203'],
    ['第二部分', 'Part 2'],
  ] as const)('%s → %s', (article, english) => {
    expect(articleInEnglish(article)).toBe(english);
  });

  it.each([
    ['VCOL-26-QUORUM', '2026-03-01', '《中华人民共和国村民委员会组织法》第三十条第二款'],
    ['SIYI-ORDER', '2026-03-01', '《中国共产党农村基层组织工作条例》第十九条'],
    ['COUNCIL-MEETING', '2026-03-01', '本社区议事规则（协商议事会议事规则）'],
  ] as const)('%s on %s: %s', (ruleId, on, text) => {
    expect(citationText(ruleId, 'zh-CN', calendarDate(on))).toBe(text);
  });

  it('in English, with the article translated', () => {
    expect(citationText('VCOL-26-QUORUM', 'en', calendarDate('2026-03-01'))).toBe(
      "Villagers' Committee Organic Law, Article 30(2)",
    );
  });

  it('no rule is cited by its id, a seed document or an unchecked article', () => {
    for (const ruleId of Object.keys(ALL_CITATIONS) as Array<keyof typeof ALL_CITATIONS>) {
      for (const on of ['2025-06-01', '2026-06-01'] as const) {
        for (const locale of ['zh-CN', 'en'] as const) {
          const text = citationText(ruleId, locale, calendarDate(on));
          expect(text).not.toContain(ruleId);
          expect(text).not.toMatch(/种子|seed|待核/i);
          if (locale === 'en') expect(text).not.toMatch(/第.+条/);
        }
      }
    }
  });
});
