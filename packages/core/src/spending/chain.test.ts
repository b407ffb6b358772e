import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../calendarDate.ts';
import type { VillageRole } from '../policies/actor.ts';
import { NATIONAL_PROFILE, profileParams, resolveProfile } from '../rules/profile.ts';
import {
  APPROVAL_STEPS,
  checkPayment,
  checkSignature,
  nextApprovalStep,
  type ApprovalStep,
  type SignedStep,
} from './chain.ts';

const params = profileParams(NATIONAL_PROFILE, '2025-10-28');
const D = (d: string) => calendarDate(d);
const sig = (step: ApprovalStep, personId: string | null, on = '2026-11-02'): SignedStep => ({
  step,
  personId,
  accountId: `acc-${personId ?? step}`,
  on: D(on),
});
const roles = (...r: VillageRole[]) => new Set(r);
const handled = [sig('handled', 'p-handler')];

function sign(
  signed: SignedStep[],
  step: ApprovalStep,
  who: { personId: string | null; roles: ReadonlySet<VillageRole> },
  on: CalendarDate = D('2026-11-03'),
) {
  return checkSignature(
    signed,
    { step, on, roles: who.roles, personId: who.personId, accountId: `acc-${who.personId}` },
    params,
  ).map((f) => f.code);
}

describe('RVMC-VOUCHER: the approval chain, step by step, each by its seat', () => {
  it('runs 经办 → 审核 → 主任 → 监委会审核 → town accountant', () => {
    expect(nextApprovalStep([], params)).toBe('handled');
    const done: SignedStep[] = [];
    for (const step of APPROVAL_STEPS) {
      expect(nextApprovalStep(done, params)).toBe(step);
      done.push(sig(step, step));
    }
    expect(nextApprovalStep(done, params)).toBeNull();
  });

  it.each([
    ['checked', roles('committeeMember'), []],
    ['checked', roles('committeeChair'), []],
    ['checked', roles('partySecretary'), ['spending_seat']],
    ['checked', roles('supervisionMember'), ['spending_seat']],
  ] as const)('RVMC-VOUCHER %s by %j → %j', (step, r, codes) => {
    expect(sign(handled, step, { personId: 'p-other', roles: r })).toEqual(codes);
  });

  it('refuses the handler checking their own request', () => {
    expect(
      sign(handled, 'checked', { personId: 'p-handler', roles: roles('committeeMember') }),
    ).toEqual(['spending_own_request']);
  });

  it('refuses a step out of order, twice, or dated before the previous one', () => {
    expect(
      sign(handled, 'chairApproved', { personId: 'c', roles: roles('committeeChair') }),
    ).toEqual(['step_out_of_order']);
    const checked = [...handled, sig('checked', 'p-2')];
    expect(sign(checked, 'checked', { personId: 'p-3', roles: roles('committeeMember') })).toEqual([
      'step_done',
    ]);
    expect(
      sign(
        checked,
        'chairApproved',
        { personId: 'c', roles: roles('committeeChair') },
        D('2026-11-01'),
      ),
    ).toEqual(['step_date_order']);
  });

  it('has each later step signed only by its seat', () => {
    const upToChair = [...handled, sig('checked', 'p-2')];
    expect(
      sign(upToChair, 'chairApproved', { personId: 'm', roles: roles('committeeMember') }),
    ).toEqual(['spending_seat']);
    const upToSupervision = [...upToChair, sig('chairApproved', 'chair')];
    expect(
      sign(upToSupervision, 'supervisionReviewed', {
        personId: 'chair',
        roles: roles('committeeChair'),
      }),
    ).toEqual(['spending_seat']);
    expect(
      sign(upToSupervision, 'supervisionReviewed', {
        personId: 's',
        roles: roles('supervisionMember'),
      }),
    ).toEqual([]);
    const upToTown = [...upToSupervision, sig('supervisionReviewed', 's')];
    expect(
      sign(upToTown, 'townAccountantChecked', { personId: 's', roles: roles('supervisionChair') }),
    ).toEqual(['spending_seat']);
    expect(
      sign(upToTown, 'townAccountantChecked', { personId: null, roles: roles('townOfficial') }),
    ).toEqual([]);
  });

  it('pays only when every step holds and no hold is in force', () => {
    const on = D('2026-11-10');
    const all = APPROVAL_STEPS.map((s) => sig(s, s));
    expect(checkPayment(all.slice(0, -1), [], on, params)?.code).toBe('payment_not_approved');
    expect(checkPayment(all, [], on, params)).toBeNull();
    const held = checkPayment(all, [{ decidedOn: D('2026-11-09') }], on, params)!;
    expect(held).toMatchObject({ code: 'payment_on_hold', ruleId: 'SEED002-SUPERVISION' });
  });

  // the last signature on 11-02 (sig's default) and a release on 11-09
  it.each([
    ['2026-11-01', 'payment_before_signed'],
    ['2026-11-02', null],
    ['2026-11-03', null],
  ])('paid on %s after the last signature of 2026-11-02: %s', (day, expected) => {
    const all = APPROVAL_STEPS.map((s) => sig(s, s));
    expect(checkPayment(all, [], D(day), params)?.code ?? null).toBe(expected);
  });

  it.each([
    ['2026-11-08', 'payment_before_release'],
    ['2026-11-09', null],
    ['2026-11-10', null],
  ])('paid on %s after a release on 2026-11-09: %s', (day, expected) => {
    const all = APPROVAL_STEPS.map((s) => sig(s, s));
    expect(checkPayment(all, [], D(day), params, D('2026-11-09'))?.code ?? null).toBe(expected);
  });

  it('leaves out the supervision review only where the profile says so', () => {
    const { profile } = resolveProfile(
      NATIONAL_PROFILE,
      [{ ruleId: 'RVMC-VOUCHER', params: { supervisionReview: false }, adoptedOn: '2026-01-10' }],
      D('2026-11-21'),
    );
    const done = ['handled', 'checked', 'chairApproved'].map((s) => sig(s as ApprovalStep, s));
    expect(nextApprovalStep(done, profile.params)).toBe('townAccountantChecked');
    expect(nextApprovalStep(done, params)).toBe('supervisionReviewed');
  });
});
