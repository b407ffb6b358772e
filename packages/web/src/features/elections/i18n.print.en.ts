import type { electionPrintZhCN } from './i18n.print.zh-CN.ts';

/** The election's notices on paper in English (the same keys as i18n.print.zh-CN.ts). */
export const electionPrintEn: Record<keyof typeof electionPrintZhCN, string> = {
  'elections.print.issuer': 'Election committee of {village}',
  'elections.print.kind': '{issuer}: notice',
  'elections.print.number': 'No. {n} ({year})',
  'elections.print.unpublished': 'Not yet published: for checking only, not for the notice board.',
  'elections.print.link.committee': "Print the members' notice",
  'elections.print.link.rules': "Print the rules' notice",
  'elections.print.link.roll': 'Print the voter roll',
  'elections.print.link.candidates': 'Print the candidate list',
  'elections.print.unknown': 'There is no such notice',
  'elections.print.list': ', ',
  'elections.print.by': 'by {date}',
  'elections.print.seat.chair': 'Chair',
  'elections.print.seat.deputyChair': 'Deputy chair',
  'elections.print.seat.member': 'Member',
  'elections.print.gender.male': 'M',
  'elections.print.gender.female': 'F',
  'elections.print.chosenBy.villagersAssembly': "the villagers' assembly",
  'elections.print.chosenBy.representativesMeeting': "the villagers' representatives' meeting",
  'elections.print.chosenBy.villagerGroups': 'the villager groups',

  'elections.print.committee.title': 'The members of the election committee',
  'elections.print.committee.intro':
    'Under {law}, {chosenBy} chose on {chosenOn} the {n} members of the election committee of {village}, who run the {election}:',
  'elections.print.committee.seat': 'Seat',
  'elections.print.committee.name': 'Name',
  'elections.print.committee.reserves': 'Next in the ranking, to fill a seat: {names}.',
  'elections.print.committee.withdrawn': '{name} left the election committee on {date} ({reason}).',
  'elections.print.withdrawal.nominated': 'nominated as a candidate',
  'elections.print.withdrawal.relativeNominated': 'a near relative nominated',
  'elections.print.committee.rule2018':
    "A member nominated as a candidate for the villagers' committee leaves the election committee; the next in the ranking takes the seat ({law}).",
  'elections.print.committee.rule2026':
    'A member who is nominated, or whose near relative is nominated, leaves the election committee; the next in the ranking takes the seat ({law}).',
  'elections.print.committee.objections': 'Objections to the members: in writing by {date}.',
  'elections.print.committee.filed': 'Filed with the {town} government on {date}.',
  'elections.print.committee.toFile': 'Filed with the {town} government.',

  'elections.print.rules.title': 'The election rules',
  'elections.print.rules.intro':
    'The {rules} were adopted on {adoptedOn} ({resolution}) and are published here. Polling day is {pollingOn}.',
  'elections.print.rules.posts': 'Posts and seats: {posts}.',
  'elections.print.rules.postSeats': '{post} {seats}',
  'elections.print.rules.text': 'The election rules',
  'elections.print.rules.timetable': 'Timetable',
  'elections.print.rules.step': 'Step',
  'elections.print.rules.when': 'When',
  'elections.print.rules.basis': 'Basis',
  'elections.print.rules.voterRollBy': 'Voter roll published',
  'elections.print.rules.selfNominationBy': 'Self-nominees register',
  'elections.print.rules.candidateListBy': 'Candidate list published',
  'elections.print.rules.pollingNoticeBy': 'Polling time, place and tellers published',
  'elections.print.rules.withdrawalBy': 'A candidate withdraws in writing',
  'elections.print.rules.proxiesBy': 'Proxies lodged',
  'elections.print.rules.pollingOn': 'Polling',
  'elections.print.rules.announceBy': 'Result announced',
  'elections.print.rules.runoffBy': 'Runoff (if needed)',
  'elections.print.rules.unadopted':
    "The rules have not been adopted by the assembly or the representatives' meeting.",

  'elections.print.roll.title': 'The voter roll',
  'elections.print.roll.intro':
    'Under {law}, {n} voters are registered for the {election}, listed by villager group.',
  'elections.print.roll.classes':
    'Of them {one} are registered in {village} and live there; {two} are registered in {village}, live elsewhere and declared they will vote (marked ※); {three} live in {village} for a year or more without being registered there and were accepted (marked △).',
  'elections.print.roll.group': '{group} ({n})',
  'elections.print.roll.born': 'born {month}/{year}',
  'elections.print.roll.appeal':
    'Objections to the roll go to the election committee within five days of publication (by {by}); the committee decides within three days of receiving one and publishes its decision ({law}).',

  'elections.print.candidates.title': 'The list of candidates',
  'elections.print.candidates.intro':
    'Under {law}, nominated by {routes}, the election committee publishes the candidates of the {election}, post by post in the order of their nomination votes:',
  'elections.print.candidates.post':
    '{post}: {seats} to elect, {count} candidates, {extra} more than the seats',
  'elections.print.candidates.index': 'No.',
  'elections.print.candidates.name': 'Name',
  'elections.print.candidates.gender': 'Sex',
  'elections.print.candidates.route': 'Nominated by',
  'elections.print.candidates.surplus': 'Every post has more candidates than seats ({law}).',
  'elections.print.candidates.withdrawal':
    'A candidate withdraws in writing to the election committee by {by}; the next nominee by votes takes the place ({law}).',
  'elections.print.candidates.polling': 'Polling day is {date}.',
  'elections.print.route.partyOrganisation': 'the Party organisation',
  'elections.print.route.villagers': 'villagers',
  'elections.print.route.jointSignature': 'villagers jointly',
  'elections.print.route.openNomination': 'open nomination',
  'elections.print.route.selfNomination': 'self-nomination',
  'elections.print.route.houseToHouse': 'house-to-house recommendation',
};
