import { formatChineseDate, parseCalendarDate } from './calendarDate.ts';
import { COMMON_ERRORS, COMMON_NOUNS } from './errorCatalog.ts';
import { REGISTRY_ERRORS, REGISTRY_NOUNS } from './registry/errors.ts';
import { BODIES_ERRORS, BODIES_NOUNS } from './bodies/errors.ts';
import { ROSTER_ERRORS, ROSTER_NOUNS } from './roster/errors.ts';
import { MATTERS_ERRORS, MATTERS_NOUNS } from './matters/errors.ts';
import { RULES_ERRORS, RULES_NOUNS } from './rules/errors.ts';
import { MEETINGS_ERRORS, MEETINGS_NOUNS } from './meetings/errors.ts';
import { DISCLOSURE_ERRORS, DISCLOSURE_NOUNS } from './disclosure/errors.ts';
import { FINANCE_ERRORS, FINANCE_NOUNS } from './finance/errors.ts';
import { SPENDING_ERRORS, SPENDING_NOUNS } from './spending/errors.ts';
import { ARCHIVE_ERRORS, ARCHIVE_NOUNS } from './archive/errors.ts';
import { FILES_ERRORS } from './files/errors.ts';
import { ATTACHMENTS_ERRORS, ATTACHMENTS_NOUNS } from './attachments/errors.ts';
import {
  RESPONSIBILITY_AUDITS_ERRORS,
  RESPONSIBILITY_AUDITS_NOUNS,
} from './responsibilityAudits/errors.ts';
import { EVALUATIONS_ERRORS, EVALUATIONS_NOUNS } from './evaluations/errors.ts';
import { SUPERVISION_ERRORS, SUPERVISION_NOUNS } from './supervision/errors.ts';
import { COMPLAINTS_ERRORS, COMPLAINTS_NOUNS } from './complaints/errors.ts';
import { PETITIONS_ERRORS, PETITIONS_NOUNS } from './petitions/errors.ts';
import { DISPUTES_ERRORS, DISPUTES_NOUNS } from './disputes/errors.ts';
import { MORAL_LIST_ERRORS, MORAL_LIST_NOUNS } from './moralList/errors.ts';
import { ACTIVITIES_ERRORS, ACTIVITIES_NOUNS } from './activities/errors.ts';
import { CASES_ERRORS } from './cases/errors.ts';
import { LIAISON_ERRORS, LIAISON_NOUNS } from './liaison/errors.ts';
import { PARTY_ERRORS, PARTY_NOUNS } from './party/errors.ts';
import { TOWN_INBOX_ERRORS, TOWN_INBOX_NOUNS } from './townInbox/errors.ts';
import { ELECTIONS_ERRORS, ELECTIONS_NOUNS } from './elections/errors.ts';
import { ELECTIONS_SERVER_ERRORS } from './elections/serverErrors.ts';
import { RECALL_SERVER_ERRORS } from './elections/recallErrors.ts';
import { SERVICES_ERRORS, SERVICES_NOUNS } from './services/errors.ts';
import { VILLAGE_RULES_ERRORS, VILLAGE_RULES_NOUNS } from './villageRules/errors.ts';
import { WORK_ADMISSION_ERRORS, WORK_ADMISSION_NOUNS } from './workAdmission/errors.ts';
import { POINTS_ERRORS, POINTS_NOUNS } from './points/errors.ts';
import { PARTY_DUES_ERRORS, PARTY_DUES_NOUNS } from './party/dues/errors.ts';
import { SHARES_ERRORS, SHARES_NOUNS } from './collective/shares/errors.ts';
import { DISTRIBUTION_ERRORS, DISTRIBUTION_NOUNS } from './collective/distribution/errors.ts';
import { SUPERMARKET_ERRORS, SUPERMARKET_NOUNS } from './points/supermarket/errors.ts';
import { COUNTY_POINTS_ERRORS, COUNTY_POINTS_NOUNS } from './countyPoints/errors.ts';
import { COLLECTIVE_BOOKS_ERRORS, COLLECTIVE_BOOKS_NOUNS } from './collective/books/errors.ts';
import { SERVICE_LISTS_ERRORS, SERVICE_LISTS_NOUNS } from './serviceLists/errors.ts';
import { COLLECTIVE_ERRORS, COLLECTIVE_NOUNS } from './collective/errors.ts';
import { BROADCAST_ERRORS } from './broadcast/errors.ts';
import { ASSISTANCE_ERRORS, ASSISTANCE_NOUNS } from './assistance/errors.ts';

/**
 * The catalog of errors users can meet. Each has a stable id (used by the
 * API, the UI and tests), an HTTP status the server maps it to in one place,
 * and zh-CN / en messages. `{field}`-style placeholders are filled from params.
 * Each capability keeps its slice in `<capability>/errors.ts`; this file only
 * joins them (one line per capability).
 */
export const ERROR_CATALOG = {
  ...COMMON_ERRORS,
  ...REGISTRY_ERRORS,
  ...BODIES_ERRORS,
  ...ROSTER_ERRORS,
  ...MATTERS_ERRORS,
  ...RULES_ERRORS,
  ...MEETINGS_ERRORS,
  ...DISCLOSURE_ERRORS,
  ...FINANCE_ERRORS,
  ...SPENDING_ERRORS,
  ...ARCHIVE_ERRORS,
  ...FILES_ERRORS,
  ...ATTACHMENTS_ERRORS,
  ...RESPONSIBILITY_AUDITS_ERRORS,
  ...EVALUATIONS_ERRORS,
  ...SUPERVISION_ERRORS,
  ...COMPLAINTS_ERRORS,
  ...PETITIONS_ERRORS,
  ...DISPUTES_ERRORS,
  ...MORAL_LIST_ERRORS,
  ...ACTIVITIES_ERRORS,
  ...CASES_ERRORS,
  ...LIAISON_ERRORS,
  ...PARTY_ERRORS,
  ...TOWN_INBOX_ERRORS,
  ...ELECTIONS_ERRORS,
  ...ELECTIONS_SERVER_ERRORS,
  ...RECALL_SERVER_ERRORS,
  ...SERVICES_ERRORS,
  ...VILLAGE_RULES_ERRORS,
  ...WORK_ADMISSION_ERRORS,
  ...POINTS_ERRORS,
  ...PARTY_DUES_ERRORS,
  ...SHARES_ERRORS,
  ...DISTRIBUTION_ERRORS,
  ...SUPERMARKET_ERRORS,
  ...COUNTY_POINTS_ERRORS,
  ...COLLECTIVE_BOOKS_ERRORS,
  ...SERVICE_LISTS_ERRORS,
  ...COLLECTIVE_ERRORS,
  ...BROADCAST_ERRORS,
  ...ASSISTANCE_ERRORS,
};

export type ErrorId = keyof typeof ERROR_CATALOG;

/** Things a message can name (`not_found`'s `{what}`), in both languages. */
export const NOUNS = {
  ...COMMON_NOUNS,
  ...REGISTRY_NOUNS,
  ...BODIES_NOUNS,
  ...ROSTER_NOUNS,
  ...MATTERS_NOUNS,
  ...RULES_NOUNS,
  ...MEETINGS_NOUNS,
  ...DISCLOSURE_NOUNS,
  ...FINANCE_NOUNS,
  ...SPENDING_NOUNS,
  ...ARCHIVE_NOUNS,
  ...ATTACHMENTS_NOUNS,
  ...RESPONSIBILITY_AUDITS_NOUNS,
  ...EVALUATIONS_NOUNS,
  ...SUPERVISION_NOUNS,
  ...COMPLAINTS_NOUNS,
  ...PETITIONS_NOUNS,
  ...DISPUTES_NOUNS,
  ...MORAL_LIST_NOUNS,
  ...ACTIVITIES_NOUNS,
  ...TOWN_INBOX_NOUNS,
  ...ELECTIONS_NOUNS,
  ...SERVICES_NOUNS,
  ...VILLAGE_RULES_NOUNS,
  ...WORK_ADMISSION_NOUNS,
  ...POINTS_NOUNS,
  ...PARTY_DUES_NOUNS,
  ...SHARES_NOUNS,
  ...DISTRIBUTION_NOUNS,
  ...SUPERMARKET_NOUNS,
  ...COUNTY_POINTS_NOUNS,
  ...COLLECTIVE_BOOKS_NOUNS,
  ...SERVICE_LISTS_NOUNS,
  ...COLLECTIVE_NOUNS,
  ...LIAISON_NOUNS,
  ...PARTY_NOUNS,
  ...ASSISTANCE_NOUNS,
};
export type Noun = keyof typeof NOUNS;

/**
 * Params whose value names nouns of the catalog (comma-separated for a list), told in the
 * reader's language: `{what}` of not_found, and a case's `{state}`, `{action}` and `{roles}`
 * (cases/machine.ts).
 */
const NOUN_PARAMS = new Set(['what', 'state', 'action', 'roles']);
export type Locale = 'zh-CN' | 'en';

export function errorMessage(
  id: ErrorId,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const entry = ERROR_CATALOG[id];
  const template = locale === 'en' ? entry.en : entry.zh;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (NOUN_PARAMS.has(key) && typeof value === 'string') {
      const nouns = value.split(',');
      if (nouns.every((n) => n in NOUNS))
        return nouns
          .map((n) => (locale === 'en' ? NOUNS[n as Noun].en : NOUNS[n as Noun].zh))
          .join(locale === 'en' ? ', ' : '、');
    }
    // dates read 2026年11月21日 in Chinese text (UX.md), ISO in English, as in findings
    const date = typeof value === 'string' && locale !== 'en' ? parseCalendarDate(value) : null;
    if (date) return formatChineseDate(date);
    return String(value ?? `{${key}}`);
  });
}

/** One problem with one field of the input. */
export interface FieldProblem {
  field: string;
  error: ErrorId;
  params?: Record<string, string | number>;
}

/** A refusal a user can act on: thrown by commands, mapped to HTTP at the edge. */
export class DomainError extends Error {
  constructor(
    readonly id: ErrorId,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(errorMessage(id, 'en', params));
    this.name = 'DomainError';
  }
}
