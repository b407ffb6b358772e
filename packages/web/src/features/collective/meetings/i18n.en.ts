import type { collectiveMeetingsZhCN } from './i18n.zh-CN.ts';

/** The collective organisation's assemblies, council and supervisors: rules and parameters on the rules page. */
export const collectiveMeetingsEn: Record<keyof typeof collectiveMeetingsZhCN, string> = {
  'rules.subject.NJJ-26-PARTY-FIRST':
    'Important matters for the members’ assembly go first to the Party organisation',
  'rules.subject.NJJ-27-NOTICE': 'All members are notified ten days before the members’ assembly',
  'rules.subject.NJJ-27-QUORUM':
    'Two-thirds of the members of full civil capacity attend the members’ assembly',
  'rules.subject.NJJ-27-DECISION': 'The members’ assembly decides by two-thirds of ALL its members',
  'rules.subject.NJJ-27-ANNUAL': 'The council convenes the members’ assembly at least once a year',
  'rules.subject.NJJ-28-REPS':
    'The members’ representatives’ assembly: its size, term and what it may not decide',
  'rules.subject.NJJ-29-COUNCIL':
    'A council of three to seven directors, an odd number, no close relatives',
  'rules.subject.NJJ-31-COUNCIL-VOTE': 'Attendance and votes at the council’s meetings',
  'rules.subject.NJJ-34-SUPERVISOR-ELIG':
    'Directors, finance and accounting staff and their close relatives may not be supervisors',

  'rules.param.NJJ-27-NOTICE.noticeDays': 'Notice to all members',
  'rules.param.NJJ-27-QUORUM.present': 'Members attending (of members with full civil capacity)',
  'rules.param.NJJ-27-DECISION.yes': 'In favour (of all members of the assembly)',
  'rules.param.NJJ-27-ANNUAL.meetingsPerYear': 'Members’ assemblies a year, at least',
  'rules.param.NJJ-28-REPS.minHouseholdsPerRepresentative':
    'Households per representative, at least',
  'rules.param.NJJ-28-REPS.maxHouseholdsPerRepresentative':
    'Households per representative, at most',
  'rules.param.NJJ-28-REPS.moreThanRepresentatives': 'Members’ representatives',
  'rules.param.NJJ-28-REPS.minWomen': 'Women representatives, at least',
  'rules.param.NJJ-28-REPS.present': 'Representatives present (of all representatives)',
  'rules.param.NJJ-28-REPS.yes': 'In favour (of all representatives)',
  'rules.param.NJJ-29-COUNCIL.min': 'Directors, at least',
  'rules.param.NJJ-29-COUNCIL.max': 'Directors, at most',
  'rules.param.NJJ-29-COUNCIL.odd': 'Number of directors',
  'rules.param.NJJ-31-COUNCIL-VOTE.present': 'Directors present (of all directors)',
  'rules.param.NJJ-31-COUNCIL-VOTE.yes': 'In favour (of all directors)',
  'rules.param.NJJ-34-SUPERVISOR-ELIG.maxSingleSupervisors':
    'Supervisors where members are few and there is no board',
  'rules.param.NJJ-26-PARTY-FIRST.enforcement': 'Without the Party organisation’s study first',
  'rules.param.NJJ-15-NONMEMBER.yes': 'In favour (of all members of the assembly)',

  'meetings.field.collectiveOrg': 'Collective economic organisation',
  'meetings.field.collectiveOrg.hint':
    'The members’ assembly, the representatives’ assembly and the council meet for one organisation, which numbers its resolutions in its own series',
  'meetings.motion.collectivePower': 'Power exercised',
  'meetings.motion.collectivePower.hint':
    'The members’ assembly’s powers under Article 26 of the Rural Collective Economic Organisations Law; the charter, membership, land contracting and shares, compensation, merger and division are for the members’ assembly alone',
  'meetings.motion.partyStudiedOn': 'Day the Party organisation studied it',
  'meetings.motion.partyStudiedOn.hint':
    'Important matters for the members’ assembly go first to the township or village Party organisation; without that, the charter says whether it warns or refuses the vote',
  'meetings.motion.partyStudied': 'Studied by the Party organisation on {date}',
  'meetings.motion.partyMissing': 'Not studied by the Party organisation first',
  'meetings.motion.nonMemberRights.tag': 'Non-member rights: three-quarters of all members',
  'meetings.motion.nonMemberRights':
    'Grants a non-member some members’ rights (three-quarters of all members of the assembly)',

  'rules.unit.moreThanRepresentatives': 'more than {n}',
  'rules.unit.maxSingleSupervisors': 'one to {n}',
  'rules.value.odd.true': 'must be odd',
  'rules.value.odd.false': 'odd or even',
};
