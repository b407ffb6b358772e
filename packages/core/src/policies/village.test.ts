import { describe, expect, it } from 'vitest';
import type { Actor, VillageScope } from './actor.ts';
import { rolesIn } from './actor.ts';
import { can, canReadHousehold, villageAbilities, type VillageAbility } from './village.ts';
import { mayWriteBodiesNow, writesBodiesFromVillageSeat } from '../bodies/abilities.ts';
import type { BodyKind, MemberRole } from '../bodies/bodyKinds.ts';

const scope: VillageScope = { villageId: 'v1', townId: 't1', countyId: 'c1' };
const villager = (posts: Array<[BodyKind, MemberRole]> = [], villageId = 'v1'): Actor => ({
  accountId: 'a',
  kind: 'villager',
  home: { villageId, personId: 'p1' },
  posts: posts.map(([bodyKind, role]) => ({ villageId, bodyKind, role })),
  staffScopes: [],
});
const staff = (level: 'town' | 'county', id: string): Actor => ({
  accountId: 's',
  kind: 'staff',
  home: null,
  posts: [],
  staffScopes: [{ level, id, unit: 'government' }],
});

// complaints (投诉站): villagers file their own; cadres read and answer; supervisors receive and reveal
const OWN_COMPLAINTS: VillageAbility[] = ['fileOwnComplaints', 'nameComplaintCadres'];
const CADRE_COMPLAINTS: VillageAbility[] = [
  ...OWN_COMPLAINTS,
  'readComplaints',
  'answerComplaints',
];
const SUPERVISOR_COMPLAINTS: VillageAbility[] = [
  ...CADRE_COMPLAINTS,
  'receiveComplaints',
  'revealComplainants',
];
const OVERSEER_COMPLAINTS: VillageAbility[] = ['readComplaints'];
// the supervision committee's own work: its members act; the cadres it supervises answer its
// corrections; the town and county read
const SUPERVISION_MEMBER: VillageAbility[] = ['readSupervision', 'supervise'];
const SUPERVISED_CADRE: VillageAbility[] = ['readSupervision', 'answerCorrection'];
const SUPERVISION_READER: VillageAbility[] = ['readSupervision'];
// 民主评议: every villager may hand in a sheet (whether they are an evaluator is checked inside);
// the committee hosts; cadres, representatives and overseers read the rounds
const RATES: VillageAbility[] = ['rateEvaluations'];
const READS_ROUNDS: VillageAbility[] = ['readEvaluations'];
// responsibility audits (经济责任审计) and the archive (村务档案, held by both committees)
const VILLAGER_AUDITS: VillageAbility[] = ['readAudits', 'demandAudits'];
const CADRE_AUDITS: VillageAbility[] = [...VILLAGER_AUDITS, 'readUnpublishedAudits'];
const ARCHIVE_HOLDER: VillageAbility[] = [...CADRE_AUDITS, 'readArchive', 'fileArchive'];
const SUPERVISOR_AUDITS: VillageAbility[] = [
  ...ARCHIVE_HOLDER,
  'recordAudits',
  'collectAuditSignatures',
];
const OVERSEER_AUDITS: VillageAbility[] = [
  'readAudits',
  'readUnpublishedAudits',
  'recordAudits',
  'collectAuditSignatures',
];

// elections: any villager of this village runs a step the command checks
// (a seat on that election's committee) and objects to the roll; the cadres
// and the town open one; the town files its committee. Any villager opens and
// signs a recall request; the town or county finds a win void for fraud.
const VILLAGER_ELECTIONS: VillageAbility[] = [
  'readElections',
  'runElections',
  'objectToRoll',
  'requestRecall',
  'signRecall',
];
const CADRE_ELECTIONS: VillageAbility[] = [...VILLAGER_ELECTIONS, 'organiseElections'];
const TOWN_ELECTIONS: VillageAbility[] = [
  'readElections',
  'organiseElections',
  'fileElectionCommittee',
  'requestRecall',
  'findElectionFraud',
];
const COUNTY_ELECTIONS: VillageAbility[] = ['readElections', 'findElectionFraud'];

// grid liaison (片长, 党员联系户, 民情): villagers raise issues and log visits (the command checks
// the link); cadres keep the duty list and handle cases; the Party's cadres link households
const VILLAGER_LIAISON: VillageAbility[] = ['logVisits', 'raiseOwnIssues'];
const SUPERVISOR_LIAISON: VillageAbility[] = [
  ...VILLAGER_LIAISON,
  'readLiaison',
  'handleLiaisonCases',
];
const CADRE_LIAISON: VillageAbility[] = [
  ...SUPERVISOR_LIAISON,
  'manageDuties',
  'raiseIssuesFor',
  'exportLiaison',
];
const PARTY_LIAISON: VillageAbility[] = [...CADRE_LIAISON, 'manageLinks'];

// 便民服务站: every villager orders their own; cadres and overseers read the queue; the
// committee's chair keeps the catalogue with the station's staff
const VILLAGER_SERVICES: VillageAbility[] = ['orderOwnServices'];
const CADRE_SERVICES: VillageAbility[] = [...VILLAGER_SERVICES, 'readServices'];
const OVERSEER_SERVICES: VillageAbility[] = ['readServices'];
// 村规民约: cadres draft, the township reviews; representatives, supervisors and overseers read
const READ_RULES: VillageAbility[] = ['readVillageRules'];
const DRAFT_RULES: VillageAbility[] = [...READ_RULES, 'draftVillageRules'];
const REVIEW_RULES: VillageAbility[] = [...READ_RULES, 'reviewVillageRules'];
// 三清单: the two committees compile the lists and run the projects; the town Party committee's
// officials file them; the supervision committee, the representatives and the county read;
// every villager reads on the phone what was published
const PUBLIC_LISTS: VillageAbility[] = ['readPublishedServiceLists'];
const READ_LISTS: VillageAbility[] = ['readServiceLists'];
const MEMBER_LISTS: VillageAbility[] = [...PUBLIC_LISTS, ...READ_LISTS];
const COMPILE_LISTS: VillageAbility[] = [...MEMBER_LISTS, 'manageServiceLists'];
const TOWN_LISTS: VillageAbility[] = [...READ_LISTS, 'evaluateServiceProjects'];
// 工作事项准入: the cadres, the supervision committee and the overseers read the town's tasks;
// the villagers' committee records whether it takes each on
const READ_TASKS: VillageAbility[] = ['readWorkTasks'];
const DECIDE_TASKS: VillageAbility[] = [...READ_TASKS, 'decideWorkTasks'];
// 道德红黑榜 and 一领四微: every villager reads the board and the village's activities, answers a
// listing about them and nominates; the cadres run both; the supervision committee and the
// overseers also read proposals before the vote; a grid chief proposes
const VILLAGE_LIFE: VillageAbility[] = [
  'readMoralBoard',
  'answerOwnMoralListing',
  'readActivities',
  'nominateForSelection',
];
const MORAL_READER: VillageAbility[] = ['readMoralListings'];
const CADRE_LIFE: VillageAbility[] = [
  ...VILLAGE_LIFE,
  ...MORAL_READER,
  'proposeMoralListing',
  'recordMoralListing',
  'manageActivities',
  'runSelections',
];
const OVERSEER_LIFE: VillageAbility[] = ['readMoralBoard', ...MORAL_READER, 'readActivities'];
// attachments: every role may use the store; each case's own policy decides (core/attachments)
const ATTACH: VillageAbility[] = ['useAttachments'];
// 积分超市: every villager redeems for their own household; the station's staff and the
// villagers' committee keep the shop (the committee also imports old ledgers); the cadres, the
// supervision committee and the overseers read its log
const SHOPPER: VillageAbility[] = ['redeemOwnPoints'];
const SHOP_READER: VillageAbility[] = ['readPointsSupermarket'];
const SHOP_KEEPER: VillageAbility[] = [...SHOPPER, ...SHOP_READER, 'keepPointsSupermarket'];
const COMMITTEE_SHOP: VillageAbility[] = [...SHOP_KEEPER, 'importPointsLedger'];
// 人民调解 and 信访: cadres read the register and register petitions; the town handles both
const CADRE_CASES: VillageAbility[] = ['readDisputes', 'readPetitions', 'registerPetitions'];
const COUNTY_CASES: VillageAbility[] = ['readDisputes', 'readPetitions', 'handlePetitions'];
const TOWN_CASES: VillageAbility[] = [...COUNTY_CASES, 'handleTownDisputes'];

/** The table every screen and route relies on, role by role. */
// 积分制: every villager sees their household's lines; the cadres keep the scheme and publish; the
// reviewing bodies' members check (seat checked in the command); grid chiefs propose; bodies read
const OWN_POINTS: VillageAbility[] = ['ownPoints'];
const READ_POINTS: VillageAbility[] = ['readPoints'];
const CHECK_POINTS: VillageAbility[] = [...READ_POINTS, 'checkPointsAwards'];
const CADRE_POINTS: VillageAbility[] = [
  ...CHECK_POINTS,
  'managePointsScheme',
  'proposePointsAwards',
  'publishPoints',
];
// the collective's books: a villager sees their own membership on the phone; the two committees
// and the town's agency accountant keep the books; the supervision committee records requests to sue
// 股权量化: the cadres keep the register of shares; the supervision committee and overseers read it
const READ_SHARES: VillageAbility[] = ['readShares'];
const KEEP_SHARES: VillageAbility[] = [...READ_SHARES, 'manageShares'];
const OWN_COLLECTIVE: VillageAbility[] = ['ownCollective'];
// 集体经济组织及成员: the cadres keep the organisation, charter and register; the supervision
// committee and overseers read them
const READ_COLLECTIVE: VillageAbility[] = ['readCollective'];
const KEEP_COLLECTIVE: VillageAbility[] = [...READ_COLLECTIVE, 'manageCollective'];
const READ_BOOKS: VillageAbility[] = ['readCollectiveBooks'];
const SUPERVISE_BOOKS: VillageAbility[] = [...READ_BOOKS, 'recordDerivativeRequests'];
const KEEP_BOOKS: VillageAbility[] = [...SUPERVISE_BOOKS, 'keepCollectiveBooks'];
// 收益分配: the cadres draft and record the plan; they and the town's agency accountant pay; the
// supervision committee and overseers read
const READ_DIVIDENDS: VillageAbility[] = ['readCollectiveDistribution'];
const PAY_DIVIDENDS: VillageAbility[] = [...READ_DIVIDENDS, 'payCollectiveDividends'];
const KEEP_DIVIDENDS: VillageAbility[] = [...PAY_DIVIDENDS, 'planCollectiveDistribution'];
// 党费: a villager who is a Party member sees their own account (the route checks membership);
// the branch committee keeps bases and payments; the town Party committee's officials read
const OWN_DUES: VillageAbility[] = ['ownPartyDues'];
const READ_DUES: VillageAbility[] = ['readPartyDues'];
const KEEP_DUES: VillageAbility[] = [...READ_DUES, 'managePartyDues'];
// 党组织和“三会一课”: the same readers and keepers as the dues; a member asks for their own record
const OWN_PARTY: VillageAbility[] = ['ownParty'];
const READ_PARTY: VillageAbility[] = ['readParty'];
const KEEP_PARTY: VillageAbility[] = [...READ_PARTY, 'manageParty'];
// 代办: every villager acts for their household with consent and reads their own record; the
// cadres act for any villager; the supervision committee signs the paper ⇄ online reconciliation
// an election round's reconciliation: any villager passes the guard (the route lets in the
// readers above and the members of that election's committee only), the town and county read
const OWN_ASSISTANCE: VillageAbility[] = ['ownAssistance', 'readElectionReconciliation'];
const READ_RECONCILIATION: VillageAbility[] = ['readReconciliation'];
const CADRE_ASSISTANCE: VillageAbility[] = [...READ_RECONCILIATION, 'assistVillagers'];
const SIGN_RECONCILIATION: VillageAbility[] = [...READ_RECONCILIATION, 'signReconciliation'];
// 我的消息: every villager reads their household's messages; the cadres see each notice's delivery
// and send failed SMS again; the supervision committee, the town and the county read the delivery
const OWN_MESSAGES: VillageAbility[] = ['readOwnMessages'];
const READ_OUTBOX: VillageAbility[] = ['readOutbox'];
const KEEP_OUTBOX: VillageAbility[] = [...READ_OUTBOX, 'retryOutbox'];
const CASES: Array<[string, Actor, VillageAbility[]]> = [
  [
    'plain villager',
    villager(),
    [
      ...OWN_MESSAGES,
      ...OWN_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...VILLAGE_LIFE,
      ...SHOPPER,
      ...ATTACH,
      ...PUBLIC_LISTS,
      ...VILLAGER_SERVICES,
      ...VILLAGER_LIAISON,
      ...VILLAGER_ELECTIONS,
      ...RATES,
      ...VILLAGER_AUDITS,
      'readVillage',
      'readDecisions',
      'takePart',
      'readDisclosure',
      'askQuestions',
      ...OWN_COMPLAINTS,
    ],
  ],
  [
    'representative',
    villager([['representativesMeeting', 'representative']]),
    [
      ...OWN_MESSAGES,
      ...OWN_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...READ_POINTS,
      ...READ_RULES,
      ...VILLAGE_LIFE,
      ...SHOPPER,
      ...ATTACH,
      ...MEMBER_LISTS,
      ...VILLAGER_SERVICES,
      ...VILLAGER_LIAISON,
      ...VILLAGER_ELECTIONS,
      ...RATES,
      ...READS_ROUNDS,
      ...VILLAGER_AUDITS,
      'readVillage',
      'readDecisions',
      'takePart',
      'readDisclosure',
      'askQuestions',
      ...OWN_COMPLAINTS,
    ],
  ],
  [
    'council member',
    villager([['villagersDeliberationCouncil', 'member']]),
    [
      ...OWN_MESSAGES,
      ...OWN_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...CHECK_POINTS,
      ...VILLAGE_LIFE,
      ...SHOPPER,
      ...ATTACH,
      ...PUBLIC_LISTS,
      ...VILLAGER_SERVICES,
      ...VILLAGER_LIAISON,
      ...VILLAGER_ELECTIONS,
      ...RATES,
      ...VILLAGER_AUDITS,
      'readVillage',
      'readRegistry',
      'readDecisions',
      'takePart',
      'readDisclosure',
      'askQuestions',
      ...OWN_COMPLAINTS,
    ],
  ],
  [
    'supervision member',
    villager([['villageAffairsSupervisionCommittee', 'member']]),
    [
      ...OWN_MESSAGES,
      ...READ_OUTBOX,
      ...OWN_ASSISTANCE,
      ...SIGN_RECONCILIATION,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...SUPERVISE_BOOKS,
      ...READ_DIVIDENDS,
      ...CHECK_POINTS,
      ...READ_SHARES,
      ...READ_COLLECTIVE,
      ...READ_RULES,
      ...VILLAGE_LIFE,
      ...MORAL_READER,
      ...SHOPPER,
      ...SHOP_READER,
      ...ATTACH,
      ...READ_TASKS,
      ...MEMBER_LISTS,
      ...VILLAGER_SERVICES,
      ...SUPERVISOR_LIAISON,
      ...VILLAGER_ELECTIONS,
      ...RATES,
      ...READS_ROUNDS,
      'hostEvaluations',
      ...SUPERVISOR_AUDITS,
      ...SUPERVISOR_COMPLAINTS,
      ...SUPERVISION_MEMBER,
      // finance
      'readFinance',
      'reviewFinanceStatement',
      // disclosure
      'readDisclosure',
      'askQuestions',
      'superviseQuestions',
      // spending
      'readSpending',
      'approveSpending',
      'superviseSpending',
      'readVillage',
      'readRegistry',
      'readAudit',
      'readDecisions',
      'takePart',
      'superviseMeetings',
    ],
  ],
  [
    'committee member',
    villager([['villagersCommittee', 'member']]),
    [
      ...OWN_MESSAGES,
      ...KEEP_OUTBOX,
      ...OWN_ASSISTANCE,
      ...CADRE_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...KEEP_BOOKS,
      ...KEEP_DIVIDENDS,
      ...CADRE_POINTS,
      ...KEEP_SHARES,
      ...KEEP_COLLECTIVE,
      ...DRAFT_RULES,
      ...CADRE_LIFE,
      ...COMMITTEE_SHOP,
      ...ATTACH,
      ...DECIDE_TASKS,
      ...COMPILE_LISTS,
      ...CADRE_CASES,
      ...CADRE_SERVICES,
      ...CADRE_LIAISON,
      ...CADRE_ELECTIONS,
      ...RATES,
      ...READS_ROUNDS,
      ...ARCHIVE_HOLDER,
      ...CADRE_COMPLAINTS,
      ...SUPERVISED_CADRE,
      // finance
      'readFinance',
      'bookFinance',
      'publishFinanceStatement',
      // disclosure
      'readDisclosure',
      'publishAffairs',
      'recordPostings',
      'askQuestions',
      'answerQuestions',
      'superviseQuestions',
      // spending
      'readSpending',
      'manageSpending',
      'approveSpending',
      'readVillage',
      'readRegistry',
      'writeRegistry',
      'viewResidentIdNumbers',
      'exportRoster',
      'exportRosterIdNumbers',
      'readAudit',
      'resetPasswords',
      'readDecisions',
      'takePart',
      'manageMatters',
      'runMeetings',
    ],
  ],
  [
    'committee chair',
    villager([['villagersCommittee', 'chair']]),
    [
      ...OWN_MESSAGES,
      ...KEEP_OUTBOX,
      ...OWN_ASSISTANCE,
      ...CADRE_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...KEEP_BOOKS,
      ...KEEP_DIVIDENDS,
      ...CADRE_POINTS,
      ...KEEP_SHARES,
      ...KEEP_COLLECTIVE,
      ...DRAFT_RULES,
      ...CADRE_LIFE,
      ...COMMITTEE_SHOP,
      ...ATTACH,
      ...DECIDE_TASKS,
      ...COMPILE_LISTS,
      ...CADRE_CASES,
      ...CADRE_SERVICES,
      'manageServiceCatalogue',
      ...CADRE_LIAISON,
      ...CADRE_ELECTIONS,
      ...RATES,
      ...READS_ROUNDS,
      ...ARCHIVE_HOLDER,
      ...CADRE_COMPLAINTS,
      ...SUPERVISED_CADRE,
      // finance
      'readFinance',
      'bookFinance',
      'publishFinanceStatement',
      // disclosure
      'readDisclosure',
      'publishAffairs',
      'recordPostings',
      'askQuestions',
      'answerQuestions',
      'superviseQuestions',
      // spending
      'readSpending',
      'manageSpending',
      'approveSpending',
      'readVillage',
      'readRegistry',
      'writeRegistry',
      'viewResidentIdNumbers',
      'exportRoster',
      'exportRosterIdNumbers',
      'writeBodies',
      'readAudit',
      'resetPasswords',
      'readDecisions',
      'takePart',
      'manageMatters',
      'runMeetings',
    ],
  ],
  [
    'Party secretary',
    villager([['partyBranch', 'secretary']]),
    [
      ...OWN_MESSAGES,
      ...KEEP_OUTBOX,
      ...OWN_ASSISTANCE,
      ...CADRE_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...KEEP_DUES,
      ...KEEP_PARTY,
      ...OWN_COLLECTIVE,
      ...KEEP_BOOKS,
      ...KEEP_DIVIDENDS,
      ...CADRE_POINTS,
      ...KEEP_SHARES,
      ...KEEP_COLLECTIVE,
      ...DRAFT_RULES,
      ...CADRE_LIFE,
      ...SHOPPER,
      ...SHOP_READER,
      ...ATTACH,
      ...READ_TASKS,
      ...COMPILE_LISTS,
      ...CADRE_CASES,
      ...CADRE_SERVICES,
      ...PARTY_LIAISON,
      ...CADRE_ELECTIONS,
      ...RATES,
      ...READS_ROUNDS,
      ...CADRE_AUDITS,
      ...CADRE_COMPLAINTS,
      ...SUPERVISED_CADRE,
      // finance
      'readFinance',
      // disclosure
      'readDisclosure',
      'publishAffairs',
      'recordPostings',
      'askQuestions',
      'answerQuestions',
      'superviseQuestions',
      // spending
      'readSpending',
      'manageSpending',
      'approveSpending',
      'readVillage',
      'readRegistry',
      'writeRegistry',
      'exportRoster',
      'writeBodies',
      'readAudit',
      'resetPasswords',
      'readDecisions',
      'takePart',
      'manageMatters',
      'runMeetings',
    ],
  ],
  [
    'Party committee member',
    villager([['partyBranch', 'member']]),
    [
      ...OWN_MESSAGES,
      ...KEEP_OUTBOX,
      ...OWN_ASSISTANCE,
      ...CADRE_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...KEEP_DUES,
      ...KEEP_PARTY,
      ...OWN_COLLECTIVE,
      ...KEEP_BOOKS,
      ...KEEP_DIVIDENDS,
      ...CADRE_POINTS,
      ...KEEP_SHARES,
      ...KEEP_COLLECTIVE,
      ...DRAFT_RULES,
      ...CADRE_LIFE,
      ...SHOPPER,
      ...SHOP_READER,
      ...ATTACH,
      ...READ_TASKS,
      ...COMPILE_LISTS,
      ...CADRE_CASES,
      ...CADRE_SERVICES,
      ...PARTY_LIAISON,
      ...CADRE_ELECTIONS,
      ...RATES,
      ...READS_ROUNDS,
      ...CADRE_AUDITS,
      ...CADRE_COMPLAINTS,
      ...SUPERVISED_CADRE,
      // finance
      'readFinance',
      // disclosure
      'readDisclosure',
      'publishAffairs',
      'recordPostings',
      'askQuestions',
      'answerQuestions',
      'superviseQuestions',
      // spending
      'readSpending',
      'manageSpending',
      'approveSpending',
      'readVillage',
      'readRegistry',
      'readAudit',
      'readDecisions',
      'takePart',
      'manageMatters',
      'runMeetings',
    ],
  ],
  [
    'town official of the town',
    staff('town', 't1'),
    [
      ...READ_OUTBOX,
      ...READ_RECONCILIATION,
      'readElectionReconciliation',
      ...READ_DUES,
      ...READ_PARTY,
      ...READ_POINTS,
      ...READ_BOOKS,
      ...PAY_DIVIDENDS,
      ...READ_SHARES,
      ...READ_COLLECTIVE,
      'keepCollectiveBooks',
      ...REVIEW_RULES,
      ...OVERSEER_LIFE,
      ...SHOP_READER,
      ...ATTACH,
      ...READ_TASKS,
      ...TOWN_LISTS,
      ...TOWN_CASES,
      ...OVERSEER_SERVICES,
      'readLiaison',
      'handleLiaisonCases',
      'exportLiaison',
      ...TOWN_ELECTIONS,
      ...READS_ROUNDS,
      ...OVERSEER_AUDITS,
      ...OVERSEER_COMPLAINTS,
      ...SUPERVISION_READER,
      // finance
      'readFinance',
      'bookFinance',
      'closeFinancePeriod',
      // disclosure
      'readDisclosure',
      'superviseQuestions',
      // spending
      'readSpending',
      'approveSpending',
      'readVillage',
      'readRegistry',
      'writeRegistry',
      'viewResidentIdNumbers',
      'exportRoster',
      'writeBodies',
      'readAudit',
      'resetPasswords',
      'readDecisions',
    ],
  ],
  [
    'county official of the county',
    staff('county', 'c1'),
    [
      ...READ_OUTBOX,
      ...READ_RECONCILIATION,
      'readElectionReconciliation',
      ...READ_POINTS,
      ...READ_BOOKS,
      ...READ_DIVIDENDS,
      ...READ_SHARES,
      ...READ_COLLECTIVE,
      ...READ_RULES,
      ...OVERSEER_LIFE,
      ...SHOP_READER,
      ...ATTACH,
      ...READ_TASKS,
      ...READ_LISTS,
      ...COUNTY_CASES,
      ...OVERSEER_SERVICES,
      'readLiaison',
      'exportLiaison',
      ...COUNTY_ELECTIONS,
      ...READS_ROUNDS,
      ...OVERSEER_AUDITS,
      ...OVERSEER_COMPLAINTS,
      ...SUPERVISION_READER,
      // finance
      'readFinance',
      // disclosure
      'readDisclosure',
      'superviseQuestions',
      // spending
      'readSpending',
      'readVillage',
      'readRegistry',
      'exportRoster',
      'readAudit',
      'readDecisions',
    ],
  ],
  // the seats issue 13 added: the station's staff, mediators, and grid chiefs (who head a grid)
  [
    'service station staff (便民服务站)',
    villager([['convenienceServiceStation', 'member']]),
    [
      ...OWN_MESSAGES,
      ...OWN_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...VILLAGE_LIFE,
      ...SHOP_KEEPER,
      'askQuestions',
      'demandAudits',
      'fileOwnComplaints',
      'handleLiaisonCases',
      'handleServiceRequests',
      'logVisits',
      'manageServiceCatalogue',
      'nameComplaintCadres',
      'objectToRoll',
      'orderOwnServices',
      'raiseOwnIssues',
      'rateEvaluations',
      'readAudits',
      'readDecisions',
      'readDisclosure',
      'readElections',
      'readServices',
      'readVillage',
      ...PUBLIC_LISTS,
      'requestRecall',
      'runElections',
      'signRecall',
      'takePart',
      'useAttachments',
      'viewServiceRequesters',
    ],
  ],
  [
    'people’s mediator (人民调解委员会)',
    villager([['mediationCommittee', 'member']]),
    [
      ...OWN_MESSAGES,
      ...OWN_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...VILLAGE_LIFE,
      ...SHOPPER,
      'askQuestions',
      'demandAudits',
      'fileOwnComplaints',
      'handleLiaisonCases',
      'logVisits',
      'mediateDisputes',
      'nameComplaintCadres',
      'objectToRoll',
      'orderOwnServices',
      'raiseOwnIssues',
      'rateEvaluations',
      'readAudits',
      'readDecisions',
      'readDisclosure',
      'readDisputes',
      'readElections',
      'readVillage',
      ...PUBLIC_LISTS,
      'requestRecall',
      'runElections',
      'signRecall',
      'takePart',
      'useAttachments',
    ],
  ],
  [
    'grid chief (片长)',
    { ...villager(), gridsHeaded: ['g1'] },
    [
      ...OWN_MESSAGES,
      ...OWN_ASSISTANCE,
      ...OWN_POINTS,
      ...OWN_DUES,
      ...OWN_PARTY,
      ...OWN_COLLECTIVE,
      ...READ_POINTS,
      'proposePointsAwards',
      ...VILLAGE_LIFE,
      'proposeMoralListing',
      ...SHOPPER,
      'askQuestions',
      'demandAudits',
      'fileOwnComplaints',
      'handleLiaisonCases',
      'logDuties',
      'logVisits',
      'nameComplaintCadres',
      'objectToRoll',
      'orderOwnServices',
      'raiseIssuesFor',
      'raiseOwnIssues',
      'rateEvaluations',
      'readAudits',
      'readDecisions',
      'readDisclosure',
      'readElections',
      'readLiaison',
      'readVillage',
      ...PUBLIC_LISTS,
      'requestRecall',
      'runElections',
      'signRecall',
      'takePart',
      'useAttachments',
    ],
  ],
  ['villager of another village', villager([['villagersCommittee', 'chair']], 'v2'), []],
  ['official of another town', staff('town', 't2'), []],
  ['official of another county', staff('county', 'c2'), []],
];

describe('village policy', () => {
  it.each(CASES)('%s', (_, actor, expected) => {
    const abilities = villageAbilities(actor, scope);
    expect(
      Object.entries(abilities)
        .filter(([, yes]) => yes)
        .map(([a]) => a)
        .sort(),
    ).toEqual([...expected].sort());
    for (const ability of expected) expect(can(actor, ability, scope)).toBe(true);
  });

  it('derives roles only from seats in this village', () => {
    expect([...rolesIn(villager([['villagersCommittee', 'chair']]), scope)].sort()).toEqual([
      'committeeChair',
      'committeeMember',
      'villager',
    ]);
    expect([...rolesIn(villager([['villagersCommittee', 'chair']], 'v2'), scope)]).toEqual([]);
  });

  it('a villager reads their own household only', () => {
    const v = villager();
    expect(canReadHousehold(v, scope, { id: 'h1', memberIds: ['p1', 'p2'] })).toBe(true);
    expect(canReadHousehold(v, scope, { id: 'h2', memberIds: ['p3'] })).toBe(false);
    expect(canReadHousehold(villager([], 'v2'), scope, { id: 'h1', memberIds: ['p1'] })).toBe(
      false,
    );
  });

  it('full ID numbers: on screen for the register’s keepers and the town; a full export for the keepers only', () => {
    const holders = (ability: VillageAbility) =>
      CASES.filter(([, actor]) => can(actor, ability, scope)).map(([name]) => name);
    expect(holders('viewResidentIdNumbers')).toEqual([
      'committee member',
      'committee chair',
      'town official of the town',
    ]);
    expect(holders('exportRosterIdNumbers')).toEqual(['committee member', 'committee chair']);
    // every holder of the full export also sees the numbers on screen, and may export at all
    for (const [, actor] of CASES)
      if (can(actor, 'exportRosterIdNumbers', scope)) {
        expect(can(actor, 'viewResidentIdNumbers', scope)).toBe(true);
        expect(can(actor, 'exportRoster', scope)).toBe(true);
      }
  });

  it('the town writes a village’s bodies only until its villagers’ committee serves', () => {
    const town = staff('town', 't1');
    expect(can(town, 'writeBodies', scope)).toBe(true);
    expect(writesBodiesFromVillageSeat(town, 'v1')).toBe(false);
    expect(mayWriteBodiesNow(town, 'v1', false)).toBe(true);
    expect(mayWriteBodiesNow(town, 'v1', true)).toBe(false);
    for (const seat of [
      villager([['partyBranch', 'secretary']]),
      villager([['villagersCommittee', 'chair']]),
    ]) {
      expect(writesBodiesFromVillageSeat(seat, 'v1')).toBe(true);
      expect(mayWriteBodiesNow(seat, 'v1', true)).toBe(true);
    }
    // a seat in another village does not count here
    expect(
      writesBodiesFromVillageSeat(villager([['villagersCommittee', 'chair']], 'v2'), 'v1'),
    ).toBe(false);
  });
});
