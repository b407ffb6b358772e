import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import {
  ART18_GROUNDS,
  checkConfirmation,
  checkExit,
  checkNonMemberGrant,
  checkRemoval,
  isMemberOn,
  LOSS_GROUNDS,
} from './membership.ts';

const on = d('2026-12-07');
const CHARTER_OTHER = ['自愿放弃土地承包经营权并书面声明退出'];

describe('NJJ-12-CONFIRM: the members’ assembly confirms', () => {
  it.each([
    ['birth', true, '', null],
    ['birth', false, '父母非本组织成员', 'collective_birth_refused'],
    ['reform', false, '', 'collective_reform_refused'],
    ['marriage', false, '', 'collective_refusal_reason'],
    ['marriage', false, '已在原籍集体经济组织保留成员身份', null],
    ['adoption', true, '', null],
    ['policyMigration', false, '  ', 'collective_refusal_reason'],
  ] as const)('%s confirmed=%s reason=%j → %s', (ground, confirmed, reason, code) => {
    expect(checkConfirmation({ ground, confirmed, reason }, on)?.code ?? null).toBe(code);
  });

  it('a refused birth cites Art. 12 in words', () => {
    const f = checkConfirmation({ ground: 'birth', confirmed: false, reason: 'x' }, on)!;
    expect(findingWithCitation(f, 'zh-CN')).toBe(
      '因成员生育而增加的人员，农村集体经济组织应当确认为成员，不能不予确认（《中华人民共和国农村集体经济组织法》第十二条）',
    );
  });
});

describe('NJJ-17-18-LOSS: lost only for Art. 17’s reasons', () => {
  it.each(LOSS_GROUNDS.filter((g) => g !== 'other'))('%s ends membership', (ground) => {
    expect(checkRemoval({ ground, reason: '' }, CHARTER_OTHER, on)).toBeNull();
  });

  it.each(ART18_GROUNDS)('%s is refused citing Art. 18', (ground) => {
    const f = checkRemoval({ ground, reason: '' }, CHARTER_OTHER, on)!;
    expect([f.ruleId, f.code, f.severity]).toEqual([
      'NJJ-18-NOT-LOST',
      'collective_loss_art18',
      'violation',
    ]);
  });

  it('a removal for divorce reads the article in words, no rule id', () => {
    const f = checkRemoval({ ground: 'divorce', reason: '' }, CHARTER_OTHER, on)!;
    expect(findingWithCitation(f, 'zh-CN')).toBe(
      '农村集体经济组织成员不因离婚而丧失成员身份，不能以此取消其成员身份（《中华人民共和国农村集体经济组织法》第十八条）',
    );
  });

  it('marrying out ends membership only with membership elsewhere (then it is Art. 17(三))', () => {
    expect(checkRemoval({ ground: 'marriedOut', reason: '' }, [], on)?.code).toBe(
      'collective_loss_art18',
    );
    expect(
      checkRemoval({ ground: 'marriedOut', reason: '', memberElsewhere: true }, [], on),
    ).toBeNull();
  });

  it('a contracted civil servant keeps membership', () => {
    expect(
      checkRemoval({ ground: 'civilServant', reason: '', contracted: true }, [], on)?.code,
    ).toBe('collective_loss_contracted');
  });

  it.each([
    ['自愿放弃土地承包经营权并书面声明退出', null],
    ['长期外出务工不履行义务', 'collective_loss_other_art18'],
    ['考入大学户口迁出', 'collective_loss_other_art18'],
    ['女儿出嫁', 'collective_loss_other_art18'],
    ['长期不参加集体活动', 'collective_loss_other_unlisted'],
  ] as const)('“other” typed as “%s” → %s', (reason, code) => {
    expect(checkRemoval({ ground: 'other', reason }, CHARTER_OTHER, on)?.code ?? null).toBe(code);
  });
});

describe('NJJ-16-EXIT: written application and consent, never a partition', () => {
  it.each([
    [true, true, false, null],
    [false, true, false, 'collective_exit_unwritten'],
    [true, false, false, 'collective_exit_unconsented'],
    [true, true, true, 'collective_exit_partition'],
  ] as const)('written=%s consent=%s partition=%s → %s', (w, c, p, code) => {
    const f = checkExit({ writtenApplication: w, consented: c, demandsPartition: p }, on);
    expect(f?.code ?? null).toBe(code);
  });
});

describe('NJJ-15-NONMEMBER: ≥ 3/4 of ALL members', () => {
  it.each([
    [400, 299, false],
    [400, 300, true],
    [400, 301, true],
    [401, 300, false],
    [401, 301, true],
    [401, 302, true],
  ])('%i members, %i yes → passes %s', (members, yes, passes) => {
    const f = checkNonMemberGrant(members, yes, on);
    expect(f === null).toBe(passes);
    if (f) expect(f.params).toMatchObject({ members, required: members === 400 ? 300 : 301 });
  });
});

describe('membership on a day is the last act by then', () => {
  const events = [
    { kind: 'confirm', on: d('2008-10-01') },
    { kind: 'lose', on: d('2020-03-01') },
    { kind: 'restore', on: d('2021-01-01') },
    { kind: 'refuse', on: d('2022-01-01') },
  ] as const;
  it.each([
    ['2008-09-30', false],
    ['2008-10-01', true],
    ['2020-02-29', true],
    ['2020-03-01', false],
    ['2021-01-01', true],
    ['2026-12-07', true],
  ])('%s → %s', (day, member) => {
    expect(isMemberOn(events, d(day))).toBe(member);
  });
});
