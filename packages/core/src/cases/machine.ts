import { DomainError, type Noun } from '../errors.ts';

/**
 * A case's procedure as a table: from which states an action may be taken, by which roles, and
 * the state it leads to. Services, 民情, mediation and petitions each declare one; the server asks
 * it before every step and the UI asks it which buttons to show, so the two cannot disagree.
 */
export interface Transition<S extends string, A extends string, R extends string> {
  from: readonly S[];
  action: A;
  to: S;
  by: readonly R[];
}

export interface Machine<S extends string, A extends string, R extends string> {
  states: readonly S[];
  actions: readonly A[];
  roles: readonly R[];
  transitions: readonly Transition<S, A, R>[];
  /**
   * The state `action` leads to from `state` for someone holding `roles`; throws
   * case_step_refused when the procedure has no such step, case_role_refused when it has but
   * not for these roles (naming who may).
   */
  step(state: S, action: A, roles: Iterable<R>): S;
  /** The actions someone holding `roles` may take from `state`, in the table's order. */
  actionsFor(state: S, roles: Iterable<R>): A[];
}

/**
 * `noun(kind, value)` gives the catalog noun naming a state, action or role
 * (e.g. `serviceState.accepted`), declared in the capability's errors.ts.
 */
export function defineMachine<S extends string, A extends string, R extends string>(spec: {
  states: readonly S[];
  actions: readonly A[];
  roles: readonly R[];
  transitions: readonly Transition<S, A, R>[];
  noun: (kind: 'state' | 'action' | 'role', value: string) => Noun;
}): Machine<S, A, R> {
  const { transitions, noun } = spec;
  const fromState = (state: S, action: A) =>
    transitions.filter((t) => t.action === action && t.from.includes(state));
  return {
    states: spec.states,
    actions: spec.actions,
    roles: spec.roles,
    transitions,
    step(state, action, roles) {
      const held = new Set(roles);
      const candidates = fromState(state, action);
      if (candidates.length === 0)
        throw new DomainError('case_step_refused', {
          state: noun('state', state),
          action: noun('action', action),
        });
      const allowed = candidates.find((t) => t.by.some((r) => held.has(r)));
      if (!allowed) {
        const who = [...new Set(candidates.flatMap((t) => t.by))];
        throw new DomainError('case_role_refused', {
          roles: who.map((r) => noun('role', r)).join(','),
          action: noun('action', action),
        });
      }
      return allowed.to;
    },
    actionsFor(state, roles) {
      const held = new Set(roles);
      return spec.actions.filter((a) =>
        fromState(state, a).some((t) => t.by.some((r) => held.has(r))),
      );
    },
  };
}
