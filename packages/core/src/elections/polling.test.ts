import { describe, expect, it } from 'vitest';
import { findingMessage, findingWithCitation } from '../rules/findings.ts';
import {
  checkPollingNotice,
  electionProxyFindings,
  mobileBoxFindings,
  proxyCountsAtPolling,
  secretBoothFindings,
  tellerFindings,
  type ElectionProxy,
} from './polling.ts';
import { d, otherProvince, paramsOf, zj } from './testing.ts';
import { NATIONAL_PROFILE } from '../rules/profile.ts';

const ON = d('2026-03-15');
const P = zj('2026-03-15');

describe('ZJ-22-TELLER-RECUSAL: candidates and their spouses, parents, children, siblings', () => {
  const candidates = [{ personId: 'c1', name: '候选人甲' }];
  const relation = (t: string, c: string) =>
    c === 'c1'
      ? (({ t1: 'spouse', t2: 'sibling', t3: 'grandparent' } as Record<string, string>)[t] ?? null)
      : null;
  it('a candidate, a spouse and a sibling may not; a grandparent may', () => {
    const f = tellerFindings(
      ON,
      [
        { personId: 'c1', name: '候选人甲', role: 'caller' },
        { personId: 't1', name: '配偶', role: 'counter' },
        { personId: 't2', name: '弟弟', role: 'scrutineer' },
        { personId: 't3', name: '祖父', role: 'counter' },
      ],
      candidates,
      relation,
    );
    expect(f.map((x) => x.code)).toEqual([
      'teller_candidate',
      'teller_relative',
      'teller_relative',
    ]);
    expect(findingMessage(f[2]!, 'zh-CN')).toBe(
      '弟弟 是候选人 候选人甲 的兄弟姐妹，不得担任监票人',
    );
    expect(findingMessage(f[2]!, 'en')).toBe(
      '弟弟 is the sibling of candidate 候选人甲 and may not serve as scrutineer',
    );
  });

  it.each([
    ['2026-03-14', true],
    ['2026-03-15', true],
    ['2026-03-16', false],
  ])('the polling notice on %s for 2026-03-20 → in time %s', (on, ok) => {
    expect(checkPollingNotice(d(on), d('2026-03-20'), P).length === 0).toBe(ok);
  });
});

describe('ZJ-24-MOBILE-BOX and VCOL-15-SECRET', () => {
  it.each([
    [2, ['mobile_box_scrutineers']],
    [3, []],
    [4, []],
  ])('%i scrutineers → %j', (n, codes) => {
    const f = mobileBoxFindings(
      ON,
      { townshipApproved: true, listsPublished: true, scrutineers: n },
      P,
    );
    expect(f.map((x) => x.code)).toEqual(codes);
  });

  it('needs township approval and published lists', () => {
    const f = mobileBoxFindings(
      ON,
      { townshipApproved: false, listsPublished: false, scrutineers: 3 },
      P,
    );
    expect(f.map((x) => x.code)).toEqual(['mobile_box_unapproved', 'mobile_box_unpublished']);
  });

  it('no secret booth, no polling: cited by the article of the day', () => {
    expect(secretBoothFindings(ON, true)).toEqual([]);
    expect(findingWithCitation(secretBoothFindings(d('2025-12-20'), false)[0]!, 'zh-CN')).toContain(
      '第十五条第三款',
    );
    expect(findingWithCitation(secretBoothFindings(ON, false)[0]!, 'zh-CN')).toContain(
      '第十八条第三款',
    );
  });
});

describe('VCOL-15-PROXY at elections', () => {
  const proxy = (over: Partial<ElectionProxy> = {}): ElectionProxy => ({
    lodgedOn: d('2026-03-16'),
    pollingOn: d('2026-03-20'),
    written: true,
    holderName: '受托人',
    holderOnRoll: true,
    holderIsNearRelative: true,
    holderIsCandidate: false,
    holderIsPrincipal: false,
    holderPrincipals: 0,
    ...over,
  });

  it.each([
    [1, true],
    [2, true],
    [3, false],
  ])('Zhejiang (three each): the holder already holds %i → accepted %s', (held, ok) => {
    expect(electionProxyFindings(proxy({ holderPrincipals: held }), P).length === 0).toBe(ok);
  });

  it.each([
    [0, true],
    [1, true],
    [2, false],
  ])('a province of two: holding %i → accepted %s', (held, ok) => {
    const p = paramsOf(otherProvince(7), '2026-03-15');
    expect(electionProxyFindings(proxy({ holderPrincipals: held }), p).length === 0).toBe(ok);
  });

  it.each([
    ['2026-03-16', true],
    ['2026-03-17', true],
    ['2026-03-18', false],
  ])('Zhejiang: lodged %s for 2026-03-20 → in time %s', (on, ok) => {
    expect(electionProxyFindings(proxy({ lodgedOn: d(on) }), P).length === 0).toBe(ok);
  });

  it('another villager: the 2018 text no, the 2025 text yes, Zhejiang no', () => {
    const other = { holderIsNearRelative: false };
    const n2025 = paramsOf(NATIONAL_PROFILE, '2025-12-01');
    const n2026 = paramsOf(NATIONAL_PROFILE, '2026-03-15');
    expect(
      electionProxyFindings(
        proxy({ ...other, lodgedOn: d('2025-12-01'), pollingOn: d('2025-12-10') }),
        n2025,
      ).map((f) => f.code),
    ).toEqual(['election_proxy_relative']);
    expect(electionProxyFindings(proxy(other), n2026)).toEqual([]);
    expect(electionProxyFindings(proxy(other), P).map((f) => [f.ruleId, f.code])).toEqual([
      ['ZJ-25-PROXY', 'election_proxy_relative'],
    ]);
  });

  it('a candidate may not hold one from 2026 (nationally), a holder may not pass it on, it is written', () => {
    const n2025 = paramsOf(NATIONAL_PROFILE, '2025-12-01');
    const n2026 = paramsOf(NATIONAL_PROFILE, '2026-03-15');
    expect(
      electionProxyFindings(
        proxy({ holderIsCandidate: true, lodgedOn: d('2025-12-01'), pollingOn: d('2025-12-10') }),
        n2025,
      ),
    ).toEqual([]);
    expect(
      electionProxyFindings(proxy({ holderIsCandidate: true }), n2026).map((f) => f.code),
    ).toEqual(['proxy_holder_candidate']);
    expect(
      electionProxyFindings(
        proxy({ holderIsPrincipal: true, written: false, holderOnRoll: false }),
        P,
      ).map((f) => f.code),
    ).toEqual(['proxy_not_written', 'voter_not_registered', 'proxy_holder_principal']);
  });

  it('void at polling unless approved and published', () => {
    expect(proxyCountsAtPolling(ON, { approved: true, published: true })).toEqual([]);
    expect(proxyCountsAtPolling(ON, { approved: true, published: false })[0]?.code).toBe(
      'proxy_unapproved',
    );
  });
});
