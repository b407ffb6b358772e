import { describe, expect, it } from 'vitest';
import { findingMessage, findingWithCitation } from '../rules/findings.ts';
import {
  appointmentFindings,
  automaticEnd,
  byElectionTurnout,
  fraudVoidsWin,
  handoverFindings,
  termEndsOn,
} from './office.ts';
import { d, zj } from './testing.ts';

const P = zj('2026-06-01');

describe('VCOL-11-TERM: five years, no appointment', () => {
  it.each([
    ['2026-03-20', '2031-03-20'],
    ['2028-02-29', '2033-02-28'],
    ['2026-01-01', '2031-01-01'],
  ])('elected %s → the term’s last day is %s', (on, end) => {
    expect(termEndsOn(d(on), P)).toBe(end);
  });

  it('a member appointed or removed by anyone is void; elected or recalled is not', () => {
    expect(appointmentFindings(d('2026-06-01'), 'appointed')[0]).toMatchObject({
      code: 'appointment_void',
    });
    expect(appointmentFindings(d('2026-06-01'), 'removed')).toHaveLength(1);
    expect(appointmentFindings(d('2026-06-01'), 'election')).toEqual([]);
    expect(appointmentFindings(d('2026-06-01'), 'recall')).toEqual([]);
  });
});

describe('VCOL-17-FRAUD and VCOL-18-AUTO-END', () => {
  it('bribery voids the win, cited by the law of the finding’s day', () => {
    const r = fraudVoidsWin(d('2025-12-01'), '张三', ['bribery', 'forgedBallots']);
    expect(r.void).toBe(true);
    expect(findingWithCitation(r.findings[0]!, 'zh-CN')).toBe(
      '张三 以贿赂、伪造选票等不正当手段当选，当选无效（《中华人民共和国村民委员会组织法》第十七条第一款）',
    );
    const r2026 = fraudVoidsWin(d('2026-01-01'), '张三', ['threat']);
    expect(findingWithCitation(r2026.findings[0]!, 'en')).toBe(
      "The election of 张三 is void: won by improper means (threats) (Villagers' Committee Organic Law, Article 21(1))",
    );
    expect(fraudVoidsWin(d('2026-01-01'), '张三', []).void).toBe(false);
  });

  it('the office ends on the day of the sentence or of incapacity, whichever is first', () => {
    expect(
      automaticEnd({ name: '李四', sentencedOn: null, incapacitatedOn: null }).endsOn,
    ).toBeNull();
    const r = automaticEnd({
      name: '李四',
      sentencedOn: d('2026-05-02'),
      incapacitatedOn: d('2026-04-30'),
    });
    expect(r.endsOn).toBe('2026-04-30');
    expect(findingMessage(r.findings[0]!, 'zh-CN')).toBe(
      '李四 于 2026年4月30日 丧失行为能力，其职务自行终止',
    );
  });
});

describe('VCOL-19-BYELECTION: turnout of the meeting’s members (浙江)', () => {
  it.each([
    ['representatives', 30, 19, false],
    ['representatives', 30, 20, true],
    ['representatives', 30, 21, true],
    ['assembly', 1000, 500, false],
    ['assembly', 1000, 501, true],
    ['assembly', 1000, 502, true],
  ] as const)('%s of %i, %i voting → enough %s', (body, members, voting, ok) => {
    const f = byElectionTurnout(d('2026-06-01'), body, members, voting, P);
    expect(f.length === 0).toBe(ok);
  });

  it('says what is needed', () => {
    const [f] = byElectionTurnout(d('2026-06-01'), 'representatives', 30, 19, P);
    expect(findingMessage(f!, 'zh-CN')).toBe(
      '补选须有三分之二以上参加投票：30 人中至少 20 人，现有 19 人',
    );
    expect(findingMessage(f!, 'en')).toBe(
      'A by-election needs at least 2/3 of the members voting: 20 of 30; 19 voted',
    );
  });
});

describe('VCOL-20-HANDOVER: within ten days, a late one recorded', () => {
  it.each([
    ['2026-03-11', true],
    ['2026-03-12', true],
    ['2026-03-13', false],
  ])('elected 2026-03-02, handed over %s → in time %s', (on, ok) => {
    expect(handoverFindings(d('2026-03-02'), d(on), P).length === 0).toBe(ok);
  });
});
