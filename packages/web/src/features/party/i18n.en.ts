import type { partyZhCN } from './i18n.zh-CN.ts';

export const partyEn: Record<keyof typeof partyZhCN, string> = {
  'rules.subject.PARTY-BRANCH':
    "How the village's Party organisation is set up (branch, joint branch, general branch, committee)",
  'rules.subject.PARTY-COMMITTEE': 'When a branch elects a committee',
  'rules.param.PARTY-BRANCH.minFormalForBranch': 'Formal members for a branch of its own',
  'rules.param.PARTY-BRANCH.generalBranchAbove':
    'Members above which a general branch may be formed',
  'rules.param.PARTY-BRANCH.committeeFrom':
    "Members for a village Party committee (with the county committee's approval)",
  'rules.param.PARTY-BRANCH.congressAbove':
    "Members above which a members' congress may elect the committee (with the township's approval)",
  'rules.param.PARTY-COMMITTEE.formalFrom': 'Formal members from which a branch elects a committee',
  'rules.param.PARTY-COMMITTEE.minSeats': 'Fewest committee members',
  'rules.param.PARTY-COMMITTEE.maxSeats': 'Most committee members',
  'rules.param.PARTY-3H1K.committeeMeetingsPerMonth': 'Branch committee meetings a month',
  'rules.param.PARTY-3H1K.committeePresent': 'Committee members present, of all its members',
  'rules.param.PARTY-3H1K.groupMeetingsPerMonth': 'Party group meetings a month',
  'rules.param.PARTY-3H1K.themeDaysPerMonth': 'Party theme days a month (on a fixed day)',
  'rules.param.PARTY-3H1K.lecturesPerYear': 'Party lectures a year, at least',
  'rules.param.PARTY-3H1K.lifeMeetingsPerYear': 'Organisational life meetings a year',
  'rules.param.PARTY-3H1K.reviewsPerYear': 'Democratic appraisals of members a year',
  'rules.unit.minFormalForBranch': '{n} or more',
  'rules.unit.generalBranchAbove': '{n}',
  'rules.unit.committeeFrom': '{n} or more',
  'rules.unit.congressAbove': '{n}',
  'rules.unit.formalFrom': '{n} or more',
  'rules.unit.minSeats': '{n}',
  'rules.unit.maxSeats': '{n}',
  'rules.unit.committeeMeetingsPerMonth': '{n}',
  'rules.unit.groupMeetingsPerMonth': '{n}',
  'rules.unit.themeDaysPerMonth': '{n}',
  'rules.unit.lecturesPerYear': '{n}',
  'rules.unit.lifeMeetingsPerYear': '{n}',
  'rules.unit.reviewsPerYear': '{n}',
};
