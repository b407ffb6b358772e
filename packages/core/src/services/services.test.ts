import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { DomainError, errorMessage } from '../errors.ts';
import { CHINA_HOLIDAYS as cal } from '../rules/holidays.ts';
import { NATIONAL_PROFILE, profileParams } from '../rules/profile.ts';
import { checkCatalogueItem, cleanMaterials, MAX_PROMISED_DAYS, wallBoard } from './catalogue.ts';
import {
  REQUEST_ACTIONS,
  REQUEST_ACTORS,
  REQUEST_MACHINE,
  REQUEST_STATES,
  requestDueOn,
  requestEscalation,
  type RequestAction,
  type RequestActor,
  type RequestState,
} from './requests.ts';

/** Written out by hand from issue 13 item 3: the test reads the procedure, not the table. */
const EXPECTED: Record<string, RequestState> = {
  'ordered accept stationStaff': 'accepted',
  'accepted askMaterials stationStaff': 'awaitingMaterials',
  'awaitingMaterials supplyMaterials stationStaff': 'accepted',
  'accepted process stationStaff': 'processing',
  'accepted handToTown stationStaff': 'agency',
  'processing handToTown stationStaff': 'agency',
  'agency townAnswer town': 'processing',
  'accepted complete stationStaff': 'completed',
  'processing complete stationStaff': 'completed',
  'completed rate villager': 'rated',
  'ordered refuse stationStaff': 'refused',
  'awaitingMaterials refuse stationStaff': 'refused',
  'ordered withdraw villager': 'withdrawn',
  'accepted withdraw villager': 'withdrawn',
  'awaitingMaterials withdraw villager': 'withdrawn',
  'processing withdraw villager': 'withdrawn',
};

describe('the request procedure, every state × action × role', () => {
  const cells: Array<[RequestState, RequestAction, RequestActor]> = [];
  for (const s of REQUEST_STATES)
    for (const a of REQUEST_ACTIONS) for (const r of REQUEST_ACTORS) cells.push([s, a, r]);

  it.each(cells)('%s × %s × %s', (state, action, role) => {
    const expected = EXPECTED[`${state} ${action} ${role}`];
    if (expected) {
      expect(REQUEST_MACHINE.step(state, action, [role])).toBe(expected);
      expect(REQUEST_MACHINE.actionsFor(state, [role])).toContain(action);
      return;
    }
    expect(() => REQUEST_MACHINE.step(state, action, [role])).toThrow(DomainError);
    expect(REQUEST_MACHINE.actionsFor(state, [role])).not.toContain(action);
  });

  it('says why in words: the state and the step, or who may', () => {
    try {
      REQUEST_MACHINE.step('agency', 'withdraw', ['villager']);
    } catch (e) {
      const err = e as DomainError;
      expect(errorMessage(err.id, 'zh-CN', err.params)).toBe('该事项当前为“代办中”，不能撤回');
    }
    try {
      REQUEST_MACHINE.step('ordered', 'accept', ['villager']);
    } catch (e) {
      const err = e as DomainError;
      expect(errorMessage(err.id, 'zh-CN', err.params)).toBe('只有服务站工作人员可以受理');
    }
  });
});

describe('the promised date', () => {
  it.each([
    // 即办: the day of acceptance
    ['2026-12-04', 0, 'working', '2026-12-04'],
    // Friday + 1 working day → Monday; + 5 → the Friday after
    ['2026-12-04', 1, 'working', '2026-12-07'],
    ['2026-12-04', 5, 'working', '2026-12-11'],
    // across 国庆 2026 (10-01 … 10-07 off, 10-10 Saturday worked)
    ['2026-09-30', 3, 'working', '2026-10-10'],
    // calendar: 15 days from 2026-09-16 is 10-01, a holiday → 10-08
    ['2026-09-16', 15, 'calendar', '2026-10-08'],
    ['2026-12-01', 10, 'calendar', '2026-12-11'],
  ] as const)('accepted %s, %i %s days → due %s', (on, days, unit, due) => {
    expect(requestDueOn(d(on), { days, unit }, cal)).toBe(due);
  });
});

describe('the escalation ladder from the profile (station head at due, +2, +5 working days)', () => {
  const ladder = profileParams(NATIONAL_PROFILE, '2025-10-28')['SEED002-SERVICE-LADDER'];
  const due = d('2026-12-03'); // Thursday
  it.each([
    // n−1, n, n+1 around each rung
    ['2026-12-02', false, null],
    ['2026-12-03', false, 'stationHead'],
    ['2026-12-04', true, 'stationHead'],
    // +2 working days: Monday 12-07 (the weekend does not count)
    ['2026-12-06', true, 'stationHead'],
    ['2026-12-07', true, 'departmentHead'],
    ['2026-12-08', true, 'departmentHead'],
    // +5 working days: Thursday 12-10
    ['2026-12-09', true, 'departmentHead'],
    ['2026-12-10', true, 'townSupervision'],
    ['2026-12-11', true, 'townSupervision'],
  ] as const)('on %s: overdue %s, level %s', (today, overdue, level) => {
    const e = requestEscalation({ state: 'processing', dueOn: due }, d(today), ladder, cal);
    expect({ overdue: e.overdue, level: e.level }).toEqual({ overdue, level });
  });

  it.each(['awaitingMaterials', 'completed', 'rated', 'refused', 'withdrawn', 'ordered'] as const)(
    'a request %s is never overdue',
    (state) => {
      expect(requestEscalation({ state, dueOn: due }, d('2026-12-31'), ladder, cal)).toEqual({
        overdue: false,
        daysOverdue: 0,
        level: null,
        nextOn: null,
      });
    },
  );

  it('a request with the town is', () => {
    expect(
      requestEscalation({ state: 'agency', dueOn: due }, d('2026-12-04'), ladder, cal).overdue,
    ).toBe(true);
  });
});

describe('the catalogue', () => {
  it.each([
    [-1, ['service_days_range']],
    [0, []],
    [1, []],
    [MAX_PROMISED_DAYS - 1, []],
    [MAX_PROMISED_DAYS, []],
    [MAX_PROMISED_DAYS + 1, ['service_days_range']],
    [1.5, ['service_days_range']],
  ])('%s promised days → %j', (days, errors) => {
    const problems = checkCatalogueItem({ materials: [], promised: { days, unit: 'working' } });
    expect(problems.map((p) => p.error)).toEqual(errors);
  });

  it.each([
    [29, []],
    [30, []],
    [31, ['service_materials_many']],
  ])('%i materials → %j', (n, errors) => {
    const materials = Array.from({ length: n }, (_, i) => `材料${i}`);
    const problems = checkCatalogueItem({ materials, promised: { days: 1, unit: 'working' } });
    expect(problems.map((p) => p.error)).toEqual(errors);
  });

  it('cleans materials as typed', () => {
    expect(cleanMaterials([' 身份证 ', '', '户口簿', '身份证'])).toEqual(['身份证', '户口簿']);
  });

  it('hangs the wall board by window number, active items only, windows without items too', () => {
    const w = (id: string, number: number, active = true) => ({
      id,
      number,
      name: id,
      townDepartmentId: null,
      active,
    });
    const i = (id: string, windowId: string, active = true) => ({
      id,
      windowId,
      name: id,
      materials: [],
      promised: { days: 1, unit: 'working' as const },
      fullAgency: false,
      active,
    });
    const board = wallBoard(
      [w('b', 2), w('a', 1), w('c', 3, false), w('d', 4)],
      [i('x', 'a'), i('y', 'b', false), i('z', 'c')],
    );
    expect(board.map((r) => [r.window.id, r.items.map((x) => x.id)])).toEqual([
      ['a', ['x']],
      ['b', []],
      ['d', []],
    ]);
  });
});
