import type { zhCN } from './zh-CN.ts';
import { registryEn } from '../features/registry/i18n.en.ts';
import { rosterEn } from '../features/roster/i18n.en.ts';
import { auditEn } from '../features/audit/i18n.en.ts';
import { authEn } from '../features/auth/i18n.en.ts';
import { villagesEn } from '../features/villages/i18n.en.ts';
import { bodiesEn } from '../features/bodies/i18n.en.ts';
import { mattersEn } from '../features/matters/i18n.en.ts';
import { meetingsEn } from '../features/meetings/i18n.en.ts';
import { disclosureEn } from '../features/disclosure/i18n.en.ts';
import { financeEn } from '../features/finance/i18n.en.ts';
import { spendingEn } from '../features/spending/i18n.en.ts';
import { complaintsEn } from '../features/complaints/i18n.en.ts';
import { townInboxEn } from '../features/townInbox/i18n.en.ts';
import { evaluationsEn } from '../features/evaluations/i18n.en.ts';
import { archiveEn } from '../features/archive/i18n.en.ts';
import { responsibilityAuditsEn } from '../features/responsibilityAudits/i18n.en.ts';
import { supervisionEn } from '../features/supervision/i18n.en.ts';
import { supervisionEvidenceEn } from '../features/supervision/i18n.evidence.en.ts';

export const en: Record<keyof typeof zhCN, string> = {
  'app.name': 'Cunzhi',
  'app.tagline': 'Village governance platform',
  'app.loading': 'Loading…',
  'app.retry': 'Retry',
  'app.back': 'Back',
  'app.cancel': 'Cancel',
  'app.save': 'Save',
  'app.submit': 'Submit',
  'app.confirm': 'OK',
  'app.close': 'Close',
  'app.edit': 'Edit',
  'app.add': 'Add',
  'app.search': 'Search',
  'app.none': 'None',
  'app.notFound': 'Page not found',
  'app.notFound.hint': 'The page you are looking for does not exist or was removed.',
  'app.home': 'Back to start',
  'app.error': 'Something went wrong',
  'app.networkError': 'Cannot reach the server; check the network and try again',
  'app.total': '{total} in all',
  'app.yes': 'Yes',
  'app.no': 'No',
  'app.saved': 'Saved',

  'header.language': 'Language',
  'header.largeType': 'Large type',
  'header.largeType.hint': 'Larger text, higher contrast',
  'header.menu': 'Menu',
  'header.account': 'My account',
  'header.changePassword': 'Change password',
  'header.signOut': 'Sign out',
  'header.villages': 'Villages',

  'menu.grids': 'Grids',
  'menu.home': 'Overview',
  'menu.myHousehold': 'My household',
  'menu.households': 'Registry',
  'menu.roster': 'Roster (Excel)',
  'menu.audit': 'Audit log',

  ...registryEn,
  ...rosterEn,
  ...auditEn,
  ...authEn,
  ...villagesEn,
  ...bodiesEn,
  ...mattersEn,
  ...meetingsEn,
  ...disclosureEn,
  ...financeEn,
  ...spendingEn,
  ...complaintsEn,
  ...townInboxEn,
  ...evaluationsEn,
  ...archiveEn,
  ...responsibilityAuditsEn,
  ...supervisionEn,
  ...supervisionEvidenceEn,
};
