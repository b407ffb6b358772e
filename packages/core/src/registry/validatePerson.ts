import { parseCalendarDate, type CalendarDate } from '../calendarDate.ts';
import type { FieldProblem } from '../errors.ts';
import { checkResidentId } from './residentIdNumber.ts';
import {
  GENDERS,
  PHONE_PATTERN,
  RELATIONS_TO_HEAD,
  RESIDENCE_STATUSES,
  type PersonFields,
} from './person.ts';

/** A person's registry fields as a user typed them (form, API or Excel cell). */
export interface PersonDraft {
  name?: unknown;
  gender?: unknown;
  birthDate?: unknown;
  residentIdNumber?: unknown;
  phone?: unknown;
  relationToHead?: unknown;
  residenceStatus?: unknown;
  residenceSince?: unknown;
  partyMember?: unknown;
  partyJoinedOn?: unknown;
}

export type { PersonFields };

export const PERSON_NAME_MAX = 30;

const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const blank = (v: unknown): boolean => v === undefined || v === null || text(v) === '';

function oneOf<T extends string>(values: readonly T[], v: unknown): T | null {
  const s = text(v);
  return (values as readonly string[]).includes(s) ? (s as T) : null;
}

/**
 * Checks every field of a person and collects all problems at once (a form
 * or an Excel row shows them together). The ID number must agree with the
 * birth date and gender given, since both are encoded in it.
 */
export function validatePerson(
  draft: PersonDraft,
  today: CalendarDate,
): { ok: true; value: PersonFields } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (
    field: string,
    error: FieldProblem['error'],
    params?: FieldProblem['params'],
  ): void => {
    problems.push(params ? { field, error, params } : { field, error });
  };

  const name = text(draft.name);
  if (!name) problem('name', 'field_required');
  else if (name.length > PERSON_NAME_MAX)
    problem('name', 'field_too_long', { max: PERSON_NAME_MAX });

  const gender = oneOf(GENDERS, draft.gender);
  if (blank(draft.gender)) problem('gender', 'field_required');
  else if (!gender) problem('gender', 'enum_invalid');

  const birthDate = date('birthDate', draft.birthDate, true);
  if (birthDate && birthDate > today) problem('birthDate', 'date_in_future');

  let residentIdNumber: string | null = null;
  if (!blank(draft.residentIdNumber)) {
    const checked = checkResidentId(text(draft.residentIdNumber));
    if (!checked.ok) {
      problem(
        'residentIdNumber',
        checked.problem === 'format'
          ? 'resident_id_format'
          : checked.problem === 'birthDate'
            ? 'resident_id_birth_date'
            : 'resident_id_checksum',
      );
    } else {
      residentIdNumber = checked.value;
      if (birthDate && checked.facts.birthDate !== birthDate)
        problem('birthDate', 'resident_id_mismatch', { what: 'birthDate' });
      if (gender && checked.facts.gender !== gender)
        problem('gender', 'resident_id_mismatch', { what: 'gender' });
    }
  }

  let phone: string | null = null;
  if (!blank(draft.phone)) {
    const p = text(draft.phone).replace(/[\s-]/g, '');
    if (!PHONE_PATTERN.test(p)) problem('phone', 'phone_invalid');
    else phone = p;
  }

  const relationToHead = oneOf(RELATIONS_TO_HEAD, draft.relationToHead);
  if (blank(draft.relationToHead)) problem('relationToHead', 'field_required');
  else if (!relationToHead) problem('relationToHead', 'enum_invalid');

  const residenceStatus = oneOf(RESIDENCE_STATUSES, draft.residenceStatus);
  if (blank(draft.residenceStatus)) problem('residenceStatus', 'field_required');
  else if (!residenceStatus) problem('residenceStatus', 'enum_invalid');

  const residenceSince = date('residenceSince', draft.residenceSince, false);
  if (residenceSince && residenceSince > today) problem('residenceSince', 'date_in_future');
  if (residenceSince && birthDate && residenceSince < birthDate)
    problem('residenceSince', 'date_order', { other: birthDate });

  let partyMember = false;
  if (typeof draft.partyMember === 'boolean') partyMember = draft.partyMember;
  else if (!blank(draft.partyMember)) problem('partyMember', 'enum_invalid');
  const partyJoinedOn = date('partyJoinedOn', draft.partyJoinedOn, false);
  if (partyJoinedOn && !partyMember) problem('partyJoinedOn', 'field_invalid');
  if (partyJoinedOn && partyJoinedOn > today) problem('partyJoinedOn', 'date_in_future');
  if (partyJoinedOn && birthDate && partyJoinedOn < birthDate)
    problem('partyJoinedOn', 'date_order', { other: birthDate });

  if (problems.length > 0 || !gender || !birthDate || !relationToHead || !residenceStatus) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      name,
      gender,
      birthDate,
      residentIdNumber,
      phone,
      relationToHead,
      residenceStatus,
      residenceSince,
      partyMember,
      partyJoinedOn,
    },
  };

  function date(field: string, v: unknown, required: boolean): CalendarDate | null {
    if (blank(v)) {
      if (required) problem(field, 'field_required');
      return null;
    }
    const d = parseCalendarDate(text(v));
    if (!d) problem(field, 'date_invalid');
    return d;
  }
}
