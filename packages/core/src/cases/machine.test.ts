import { describe, expect, it } from 'vitest';
import { DomainError, errorMessage } from '../errors.ts';
import { defineMachine } from './machine.ts';

// A toy procedure named with nouns the catalog already has, so messages can be checked.
const machine = defineMachine({
  states: ['filed', 'accepted', 'closed'],
  actions: ['accept', 'close'],
  roles: ['clerk', 'town'],
  transitions: [
    { from: ['filed'], action: 'accept', to: 'accepted', by: ['clerk'] },
    { from: ['accepted'], action: 'close', to: 'closed', by: ['clerk', 'town'] },
  ],
  noun: (kind, value) =>
    (
      (
        ({
          state: { filed: 'complaint', accepted: 'townReferral', closed: 'complaint' },
          action: { accept: 'complaint', close: 'townReferral' },
          role: { clerk: 'complaint', town: 'townReferral' },
        }) as const
      )[kind] as Record<string, 'complaint' | 'townReferral'>
    )[value]!,
});

function refusal(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
  }
  throw new Error('no refusal');
}

describe('defineMachine', () => {
  it('answers the next state for a role the step allows', () => {
    expect(machine.step('filed', 'accept', ['clerk'])).toBe('accepted');
    expect(machine.step('accepted', 'close', ['town'])).toBe('closed');
  });

  it('refuses a step the procedure does not have from this state, naming state and step', () => {
    const e = refusal(() => machine.step('closed', 'accept', ['clerk']));
    expect(e.id).toBe('case_step_refused');
    expect(errorMessage(e.id, 'zh-CN', e.params)).toBe('该事项当前为“投诉”，不能投诉');
  });

  it('refuses a role the step does not allow, naming who may', () => {
    const e = refusal(() => machine.step('filed', 'accept', ['town']));
    expect(e.id).toBe('case_role_refused');
    expect(errorMessage(e.id, 'en', e.params)).toBe('Only complaint may do “complaint”');
  });

  it('lists the actions a role may take, and agrees with step on every state × action × role', () => {
    expect(machine.actionsFor('accepted', ['clerk'])).toEqual(['close']);
    expect(machine.actionsFor('filed', ['town'])).toEqual([]);
    for (const s of machine.states)
      for (const a of machine.actions)
        for (const r of machine.roles) {
          const offered = machine.actionsFor(s, [r]).includes(a);
          if (offered) expect(machine.states).toContain(machine.step(s, a, [r]));
          else expect(() => machine.step(s, a, [r])).toThrow(DomainError);
        }
  });
});
