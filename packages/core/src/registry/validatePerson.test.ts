import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { composeResidentId } from './residentIdNumber.ts';
import { PERSON_NAME_MAX, validatePerson } from './validatePerson.ts';

const today = calendarDate('2026-11-21');
const valid = {
  name: '张三',
  gender: 'male',
  birthDate: '1980-01-02',
  residentIdNumber: composeResidentId('330226', calendarDate('1980-01-02'), 77, 'male'),
  phone: '138 0000 1234',
  relationToHead: 'head',
  residenceStatus: 'resident',
  partyMember: false,
};

const problemsOf = (draft: Record<string, unknown>) => {
  const r = validatePerson(draft, today);
  return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.error}`);
};

describe('validatePerson', () => {
  it('accepts a complete person and normalises the phone', () => {
    const r = validatePerson(valid, today);
    expect(r.ok && r.value.phone).toBe('13800001234');
  });

  it('reports every missing field at once', () => {
    expect(problemsOf({}).sort()).toEqual([
      'birthDate:field_required',
      'gender:field_required',
      'name:field_required',
      'relationToHead:field_required',
      'residenceStatus:field_required',
    ]);
  });

  it.each([
    [PERSON_NAME_MAX - 1, []],
    [PERSON_NAME_MAX, []],
    [PERSON_NAME_MAX + 1, ['name:field_too_long']],
  ])('a name of %i characters', (length, expected) => {
    expect(problemsOf({ ...valid, residentIdNumber: null, name: '张'.repeat(length) })).toEqual(
      expected,
    );
  });

  it.each([
    ['2026-11-20', []],
    ['2026-11-21', []],
    ['2026-11-22', ['birthDate:date_in_future']],
  ])('birth date %s against today 2026-11-21', (birthDate, expected) => {
    expect(problemsOf({ ...valid, residentIdNumber: null, birthDate })).toEqual(expected);
  });

  it('requires the ID number to agree with birth date and gender', () => {
    expect(problemsOf({ ...valid, birthDate: '1980-01-03', gender: 'female' }).sort()).toEqual([
      'birthDate:resident_id_mismatch',
      'gender:resident_id_mismatch',
    ]);
  });

  it('refuses a Party joining date for a non-member, or before birth', () => {
    expect(problemsOf({ ...valid, partyJoinedOn: '2000-01-01' })).toEqual([
      'partyJoinedOn:field_invalid',
    ]);
    expect(problemsOf({ ...valid, partyMember: true, partyJoinedOn: '1979-01-01' })).toEqual([
      'partyJoinedOn:date_order',
    ]);
  });

  it('refuses values outside the lists', () => {
    expect(
      problemsOf({
        ...valid,
        relationToHead: 'cousin',
        residenceStatus: 'abroad',
        gender: 'x',
      }).sort(),
    ).toEqual([
      'gender:enum_invalid',
      'relationToHead:enum_invalid',
      'residenceStatus:enum_invalid',
    ]);
  });
});
