/** The shell's English words (see shell.zh-CN.ts). */
import type { shellZhCN } from './shell.zh-CN.ts';

export const shellEn: Record<keyof typeof shellZhCN, string> = {
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

  // the sign-in and password forms' checks, used before the rest is loaded
  'validate.required': '{field} is required',
  'validate.phone': 'A mobile number has 11 digits starting with 1',
  // the menu's entries for console-only capabilities: the phone's frame draws the menu too
  'spending.menu': 'Spending',
  'audits.menu': 'Responsibility audits',
  'archive.menu': 'Archive',
  'finance.menu': 'Finance',
  'recall.menu': 'Recalls and by-elections',
};
