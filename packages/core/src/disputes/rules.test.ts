import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { checkComposition, hasCompositionRules, type SeatHolder } from '../rules/composition.ts';
import { findingMessage, findingWithCitation } from '../rules/findings.ts';
import { NATIONAL_PARAMS } from '../rules/profile.ts';
import {
  agreementEffect,
  checkConfirmationApplication,
  checkMediationCommittee,
  checkMediators,
  confirmationLastDay,
  consentState,
  courtExpectedDates,
} from './rules.ts';

const d = calendarDate;
const params = NATIONAL_PARAMS['2025-10-28'];
const on = d('2026-12-01');

function committee(size: number, women = 1, chairs = 1): SeatHolder[] {
  return Array.from({ length: size }, (_, i) => ({
    personId: `p${i}`,
    name: `委员${i}`,
    gender: i < women ? 'female' : 'male',
    role: i < chairs ? 'chair' : 'member',
    qualifications: [],
  }));
}
const codes = (members: SeatHolder[]) =>
  checkMediationCommittee({ on, members }, params['RMTJ-08-SIZE']).map((f) => f.code);

describe('RMTJ-08-SIZE: three to nine members, one chair, a woman', () => {
  it.each([
    [2, ['mediation_size']],
    [3, []],
    [4, []],
    [8, []],
    [9, []],
    [10, ['mediation_size']],
  ] as const)('%i members → %j', (size, expected) => {
    expect(codes(committee(size))).toEqual(expected);
  });

  it.each([
    [0, ['mediation_women']],
    [1, []],
    [2, []],
  ] as const)('%i women → %j', (women, expected) => {
    expect(codes(committee(5, women))).toEqual(expected);
  });

  it.each([
    [0, ['mediation_chair']],
    [1, []],
    [2, ['mediation_chair']],
  ] as const)('%i chairs → %j', (chairs, expected) => {
    expect(codes(committee(5, 1, chairs))).toEqual(expected);
  });

  it("is the mediation committee's composition check on the body page", () => {
    expect(hasCompositionRules('mediationCommittee')).toBe(true);
    const facts = {
      on,
      kind: 'mediationCommittee' as const,
      members: committee(2, 0),
      committeeMembers: [],
      partyCommitteeMembers: [],
      committeeKin: [],
      closeRelativeOnCommittee: new Map<string, string>(),
      partySecretaryId: null,
      termEndsOn: null,
      committeeTermEndsOn: null,
      households: 0,
    };
    expect(checkComposition(facts, params).map((f) => f.code)).toEqual([
      'mediation_size',
      'mediation_women',
    ]);
  });

  it('says what the law asks, citing the article in words', () => {
    const [f] = checkMediationCommittee({ on, members: committee(10) }, params['RMTJ-08-SIZE']);
    expect(findingWithCitation(f!, 'zh-CN')).toBe(
      '人民调解委员会由委员 3 至 9 人组成，现有 10 人（《人民调解法》第八条）',
    );
  });
});

describe('RMTJ-17-CONSENT: one refusal ends it; all agree before 受理', () => {
  it.each([
    [['agreed', 'agreed'], 'ready'],
    [['agreed', 'pending'], 'waiting'],
    [['pending', 'pending'], 'waiting'],
    [['agreed', 'refused'], 'refused'],
    [['refused', 'pending'], 'refused'],
    [['agreed', 'agreed', 'refused'], 'refused'],
    [['agreed'], 'waiting'],
  ] as const)('%j → %s', (answers, kind) => {
    const parties = answers.map((consent, i) => ({ name: `当事人${i}`, consent }));
    expect(consentState(parties).kind).toBe(kind);
  });
});

describe('RMTJ-15-IMPARTIAL: a party’s close relative does not mediate', () => {
  const parties = [
    { name: '张建国', closeRelativeIds: ['m1'] },
    { name: '李秀英', closeRelativeIds: [] },
  ];
  it('refuses the relative, names both', () => {
    const f = checkMediators(on, [{ personId: 'm1', name: '张明' }], parties);
    expect(f.map((x) => findingMessage(x, 'zh-CN'))).toEqual([
      '调解员张明是当事人张建国的近亲属，不能调解本纠纷',
    ]);
  });
  it('accepts a mediator related to neither party', () => {
    expect(checkMediators(on, [{ personId: 'm2', name: '王芳' }], parties)).toEqual([]);
  });
});

describe('RMTJ-29-EFFECT: a written agreement is effective when the last mark is made', () => {
  const base = {
    form: 'written' as const,
    parties: [
      { name: '张建国', signedOn: d('2026-11-02') },
      { name: '李秀英', signedOn: d('2026-11-03') },
    ],
    mediatorSignedOn: d('2026-11-03'),
    sealedOn: d('2026-11-04'),
  };
  it('all marks: effective on the day of the last', () => {
    expect(agreementEffect(base)).toEqual({ effective: true, on: '2026-11-04' });
  });
  it.each([
    [
      'a party has not signed',
      { parties: [base.parties[0]!, { name: '李秀英', signedOn: null }] },
      '当事人李秀英签名（盖章、按指印）',
    ],
    ['the mediator has not signed', { mediatorSignedOn: null }, '调解员签名'],
    ['no seal', { sealedOn: null }, '人民调解委员会印章'],
  ] as const)('%s: not effective, says what is missing', (_, patch, missing) => {
    const e = agreementEffect({ ...base, ...patch });
    expect(e).toMatchObject({ effective: false, missing: [missing] });
  });
  it('an oral agreement is effective the day it is reached', () => {
    expect(agreementEffect({ form: 'oral', reachedOn: d('2026-11-02') })).toEqual({
      effective: true,
      on: '2026-11-02',
    });
  });
});

describe('RMTJ-33-CONFIRM: jointly, within 30 days of effect', () => {
  const p = params['RMTJ-33-CONFIRM'];
  const parties = [
    { id: 'a', name: '张建国' },
    { id: 'b', name: '李秀英' },
  ];
  // effective Wed 2026-11-04; +30 = Fri 2026-12-04, a working day
  const effectiveOn = d('2026-11-04');
  const apply = (
    filedOn: string,
    applicantIds = ['a', 'b'],
    form: 'oral' | 'written' = 'written',
  ) =>
    checkConfirmationApplication(
      { filedOn: d(filedOn), form, effectiveOn, parties, applicantIds },
      p,
    );

  it('the last day is the 30th day after the day of effect', () => {
    expect(confirmationLastDay(effectiveOn, p)).toBe('2026-12-04');
  });
  it('a last day on a weekend moves to Monday (Civil Code Arts. 201, 203)', () => {
    // 2026-11-05 + 30 = 2026-12-05 (Sat) → Monday 2026-12-07
    expect(confirmationLastDay(d('2026-11-05'), p)).toBe('2026-12-07');
  });
  it.each([
    ['2026-12-03', []],
    ['2026-12-04', []],
    ['2026-12-05', ['confirmation_late']],
  ] as const)('jointly on %s → %j', (filedOn, expected) => {
    expect(apply(filedOn).map((f) => f.code)).toEqual(expected);
  });
  it('one party alone is refused, naming who did not join', () => {
    const [f] = apply('2026-12-04', ['a']);
    expect(findingMessage(f!, 'zh-CN')).toBe('司法确认须由双方当事人共同申请，李秀英未参加申请');
  });
  it('the day after the last day is refused in the words of Art. 33', () => {
    const [f] = apply('2026-12-05');
    expect(findingWithCitation(f!, 'zh-CN')).toBe(
      '调解协议生效已逾30日，不能申请司法确认（《人民调解法》第三十三条）',
    );
  });
  it('an oral agreement goes to a written one first', () => {
    expect(apply('2026-11-10', ['a', 'b'], 'oral').map((f) => f.code)).toEqual([
      'confirmation_oral',
    ]);
  });

  it("the court's expected days: 3 to accept, 15 to decide, 10 more when extended", () => {
    // applied Fri 2026-12-04 + 3 = Mon 12-07
    expect(
      courtExpectedDates({ appliedOn: d('2026-12-04'), acceptedOn: null, extended: false }, p),
    ).toEqual({ acceptBy: '2026-12-07', decideBy: null });
    // accepted Mon 12-07 + 15 = Tue 12-22
    expect(
      courtExpectedDates(
        { appliedOn: d('2026-12-04'), acceptedOn: d('2026-12-07'), extended: false },
        p,
      ).decideBy,
    ).toBe('2026-12-22');
    // accepted Mon 11-02 + 15 + 10 = Fri 11-27
    expect(
      courtExpectedDates(
        { appliedOn: d('2026-10-30'), acceptedOn: d('2026-11-02'), extended: true },
        p,
      ).decideBy,
    ).toBe('2026-11-27');
  });
});
