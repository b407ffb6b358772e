import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { DomainError } from '../errors.ts';
import { forCommunity } from '../meetings/meetingKinds.ts';
import { CITATIONS, citationOn, citationText } from './citations.ts';
import {
  finding,
  FINDING_MESSAGES,
  findingMessage,
  findingWithCitation,
  refuseOnViolation,
  RuleRefusal,
} from './findings.ts';

const d = calendarDate;
/** A day under the 2018 text and one under the 2025 text. */
const IN_2025 = d('2025-11-21');
const IN_2026 = d('2026-11-21');

describe('finding messages', () => {
  it('every message has Chinese and English text with the same placeholders', () => {
    for (const [code, entry] of Object.entries(FINDING_MESSAGES)) {
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en, code).toMatch(/[A-Za-z]/);
      const keys = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(keys(entry.zh), code).toEqual(keys(entry.en));
    }
  });

  it('a finding defaults to a violation with no parameters, and carries the act’s date', () => {
    expect(finding(IN_2026, 'VCOL-23-REVOKE', 'revoke_not_delegable')).toEqual({
      on: '2026-11-21',
      ruleId: 'VCOL-23-REVOKE',
      code: 'revoke_not_delegable',
      severity: 'violation',
      params: {},
    });
  });

  it('VCOL-25-COMPOSITION: fills the parameters in Chinese and English', () => {
    const f = finding(IN_2026, 'VCOL-25-COMPOSITION', 'reps_share', {
      members: 35,
      required: 28,
      count: 27,
    });
    expect(findingMessage(f, 'zh-CN')).toBe(
      '村民代表应占村民代表会议组成人员的五分之四以上：组成人员 35 人，村民代表至少 28 人，现有 27 人',
    );
    expect(findingMessage(f, 'en')).toBe(
      'Representatives must be at least 4/5 of the meeting: 35 members need 28 representatives; there are 27',
    );
  });

  it('VCOL-21-CONVENE: fills string parameters (dates)', () => {
    const f = finding(d('2026-11-10'), 'VCOL-21-CONVENE', 'notice_short', {
      meeting: '村民会议',
      days: 10,
      noticeOn: '2026-11-01',
      earliest: '2026-11-11',
    });
    expect(findingMessage(f, 'zh-CN')).toBe(
      '召开村民会议应当提前 10 天通知：2026年11月1日 通知，最早可于 2026年11月11日 召开',
    );
  });

  it('leaves a placeholder whose parameter is missing visible', () => {
    const f = finding(IN_2026, 'VCOL-06-SIZE', 'committee_size', { min: 3, max: 7 });
    expect(findingMessage(f, 'en')).toBe(
      "The villagers' committee must have 3–7 members; it has {count}",
    );
  });

  it.each([
    ['2025-12-31', '第二十六条第二款'],
    ['2026-01-01', '第三十条第二款'],
  ])(
    'VCOL-26-QUORUM: the message with its citation names the law and the article in force on %s, %s (zh)',
    (on, article) => {
      const f = finding(d(on), 'VCOL-26-QUORUM', 'no_quorum', {
        basis: '到会 19 / 应到 30 人，还差 1 人',
        missing: 1,
      });
      expect(findingWithCitation(f, 'zh-CN')).toBe(
        `未达到法定人数：到会 19 / 应到 30 人，还差 1 人，不能表决（《中华人民共和国村民委员会组织法》${article}）`,
      );
    },
  );

  it('VCOL-24-RESERVED in a community: the message speaks of residents, the cited law keeps its title', () => {
    const f = finding(IN_2025, 'VCOL-24-RESERVED', 'wrong_body_reserved', {
      category: '宅基地的使用方案',
      body: '村民代表会议',
    });
    expect(findingWithCitation(f, 'zh-CN', forCommunity)).toBe(
      '“宅基地的使用方案”属于须经居民会议讨论决定的事项，居民代表会议无权决定（未经居民会议授权）（《中华人民共和国村民委员会组织法》第二十四条）',
    );
    const g = finding(IN_2026, 'VCOL-24-RESERVED', 'wrong_body_reserved', {
      category: '本村重点帮扶人员、帮扶方案',
      body: '村民代表会议',
    });
    expect(findingWithCitation(g, 'zh-CN', forCommunity)).toBe(
      '“本村重点帮扶人员、帮扶方案”属于须经居民会议讨论决定的事项，居民代表会议无权决定（未经居民会议授权）（《中华人民共和国村民委员会组织法》第二十八条第一款、第二款）',
    );
  });

  it('VCOL-24-RESERVED: the message with its citation names the law and article (en)', () => {
    const f = finding(IN_2025, 'VCOL-24-RESERVED', 'wrong_body_reserved', {
      category: '宅基地的使用方案',
      body: '村民代表会议',
    });
    expect(findingWithCitation(f, 'en')).toBe(
      `"宅基地的使用方案" must be decided by the villagers' assembly; the 村民代表会议 has no authorisation to decide it (Villagers' Committee Organic Law, Article 24)`,
    );
  });

  it.each([
    ['VCOL-22-SPECIAL', '第十九条、第二十八条、第五十二条'],
    ['SIYI-PARTY-QUORUM', '党员大会审议'],
    ['SEED002-ONE-PLUS-THREE', '重大事项“1+3”议决制度'],
    ['CIVIL-201-203', '第二百零一条、第二百零三条'],
  ] as const)('%s cites article %s whatever the text of the Organic Law', (ruleId, article) => {
    expect(CITATIONS[ruleId].article).toBe(article);
    for (const on of [IN_2025, IN_2026]) {
      expect(citationOn(ruleId, on)).toBe(CITATIONS[ruleId]);
      const words = article.startsWith('第') ? article : `（${article}）`;
      expect(citationText(ruleId, 'zh-CN', on)).toBe(`${CITATIONS[ruleId].source.zh}${words}`);
    }
  });
});

describe('RuleRefusal', () => {
  const f = finding(IN_2026, 'VCOL-26-QUORUM', 'no_quorum', {
    basis: '19 present of 30, 1 more needed',
    missing: 1,
  });

  it('carries the error id rule_refused, the rule id and the finding', () => {
    const e = new RuleRefusal(f);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.id).toBe('rule_refused');
    expect(e.params).toEqual({ ruleId: 'VCOL-26-QUORUM' });
    expect(e.finding).toBe(f);
    expect(e.name).toBe('RuleRefusal');
    expect(e.message).toBe(
      "No quorum: 19 present of 30, 1 more needed; voting cannot start (Villagers' Committee Organic Law, Article 30(2))",
    );
  });

  it('refuseOnViolation throws the first violation, skipping warnings', () => {
    const warning = finding(
      IN_2026,
      'RVMC-SIZE',
      'supervision_size',
      { min: 3, max: 5, count: 6 },
      'warning',
    );
    const second = finding(IN_2026, 'VCOL-06-SIZE', 'committee_women', { count: 0 });
    let thrown: unknown = null;
    try {
      refuseOnViolation([warning, f, second]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuleRefusal);
    expect((thrown as RuleRefusal).finding).toBe(f);
  });

  it('refuseOnViolation lets warnings and an empty list through', () => {
    const warning = finding(IN_2026, 'RVMC-SIZE', 'supervision_chair_secretary', {}, 'warning');
    expect(refuseOnViolation([warning])).toBeUndefined();
    expect(refuseOnViolation([])).toBeUndefined();
  });
});
