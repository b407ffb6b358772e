import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { NATIONAL_PROFILE, profileParams } from '../rules/profile.ts';
import { checkCorrectionDue, checkInspectionAttendance, correctionState } from './inspections.ts';

const ON = calendarDate('2026-11-21');
const params = profileParams(NATIONAL_PROFILE, '2025-10-28');

describe('SEED002-SUPERVISION: 检查社区财务须半数以上委员到场', () => {
  it.each([
    // members, present → lawful
    [7, 3, false],
    [7, 4, true],
    [7, 5, true],
    [6, 2, false],
    [6, 3, true],
    [6, 4, true],
  ])('finance: %i members, %i present → %s', (members, present, ok) => {
    const f = checkInspectionAttendance('financePeriod', present, members, ON, params);
    expect(f === null).toBe(ok);
    if (!ok) expect(f?.code).toBe('supervision_no_quorum');
  });

  it('other inspections are done by the members assigned', () => {
    expect(checkInspectionAttendance('project', 1, 7, ON, params)).toBeNull();
  });
});

describe('责成办理: a correction and its deadline', () => {
  const due = calendarDate('2026-12-10');
  it.each([
    ['2026-12-09', 'ordered'],
    ['2026-12-10', 'ordered'],
    ['2026-12-11', 'overdue'],
  ])('on %s, not done → %s', (today, state) => {
    expect(
      correctionState({ dueOn: due, doneOn: null, verifiedOn: null }, calendarDate(today)),
    ).toBe(state);
  });

  it('done and verified are recorded, not derived', () => {
    const doneOn = calendarDate('2026-12-12');
    expect(correctionState({ dueOn: due, doneOn, verifiedOn: null }, doneOn)).toBe('done');
    expect(correctionState({ dueOn: due, doneOn, verifiedOn: doneOn }, doneOn)).toBe('verified');
  });

  it.each([
    ['2026-12-09', 'due_before_order'],
    ['2026-12-10', 'due_before_order'],
    ['2026-12-11', null],
  ])('ordered on 2026-12-10, due %s → %s', (dueOn, result) => {
    expect(checkCorrectionDue(calendarDate('2026-12-10'), calendarDate(dueOn))).toBe(result);
  });
});
