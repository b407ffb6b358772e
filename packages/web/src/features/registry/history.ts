import { GENDERS, RELATIONS_TO_HEAD, RESIDENCE_STATUSES } from '@cunzhi/core/registry/person';
import { HIDDEN_DATE } from '@cunzhi/core/registry/residentIdNumber';
import type { MessageKey, Translator } from '../../i18n/index.tsx';

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'person.name',
  gender: 'person.gender',
  birthDate: 'person.birthDate',
  residentIdNumber: 'person.residentIdNumber',
  phone: 'person.phone',
  relationToHead: 'person.relationToHead',
  residenceStatus: 'person.residenceStatus',
  residenceSince: 'person.residenceSince',
  partyMember: 'person.partyMember',
  partyJoinedOn: 'person.partyJoinedOn',
  householdId: 'person.household',
};

const DATE_FIELDS = new Set(['birthDate', 'residenceSince', 'partyJoinedOn']);

export function fieldLabel(t: Translator, field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A recorded value in words: enums named, dates in the reader's style, empty as a dash. */
export function fieldValue(t: Translator, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('app.yes') : t('app.no');
  if (typeof value !== 'string') return JSON.stringify(value);
  // a birth date the reader may not see (it would rebuild the masked ID number)
  if (value === HIDDEN_DATE) return t('person.hidden');
  if (field === 'gender' && includes(GENDERS, value)) return t(`gender.${value}`);
  if (field === 'relationToHead' && includes(RELATIONS_TO_HEAD, value))
    return t(`relation.${value}`);
  if (field === 'residenceStatus' && includes(RESIDENCE_STATUSES, value))
    return t(`residence.${value}`);
  if (DATE_FIELDS.has(field)) return t.date(value);
  return value;
}

/** `person.created` → 登记, `person.updated` → 修改; anything else as recorded. */
export function actionLabel(t: Translator, action: string): string {
  switch (action) {
    case 'person.added':
      return t('person.history.created');
    case 'person.updated':
      return t('person.history.updated');
    case 'kinTie.recorded':
      return t('person.history.kinTie');
    default:
      return action;
  }
}
