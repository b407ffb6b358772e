import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { currentMembers, termOn, type BodyTerm, type Membership } from './membership.ts';

const d = calendarDate;
const terms: BodyTerm[] = [
  { id: 't1', bodyId: 'b', startsOn: d('2021-05-01'), endsOn: d('2026-04-30') },
  { id: 't2', bodyId: 'b', startsOn: d('2026-05-01'), endsOn: d('2031-04-30') },
];
const m = (
  id: string,
  termId: string,
  startsOn: string,
  endedOn: string | null = null,
): Membership => ({
  id,
  bodyId: 'b',
  termId,
  personId: id,
  role: 'member',
  startsOn: d(startsOn),
  endedOn: endedOn ? d(endedOn) : null,
});
const memberships = [
  m('old', 't1', '2021-05-01'),
  m('new', 't2', '2026-05-01'),
  m('late', 't2', '2026-12-01'),
  m('left', 't2', '2026-05-01', '2026-11-21'),
];

describe('current membership', () => {
  it.each([
    ['2026-04-30', 't1'],
    ['2026-05-01', 't2'],
    ['2031-04-30', 't2'],
    ['2031-05-01', null],
  ])('the term in force on %s is %s', (on, expected) => {
    expect(termOn(terms, d(on))?.id ?? null).toBe(expected);
  });

  it.each([
    ['2026-04-30', ['old']],
    ['2026-11-20', ['new', 'left']],
    ['2026-11-21', ['new']],
    ['2026-12-01', ['new', 'late']],
  ])('members on %s', (on, expected) => {
    expect(
      currentMembers(terms, memberships, d(on))
        .map((x) => x.id)
        .sort(),
    ).toEqual([...expected].sort());
  });
});
