import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { NATIONAL_PROFILE, profileParams, resolveProfile } from '../rules/profile.ts';
import { checkRelease } from './holds.ts';

const ON = calendarDate('2026-11-21');
const params = profileParams(NATIONAL_PROFILE, '2025-10-28');

describe('SEED002-SUPERVISION: releasing a hold on a payment', () => {
  it('releases only after the inspection, by resolution, or by vote where the profile allows', () => {
    expect(checkRelease({ inspectedOn: null }, { kind: 'resolution' }, ON, params)?.code).toBe(
      'hold_not_inspected',
    );
    const inspected = { inspectedOn: calendarDate('2026-11-20') };
    expect(checkRelease(inspected, { kind: 'resolution' }, ON, params)).toBeNull();
    const vote = { kind: 'committeeVote', count: { members: 7, present: 5, yes: 4 } } as const;
    expect(checkRelease(inspected, vote, ON, params)?.code).toBe('hold_release_needs_resolution');
    const { profile } = resolveProfile(
      NATIONAL_PROFILE,
      [
        {
          ruleId: 'SEED002-SUPERVISION',
          params: { releaseByCommitteeVote: true },
          adoptedOn: '2026-01-10',
        },
      ],
      ON,
    );
    expect(checkRelease(inspected, vote, ON, profile.params)).toBeNull();
    // a release motion being tabled: its count is not known yet, the inspection still comes first
    const tabled = { kind: 'committeeVote' } as const;
    expect(checkRelease(inspected, tabled, ON, profile.params)).toBeNull();
    expect(checkRelease({ inspectedOn: null }, tabled, ON, profile.params)?.code).toBe(
      'hold_not_inspected',
    );
    const short = { kind: 'committeeVote', count: { members: 7, present: 5, yes: 3 } } as const;
    expect(checkRelease(inspected, short, ON, profile.params)?.code).toBe(
      'supervision_not_carried',
    );
  });
});
