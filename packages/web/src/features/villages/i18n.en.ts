import type { villagesZhCN } from './i18n.zh-CN.ts';

export const villagesEn: Record<keyof typeof villagesZhCN, string> = {
  'villages.title': 'Villages and communities',
  'villages.search': 'Search by village or town',
  'villages.name': 'Name',
  'villages.town': 'Town',
  'villages.county': 'County',
  'villages.households': 'Households',
  'villages.population': 'Population',
  'villages.open': 'Open',
  'villages.empty': 'There is no village you may open',

  'home.stats.households': 'Households',
  'home.stats.population': 'Population',
  'home.stats.adults': 'Adults',
  'home.stats.partyMembers': 'Party members',
  'home.stats.migrantsOut': 'Working away',
  'home.stats.groups': 'Villager groups',
  'home.stats.grids': 'Grids',
  'home.whoIsWho': 'Who is who',
  'home.whoIsWho.hint':
    'Bodies by power — lead, decide, execute, supervise, take part — with the current term and members.',
  'home.myRoles': 'My roles: ',
  'home.term': 'Current term: {from} to {to}',
  'home.term.none': 'No current term',
  'home.seats': '{seats} seats',
  'home.members': '{count} members',
  'home.noMembers': 'No members yet',
  'home.plainMembers': '{role} ({count})',
  'home.members.all': 'Show all {count}',
  'home.members.fold': 'Show fewer',
  'home.membersFromRegistry':
    'Made up of every villager entitled to vote, as the registry records them.',
  'home.subBranches': 'Sub-branches',
  'home.memberSince': 'since {date}',
  'home.appoint': 'Appoint member',
  'home.endMembership': 'End membership',
  'home.endMembership.confirm': 'End the membership of {name}?',
  'home.newTerm': 'Open a new term',
  'home.power.lead': 'Lead',
  'home.power.decide': 'Decide',
  'home.power.execute': 'Execute',
  'home.power.supervise': 'Supervise',
  'home.power.takePart': 'Take part',
  'home.power.lead.hint':
    'The Party organisation proposes major matters and convenes the joint meeting; it never decides alone',
  'home.power.decide.hint':
    "The assembly, the representatives' meeting and the council decide village matters by law",
  'home.power.execute.hint':
    "The villagers' committee carries out resolutions; every payment traces to one",
  'home.power.supervise.hint':
    'The supervision committee reviews agendas, attends meetings and inspects finances',
  'home.power.takePart.hint':
    'Social organisations and the collective economic organisation take part',
};
