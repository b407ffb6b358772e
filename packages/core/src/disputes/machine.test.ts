import { describe, expect, it } from 'vitest';
import { DomainError, errorMessage } from '../errors.ts';
import { DISPUTE_ACTIONS, DISPUTE_MACHINE, DISPUTE_ROLES, DISPUTE_STATES } from './machine.ts';

/**
 * The whole table, written out: for every state, the actions a mediator and the town may take.
 * Every other state × action × role is refused.
 */
const ALLOWED: Record<string, { mediator: string[]; townOfficial: string[] }> = {
  received: { mediator: ['recordConsent', 'refuse', 'accept'], townOfficial: [] },
  notMediated: { mediator: [], townOfficial: [] },
  mediating: {
    mediator: ['assignMediators', 'keepRecord', 'reachWritten', 'reachOral', 'terminate'],
    townOfficial: [],
  },
  agreed: { mediator: ['sign', 'takeEffect', 'terminate'], townOfficial: [] },
  performing: { mediator: ['applyConfirmation', 'recordCourt', 'close'], townOfficial: [] },
  terminated: { mediator: ['referToTown', 'goToCourt', 'close'], townOfficial: [] },
  atTown: { mediator: ['goToCourt'], townOfficial: ['townAnswer', 'townReturn'] },
  inCourt: { mediator: ['recordJudgment'], townOfficial: [] },
  closed: { mediator: [], townOfficial: [] },
};

describe('the dispute machine over every state × action × role', () => {
  for (const state of DISPUTE_STATES)
    for (const role of DISPUTE_ROLES)
      for (const action of DISPUTE_ACTIONS) {
        const allowed = ALLOWED[state]![role].includes(action);
        it(`${state} × ${action} × ${role} → ${allowed ? 'allowed' : 'refused'}`, () => {
          if (allowed)
            expect(DISPUTE_STATES).toContain(DISPUTE_MACHINE.step(state, action, [role]));
          else expect(() => DISPUTE_MACHINE.step(state, action, [role])).toThrow(DomainError);
          expect(DISPUTE_MACHINE.actionsFor(state, [role]).includes(action)).toBe(allowed);
        });
      }

  it('a refusal names the state and the step in Chinese', () => {
    try {
      DISPUTE_MACHINE.step('closed', 'accept', ['mediator']);
      expect.unreachable();
    } catch (e) {
      const err = e as DomainError;
      expect(errorMessage(err.id, 'zh-CN', err.params)).toBe('该事项当前为“已结案”，不能受理');
    }
  });

  it('names who may take a step another role asked for', () => {
    try {
      DISPUTE_MACHINE.step('atTown', 'townAnswer', ['mediator']);
      expect.unreachable();
    } catch (e) {
      const err = e as DomainError;
      expect(errorMessage(err.id, 'zh-CN', err.params)).toBe('只有乡镇工作人员可以答复调处结果');
    }
  });

  it('leads where the procedure says', () => {
    const m = DISPUTE_MACHINE;
    expect(m.step('received', 'accept', ['mediator'])).toBe('mediating');
    expect(m.step('received', 'refuse', ['mediator'])).toBe('notMediated');
    expect(m.step('mediating', 'reachOral', ['mediator'])).toBe('performing');
    expect(m.step('agreed', 'takeEffect', ['mediator'])).toBe('performing');
    expect(m.step('terminated', 'referToTown', ['mediator'])).toBe('atTown');
    expect(m.step('atTown', 'townReturn', ['townOfficial'])).toBe('terminated');
    expect(m.step('inCourt', 'recordJudgment', ['mediator'])).toBe('closed');
  });
});
