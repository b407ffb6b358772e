import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { referralMachine, REFERRAL_STATUSES, REFERRAL_STEPS } from './referrals.ts';

// state × step × side → the next state, or null when refused. Everything not listed is refused.
const ALLOWED: Record<string, string> = {
  'filed accept town': 'accepted',
  'accepted askMaterials town': 'awaitingMaterials',
  'handling askMaterials town': 'awaitingMaterials',
  'awaitingMaterials materialsIn town': 'handling',
  'awaitingMaterials materialsIn village': 'handling',
  'accepted handle town': 'handling',
  'accepted answer town': 'answered',
  'handling answer town': 'answered',
  'answered answer town': 'answered',
  'answered close town': 'closed',
  'filed transfer town': 'filed',
  'accepted transfer town': 'filed',
  'filed return town': 'returned',
  'accepted return town': 'returned',
  'returned refile village': 'filed',
};

describe('the steps of a referral at the town, every state × step × side', () => {
  const cases = REFERRAL_STATUSES.flatMap((s) =>
    REFERRAL_STEPS.flatMap((a) => (['town', 'village'] as const).map((r) => [s, a, r] as const)),
  );
  it.each(cases)('%s --%s by %s', (state, step, side) => {
    const to = ALLOWED[`${state} ${step} ${side}`];
    if (to) expect(referralMachine.step(state, step, [side])).toBe(to);
    else expect(() => referralMachine.step(state, step, [side])).toThrow(DomainError);
    expect(referralMachine.actionsFor(state, [side]).includes(step)).toBe(Boolean(to));
  });

  it('a village cannot answer, and is told who may', () => {
    try {
      referralMachine.step('handling', 'answer', ['village']);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).id).toBe('case_role_refused');
    }
  });
});
