import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import type { Fen } from '../money.ts';
import { findingWithCitation } from '../rules/findings.ts';
import { NATIONAL_PROFILE, profileParams, resolveProfile } from '../rules/profile.ts';
import {
  checkSpendingAuthority,
  requiredAuthority,
  type SpendingAuthority,
  type SpendingBasis,
} from './tiers.ts';

const ON = calendarDate('2026-11-21');
const params = profileParams(NATIONAL_PROFILE, '2025-10-28');
const fen = (n: number) => BigInt(n) as Fen;
const tier: SpendingBasis = { kind: 'tier' };
const resolutionOf = (
  meetingKind: 'representativesMeeting' | 'twoCommitteesJointMeeting' | 'partyMembersMeeting',
  approved: number | null = null,
  used = 0,
): SpendingBasis => ({
  kind: 'resolution',
  meetingKind,
  numberText: '〔2026〕3号',
  approved: approved === null ? null : fen(approved),
  used: fen(used),
});

const bases: Record<string, SpendingBasis> = {
  tier,
  joint: resolutionOf('twoCommitteesJointMeeting'),
  reps: resolutionOf('representativesMeeting'),
  party: resolutionOf('partyMembersMeeting'),
  'reps 450000': resolutionOf('representativesMeeting', 45_000_000),
  'reps 450000 used 400000': resolutionOf('representativesMeeting', 45_000_000, 40_000_000),
};

describe('XWQL-TIER: the authority an amount needs (sample tiers ¥1,000 / ¥10,000)', () => {
  it.each([
    [0, 'oneSignature'],
    [99_999, 'oneSignature'],
    [100_000, 'oneSignature'],
    [100_001, 'twoCommittees'],
    [999_999, 'twoCommittees'],
    [1_000_000, 'twoCommittees'],
    [1_000_001, 'representativesResolution'],
    [1_200_000, 'representativesResolution'],
    [45_000_000, 'representativesResolution'],
  ] as const)('XWQL-TIER %i fen needs %s', (amount, expected: SpendingAuthority) => {
    expect(requiredAuthority(fen(amount), params)).toBe(expected);
  });

  it.each([
    // one signature: n−1, n, n+1 around ¥1,000
    [99_999, 'tier', null],
    [100_000, 'tier', null],
    [100_001, 'tier', 'spending_over_tier'],
    // the two committees: around ¥10,000
    [999_999, 'joint', null],
    [1_000_000, 'joint', null],
    [1_000_001, 'joint', 'spending_over_tier'],
    // a representatives' resolution covers any amount its matter approved
    [1_200_000, 'tier', 'spending_over_tier'],
    [1_200_000, 'reps', null],
    [1_200_000, 'party', 'spending_resolution_body'],
    // within what the resolution approved, less what was already requested: n−1, n, n+1
    [44_999_999, 'reps 450000', null],
    [45_000_000, 'reps 450000', null],
    [45_000_001, 'reps 450000', 'spending_over_resolution'],
    [4_999_999, 'reps 450000 used 400000', null],
    [5_000_000, 'reps 450000 used 400000', null],
    [5_000_001, 'reps 450000 used 400000', 'spending_over_resolution'],
  ] as const)('XWQL-TIER %i fen on %s → %s', (amount, label, code) => {
    const basis = bases[label];
    const f = checkSpendingAuthority(fen(amount), basis!, ON, params);
    expect(f?.code ?? null).toBe(code);
    if (f) expect(f.ruleId).toBe('XWQL-TIER');
  });

  it('refuses ¥12,000 on one signature with the rule in words', () => {
    const f = checkSpendingAuthority(fen(1_200_000), tier, ON, params)!;
    const zh = findingWithCitation(f, 'zh-CN');
    expect(zh).toContain('¥12,000.00');
    expect(zh).toContain('村民代表会议决议');
    expect(zh).toContain('小微权力清单');
    expect(findingWithCitation(f, 'en')).toContain('micro-powers');
  });

  it('takes the tier limits from the charter (a local rule: raised or lowered alike)', () => {
    const { profile } = resolveProfile(
      NATIONAL_PROFILE,
      [{ ruleId: 'XWQL-TIER', params: { oneSignatureUpToFen: 50_000 }, adoptedOn: '2026-01-10' }],
      ON,
    );
    expect(profile.params['XWQL-TIER'].oneSignatureUpToFen).toBe(50_000);
    expect(requiredAuthority(fen(50_000), profile.params)).toBe('oneSignature');
    expect(requiredAuthority(fen(50_001), profile.params)).toBe('twoCommittees');
  });
});
