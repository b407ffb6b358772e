import type { bodiesZhCN } from './i18n.zh-CN.ts';

export const bodiesEn: Record<keyof typeof bodiesZhCN, string> = {
  'appoint.title': 'Appoint a member: {body}',
  'appoint.person': 'Person',
  'appoint.person.placeholder': 'Search by name, phone or ID number',
  'appoint.role': 'Role',
  'appoint.startsOn': 'Starts on',
  'appoint.kinOverride': 'Reason to seat nonetheless (recorded in the audit log)',
  'appoint.kinOverride.hint':
    'Only where, e.g., the registered kinship is wrong; confirm again to seat, and the reason is recorded with the seating.',
  'appoint.done': 'Appointed',
  'endMembership.endedOn': 'Ended on',
  'endMembership.done': 'Membership ended',
  'term.title': 'Open a new term: {body}',
  'term.startsOn': 'Starts on',
  'term.endsOn': 'Ends on',
  'term.endsOn.hint': 'Statutory term: {years} years',
  'term.done': 'New term opened',
  'home.departed': 'Left during this term',
  'home.departedText': '{name} ({role}) left on {date}',
};
