import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { FIXTURE_ROLES, type Fixture, type FixtureRole } from '../../testing/fixtures.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * Walks every /api route with every role and asserts who gets through. The
 * expectations are written out by hand here (not derived from the policy
 * code), and a route the app registers without an entry here fails the test.
 * Requests carry deliberately incomplete bodies: an authorised caller gets a
 * validation answer (4xx other than 401/403), so nothing is written.
 */
const A: FixtureRole[] = [
  'partySecretary',
  'committeeChair',
  'councilMember',
  'representative',
  'supervisionChair',
  'villager',
];
const EVERYONE: FixtureRole[] = [...FIXTURE_ROLES];
const overseers: FixtureRole[] = ['townOfficial', 'countyOfficial'];

interface Expectation {
  allowed: FixtureRole[] | 'public';
  /** Concrete path (village A) and an optional body. */
  path: (f: Fixture) => string;
  body?: unknown;
}

const v = (f: Fixture) => `/api/villages/${f.villageA.id}`;
const FINANCE_READERS: FixtureRole[] = [
  'partySecretary',
  'committeeChair',
  'supervisionChair',
  ...overseers,
];
const FINANCE_BOOKERS: FixtureRole[] = ['committeeChair', 'townOfficial'];
const SUPERVISION_READERS: FixtureRole[] = [
  'partySecretary',
  'committeeChair',
  'supervisionChair',
  ...overseers,
];
// 罢免 and 补选 are run by those who organise elections (the cadres and the town)
const ORGANISERS: FixtureRole[] = ['partySecretary', 'committeeChair', 'townOfficial'];
// the outbox: those who publish see each notice's delivery and retry; the supervision committee
// and the overseers read it; every villager of the village reads their own 我的消息
function notificationsExpectations(): Record<string, Expectation> {
  const readers: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'supervisionChair',
    ...overseers,
  ];
  const notice = '/notifications/notices/00000000-0000-4000-8000-000000000000';
  return {
    'GET /api/villages/:villageId/notifications/notices': {
      allowed: readers,
      path: (f) => `${v(f)}/notifications/notices`,
    },
    'GET /api/villages/:villageId/notifications/notices/:noticeId': {
      allowed: readers,
      path: (f) => `${v(f)}${notice}`,
    },
    'POST /api/villages/:villageId/notifications/notices/:noticeId/retry': {
      allowed: ['partySecretary', 'committeeChair'],
      path: (f) => `${v(f)}${notice}/retry`,
    },
    'GET /api/villages/:villageId/notifications/failed': {
      allowed: readers,
      path: (f) => `${v(f)}/notifications/failed`,
    },
    'POST /api/villages/:villageId/notifications/messages/:messageId/retry': {
      allowed: ['partySecretary', 'committeeChair'],
      path: (f) => `${v(f)}/notifications/messages/00000000-0000-4000-8000-000000000000/retry`,
    },
    'PUT /api/villages/:villageId/notifications/office-phone': {
      allowed: ['partySecretary', 'committeeChair'],
      path: (f) => `${v(f)}/notifications/office-phone`,
      body: {},
    },
    'GET /api/villages/:villageId/my-messages': { allowed: A, path: (f) => `${v(f)}/my-messages` },
  };
}
function serviceListsExpectations(): Record<string, Expectation> {
  const readers: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'representative',
    'supervisionChair',
    ...overseers,
  ];
  const compilers: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const id = '00000000-0000-4000-8000-000000000000';
  const at = (path: string) => (f: Fixture) => `${v(f)}${path}`;
  return {
    'GET /api/villages/:villageId/service-lists': { allowed: readers, path: at('/service-lists') },
    'GET /api/villages/:villageId/service-lists/published': {
      allowed: A,
      path: at('/service-lists/published'),
    },
    'POST /api/villages/:villageId/service-lists/needs': {
      allowed: compilers,
      path: at('/service-lists/needs'),
      body: {},
    },
    'DELETE /api/villages/:villageId/service-lists/needs/:needId': {
      allowed: compilers,
      path: at(`/service-lists/needs/${id}`),
    },
    'POST /api/villages/:villageId/service-lists/resources': {
      allowed: compilers,
      path: at('/service-lists/resources'),
      body: {},
    },
    'DELETE /api/villages/:villageId/service-lists/resources/:resourceId': {
      allowed: compilers,
      path: at(`/service-lists/resources/${id}`),
    },
    'POST /api/villages/:villageId/service-lists/publish': {
      allowed: compilers,
      path: at('/service-lists/publish'),
      body: {},
    },
    'POST /api/villages/:villageId/service-projects': {
      allowed: compilers,
      path: at('/service-projects'),
      body: {},
    },
    'PUT /api/villages/:villageId/service-projects/:projectId': {
      allowed: compilers,
      path: at(`/service-projects/${id}`),
      body: {},
    },
    'POST /api/villages/:villageId/service-projects/:projectId/steps': {
      allowed: readers,
      path: at(`/service-projects/${id}/steps`),
      body: {},
    },
    'GET /api/town/service-lists': {
      allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
      path: () => '/api/town/service-lists',
    },
  };
}

/** 村规民约: the two committees draft and carry a version, the township reviews; the representatives, the supervision committee and the overseers read. */
function villageRulesExpectations(): Record<string, Expectation> {
  const readers: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'representative',
    'supervisionChair',
    ...overseers,
  ];
  const drafters: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const nil = '00000000-0000-4000-8000-000000000000';
  const at = (path: string) => (f: Fixture) => `${v(f)}/village-rules${path}`;
  const V = '/api/villages/:villageId/village-rules';
  return {
    [`GET ${V}`]: { allowed: readers, path: at('') },
    [`POST ${V}`]: { allowed: drafters, path: at(''), body: { title: 5 } },
    [`GET ${V}/:versionId`]: { allowed: readers, path: at(`/${nil}`) },
    [`PUT ${V}/:versionId/clauses`]: { allowed: drafters, path: at(`/${nil}/clauses`), body: {} },
    [`POST ${V}/:versionId/opinions`]: {
      allowed: drafters,
      path: at(`/${nil}/opinions`),
      body: {},
    },
    // the steps are the machine's (the township passes, returns, orders corrections)
    [`POST ${V}/:versionId/steps`]: { allowed: readers, path: at(`/${nil}/steps`), body: {} },
    [`POST ${V}/:versionId/flags`]: {
      allowed: ['townOfficial'],
      path: at(`/${nil}/flags`),
      body: {},
    },
    [`POST ${V}/:versionId/flags/:flagId/close`]: {
      allowed: ['townOfficial'],
      path: at(`/${nil}/flags/${nil}/close`),
      body: {},
    },
    'GET /api/town/village-rules': {
      allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
      path: () => '/api/town/village-rules',
    },
  };
}

const EXPECTATIONS: Record<string, Expectation> = {
  'GET /api/health': { allowed: 'public', path: () => '/api/health' },
  // the API's description is public: it names routes and shapes, no village's data
  'GET /api/openapi.json': { allowed: 'public', path: () => '/api/openapi.json' },
  'GET /api/docs': { allowed: 'public', path: () => '/api/docs' },
  'GET /api/docs/json': { allowed: 'public', path: () => '/api/docs/json' },
  'GET /api/docs/yaml': { allowed: 'public', path: () => '/api/docs/yaml' },
  'GET /api/docs/static/*': { allowed: 'public', path: () => '/api/docs/static/logo.svg' },
  'GET /api/docs/static/index.html': {
    allowed: 'public',
    path: () => '/api/docs/static/index.html',
  },
  'GET /api/docs/static/swagger-initializer.js': {
    allowed: 'public',
    path: () => '/api/docs/static/swagger-initializer.js',
  },
  'POST /api/auth/sign-in': { allowed: 'public', path: () => '/api/auth/sign-in', body: {} },
  'POST /api/auth/sign-out': { allowed: 'public', path: () => '/api/auth/sign-out' },
  'GET /api/me': { allowed: EVERYONE, path: () => '/api/me' },
  'POST /api/me/password': { allowed: EVERYONE, path: () => '/api/me/password', body: {} },
  'GET /api/villages': { allowed: EVERYONE, path: () => '/api/villages' },
  // the town's and county's view of their villages' findings: officials only
  'GET /api/oversight/villages': {
    allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
    path: () => '/api/oversight/villages',
  },
  // village A's town: its own town and the county see it, the other town is refused
  'GET /api/oversight/dashboard': {
    allowed: ['townOfficial', 'countyOfficial'],
    path: (f) => `/api/oversight/dashboard?level=town&id=${f.townIds[0]}`,
  },
  'GET /api/oversight/dashboard.xlsx': {
    allowed: ['townOfficial', 'countyOfficial'],
    path: (f) => `/api/oversight/dashboard.xlsx?level=town&id=${f.townIds[0]}`,
  },
  'GET /api/oversight/work': {
    allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
    path: () => '/api/oversight/work',
  },
  'GET /api/villages/:villageId': { allowed: [...A, ...overseers], path: v },
  'GET /api/villages/:villageId/frame': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/frame`,
  },
  'GET /api/villages/:villageId/my-home': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/my-home`,
  },
  'GET /api/villages/:villageId/groups': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/groups`,
  },
  'GET /api/villages/:villageId/grids': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/grids`,
  },
  'POST /api/villages/:villageId/bodies/:bodyId/terms': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/bodies/${f.villageA.bodyIds.villagersCommittee}/terms`,
    body: {},
  },
  'POST /api/villages/:villageId/bodies/:bodyId/members': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/bodies/${f.villageA.bodyIds.villagersCommittee}/members`,
    body: {},
  },
  'POST /api/villages/:villageId/bodies/:bodyId/members/:membershipId/end': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) =>
      `${v(f)}/bodies/${f.villageA.bodyIds.villagersCommittee}/members/00000000-0000-4000-8000-000000000000/end`,
    body: {},
  },
  'GET /api/villages/:villageId/households': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/households`,
  },
  // household 3 is 陈志明's alone (the supervision chair): readable by registry readers and by himself
  'GET /api/villages/:villageId/households/:householdId': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/households/${f.villageA.householdIds[2]}`,
  },
  'POST /api/villages/:villageId/households': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/households`,
    body: {},
  },
  'PATCH /api/villages/:villageId/households/:householdId': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/households/${f.villageA.householdIds[2]}`,
    body: {},
  },
  'POST /api/villages/:villageId/households/:householdId/persons': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/households/${f.villageA.householdIds[2]}/persons`,
    body: { name: '' },
  },
  'GET /api/villages/:villageId/persons': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/persons`,
  },
  'GET /api/villages/:villageId/persons/:personId': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/persons/${f.villageA.personIds[5]}`,
  },
  'PATCH /api/villages/:villageId/persons/:personId': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/persons/${f.villageA.personIds[5]}`,
    body: {},
  },
  'GET /api/villages/:villageId/persons/:personId/history': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/persons/${f.villageA.personIds[5]}/history`,
  },
  'GET /api/villages/:villageId/persons/:personId/relatives': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/persons/${f.villageA.personIds[5]}/relatives`,
  },
  'POST /api/villages/:villageId/kin-ties': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/kin-ties`,
    body: {},
  },
  'GET /api/villages/:villageId/close-relatives': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'councilMember',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) =>
      `${v(f)}/close-relatives?a=${f.villageA.personIds[0]}&b=${f.villageA.personIds[1]}`,
  },
  'POST /api/villages/:villageId/persons/:personId/reset-password': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/persons/00000000-0000-4000-8000-000000000000/reset-password`,
  },
  'POST /api/villages/:villageId/persons/:personId/unlock-sign-in': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/persons/00000000-0000-4000-8000-000000000000/unlock-sign-in`,
  },
  'POST /api/villages/:villageId/roster-imports': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/roster-imports`,
    body: {},
  },
  'POST /api/villages/:villageId/roster-imports/preview': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/roster-imports/preview`,
    body: {},
  },
  'PUT /api/villages/:villageId/roster-columns': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/roster-columns`,
    body: {},
  },
  'GET /api/villages/:villageId/roster-imports/:importId': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/roster-imports/00000000-0000-4000-8000-000000000000`,
  },
  'GET /api/villages/:villageId/roster-template.xlsx': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/roster-template.xlsx`,
  },
  'GET /api/villages/:villageId/roster.xlsx': {
    allowed: ['partySecretary', 'committeeChair', ...overseers],
    path: (f) => `${v(f)}/roster.xlsx`,
  },
  'GET /api/villages/:villageId/audit': {
    allowed: ['partySecretary', 'committeeChair', 'supervisionChair', ...overseers],
    path: (f) => `${v(f)}/audit`,
  },
  // a village's published audit chain heads: public by design (no personal data)
  'GET /api/public/villages/:villageId/audit/checkpoints': {
    allowed: 'public',
    path: (f) => `/api/public/villages/${f.villageA.id}/audit/checkpoints`,
  },
  'GET /api/villages/:villageId/audit/verify': {
    allowed: ['partySecretary', 'committeeChair', 'supervisionChair', ...overseers],
    path: (f) => `${v(f)}/audit/verify`,
  },
  // matters, notices, resolutions, authorisations, rules: public within the village and to
  // the town and county that oversee it; only the two committees' cadres manage them
  'GET /api/villages/:villageId/matters': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/matters`,
  },
  'POST /api/villages/:villageId/matters': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/matters`,
    body: {},
  },
  'GET /api/villages/:villageId/matters/:matterId': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/matters/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/matters/:matterId/steps': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/matters/00000000-0000-4000-8000-000000000000/steps`,
    body: {},
  },
  'POST /api/villages/:villageId/matters/:matterId/withdraw': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/matters/00000000-0000-4000-8000-000000000000/withdraw`,
    body: {},
  },
  'GET /api/villages/:villageId/notices': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/notices`,
  },
  'GET /api/villages/:villageId/notices/:noticeId': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/notices/00000000-0000-4000-8000-000000000000`,
  },
  'GET /api/villages/:villageId/resolutions': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/resolutions`,
  },
  'GET /api/villages/:villageId/resolutions/:resolutionId': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/resolutions/00000000-0000-4000-8000-000000000000`,
  },
  'GET /api/villages/:villageId/authorisations': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/authorisations`,
  },
  'POST /api/villages/:villageId/authorisations': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/authorisations`,
    body: {},
  },
  'POST /api/villages/:villageId/authorisations/:authorisationId/revoke': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/authorisations/00000000-0000-4000-8000-000000000000/revoke`,
    body: {},
  },
  // 三务公开: the calendar and postings as public as the notices; the cadres publish (the right
  // body by its seat: the command checks), record postings and answer; villagers ask; every
  // question with its asker: the cadres, the supervision committee and the overseers
  'GET /api/villages/:villageId/disclosure/calendar': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/disclosure/calendar`,
  },
  'POST /api/villages/:villageId/disclosure/notices': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/disclosure/notices`,
    body: {},
  },
  'POST /api/villages/:villageId/notices/:noticeId/board-postings': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/notices/00000000-0000-4000-8000-000000000000/board-postings`,
    body: {},
  },
  'POST /api/villages/:villageId/board-postings/:postingId/taken-down': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/board-postings/00000000-0000-4000-8000-000000000000/taken-down`,
    body: {},
  },
  'GET /api/villages/:villageId/board-postings/:postingId/photo': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/board-postings/00000000-0000-4000-8000-000000000000/photo`,
  },
  'GET /api/villages/:villageId/notices/:noticeId/broadcast': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/notices/00000000-0000-4000-8000-000000000000/broadcast`,
  },
  'GET /api/villages/:villageId/notices/:noticeId/broadcast/audio': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/notices/00000000-0000-4000-8000-000000000000/broadcast/audio`,
  },
  'GET /api/villages/:villageId/notices/:noticeId/questions': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/notices/00000000-0000-4000-8000-000000000000/questions`,
  },
  'POST /api/villages/:villageId/notices/:noticeId/questions': {
    allowed: A,
    path: (f) => `${v(f)}/notices/00000000-0000-4000-8000-000000000000/questions`,
    body: {},
  },
  'POST /api/villages/:villageId/questions/:questionId/answer': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/questions/00000000-0000-4000-8000-000000000000/answer`,
    body: {},
  },
  'GET /api/villages/:villageId/questions': {
    allowed: ['partySecretary', 'committeeChair', 'supervisionChair', ...overseers],
    path: (f) => `${v(f)}/questions`,
  },
  'GET /api/villages/:villageId/rules': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/rules`,
  },
  'PUT /api/villages/:villageId/rules/overrides/:ruleId': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/rules/overrides/VCOL-21-CONVENE`,
    body: {},
  },
  'POST /api/villages/:villageId/rules/overrides/:ruleId/repeal': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/rules/overrides/VCOL-21-CONVENE/repeal`,
    body: {},
  },
  'GET /api/villages/:villageId/bodies/:bodyId/composition': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/bodies/${f.villageA.bodyIds.villagersCommittee}/composition`,
  },
  'PUT /api/villages/:villageId/bodies/:bodyId/members/:membershipId/qualifications': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) =>
      `${v(f)}/bodies/${f.villageA.bodyIds.villageAffairsSupervisionCommittee}/members/00000000-0000-4000-8000-000000000000/qualifications`,
    body: {},
  },
  // meetings and votes: read by the village and its overseers; run by the two committees'
  // cadres; agenda review and verdict by the supervision committee; check-in, votes and
  // demands are a villager's own voice (every villager of the village, cadres included)
  'GET /api/villages/:villageId/meetings': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/meetings`,
  },
  'POST /api/villages/:villageId/meetings': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings`,
    body: {},
  },
  'GET /api/villages/:villageId/meetings/:meetingId': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/meetings/:meetingId/cancel': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/cancel`,
    body: {},
  },
  'PUT /api/villages/:villageId/meetings/:meetingId/agenda': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/agenda`,
    body: {},
  },
  'POST /api/villages/:villageId/meetings/:meetingId/open': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/open`,
  },
  'POST /api/villages/:villageId/meetings/:meetingId/close': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/close`,
  },
  'PUT /api/villages/:villageId/meetings/:meetingId/minutes': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/minutes`,
    body: {},
  },
  'POST /api/villages/:villageId/meetings/:meetingId/verdict': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/verdict`,
    body: {},
  },
  'POST /api/villages/:villageId/meetings/:meetingId/check-in': {
    allowed: A,
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/check-in`,
    body: {},
  },
  'POST /api/villages/:villageId/meetings/:meetingId/attendance': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/attendance`,
    body: {},
  },
  'POST /api/villages/:villageId/meetings/:meetingId/attendance/sheet': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/attendance/sheet`,
    body: {},
  },
  'GET /api/villages/:villageId/meetings/:meetingId/eligible': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/eligible`,
  },
  'DELETE /api/villages/:villageId/meetings/:meetingId/attendance/:personId': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) =>
      `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/attendance/${f.villageA.personIds[1]}`,
  },
  'POST /api/villages/:villageId/meetings/:meetingId/proxies': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/proxies`,
    body: {},
  },
  'POST /api/villages/:villageId/meetings/:meetingId/motions': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/motions`,
    body: {},
  },
  'POST /api/villages/:villageId/motions/:motionId/open': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/motions/00000000-0000-4000-8000-000000000000/open`,
  },
  'POST /api/villages/:villageId/motions/:motionId/votes': {
    allowed: A,
    path: (f) => `${v(f)}/motions/00000000-0000-4000-8000-000000000000/votes`,
    body: {},
  },
  'POST /api/villages/:villageId/motions/:motionId/close': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/motions/00000000-0000-4000-8000-000000000000/close`,
    body: {},
  },
  'GET /api/villages/:villageId/motions/:motionId/ballots': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/motions/00000000-0000-4000-8000-000000000000/ballots`,
  },
  'POST /api/villages/:villageId/meetings/demands': {
    allowed: A,
    path: (f) => `${v(f)}/meetings/demands`,
    body: {},
  },
  'GET /api/villages/:villageId/demands': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/demands`,
  },
  'POST /api/villages/:villageId/demands/:demandId/signatures': {
    allowed: A,
    path: (f) => `${v(f)}/demands/00000000-0000-4000-8000-000000000000/signatures`,
  },
  'POST /api/villages/:villageId/demands/:demandId/paper-signatures': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/demands/00000000-0000-4000-8000-000000000000/paper-signatures`,
    body: {},
  },
  // spending: cadres hand in and pay, each step by its seat (checked inside), supervisors hold
  'GET /api/villages/:villageId/spending': {
    allowed: ['partySecretary', 'committeeChair', 'supervisionChair', ...overseers],
    path: (f) => `${v(f)}/spending`,
  },
  'POST /api/villages/:villageId/spending': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/spending`,
    body: {},
  },
  'GET /api/villages/:villageId/spending/:requestId': {
    allowed: ['partySecretary', 'committeeChair', 'supervisionChair', ...overseers],
    path: (f) => `${v(f)}/spending/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/spending/:requestId/steps/:step/approve': {
    allowed: ['partySecretary', 'committeeChair', 'supervisionChair', 'townOfficial'],
    path: (f) => `${v(f)}/spending/00000000-0000-4000-8000-000000000000/steps/checked/approve`,
    body: {},
  },
  'POST /api/villages/:villageId/spending/:requestId/steps/:step/refuse': {
    allowed: ['partySecretary', 'committeeChair', 'supervisionChair', 'townOfficial'],
    path: (f) => `${v(f)}/spending/00000000-0000-4000-8000-000000000000/steps/checked/refuse`,
    body: {},
  },
  'POST /api/villages/:villageId/spending/:requestId/payment': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/spending/00000000-0000-4000-8000-000000000000/payment`,
    body: {},
  },
  // the supervision committee's own work: read by the committee, the cadres it supervises and
  // the town and county; acted on by its members only; corrections answered by the cadres
  'GET /api/villages/:villageId/supervision': {
    allowed: SUPERVISION_READERS,
    path: (f) => `${v(f)}/supervision`,
  },
  'GET /api/villages/:villageId/supervision/inbox': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/inbox`,
  },
  'POST /api/villages/:villageId/supervision/motions': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/motions`,
    body: {},
  },
  'GET /api/villages/:villageId/supervision/motions/:motionId': {
    allowed: SUPERVISION_READERS,
    path: (f) => `${v(f)}/supervision/motions/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/supervision/motions/:motionId/votes': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/motions/00000000-0000-4000-8000-000000000000/votes`,
    body: {},
  },
  'POST /api/villages/:villageId/supervision/motions/:motionId/close': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/motions/00000000-0000-4000-8000-000000000000/close`,
  },
  'POST /api/villages/:villageId/supervision/plans': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/plans`,
    body: {},
  },
  'POST /api/villages/:villageId/supervision/inspections': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/inspections`,
    body: {},
  },
  'GET /api/villages/:villageId/supervision/inspections/:inspectionId': {
    allowed: SUPERVISION_READERS,
    path: (f) => `${v(f)}/supervision/inspections/00000000-0000-4000-8000-000000000000`,
  },
  'PUT /api/villages/:villageId/supervision/inspections/:inspectionId/attendance': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/inspections/00000000-0000-4000-8000-000000000000/attendance`,
    body: {},
  },
  'POST /api/villages/:villageId/supervision/inspections/:inspectionId/findings': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/inspections/00000000-0000-4000-8000-000000000000/findings`,
    body: {},
  },
  // a finding's photos and documents: recorded by members, read by whoever reads the inspection
  'POST /api/villages/:villageId/supervision/inspections/:inspectionId/findings/upload': {
    allowed: ['supervisionChair'],
    path: (f) =>
      `${v(f)}/supervision/inspections/00000000-0000-4000-8000-000000000000/findings/upload`,
    body: {},
  },
  'GET /api/villages/:villageId/supervision/inspections/:inspectionId/evidence/:evidenceId': {
    allowed: SUPERVISION_READERS,
    path: (f) =>
      `${v(f)}/supervision/inspections/00000000-0000-4000-8000-000000000000/evidence/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/supervision/corrections/:correctionId/answer': {
    allowed: ['partySecretary', 'committeeChair'],
    path: (f) => `${v(f)}/supervision/corrections/00000000-0000-4000-8000-000000000000/answer`,
    body: {},
  },
  'POST /api/villages/:villageId/supervision/corrections/:correctionId/verify': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/corrections/00000000-0000-4000-8000-000000000000/verify`,
    body: {},
  },
  'POST /api/villages/:villageId/supervision/reports': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/reports`,
    body: {},
  },
  'PUT /api/villages/:villageId/supervision/reports/:reportId': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/supervision/reports/00000000-0000-4000-8000-000000000000`,
    body: {},
  },
  'GET /api/villages/:villageId/supervision/reports/:reportId': {
    allowed: SUPERVISION_READERS,
    path: (f) => `${v(f)}/supervision/reports/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/spending-holds/:holdId/refer': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/spending-holds/00000000-0000-4000-8000-000000000000/refer`,
    body: {},
  },
  'POST /api/villages/:villageId/spending-holds/:holdId/inspection': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/spending-holds/00000000-0000-4000-8000-000000000000/inspection`,
    body: {},
  },
  'POST /api/villages/:villageId/spending-holds/:holdId/release': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/spending-holds/00000000-0000-4000-8000-000000000000/release`,
    body: {},
  },
  // 罢免、补选: villagers open and sign a recall; the cadres and the town run it; the town or county voids a win
  'GET /api/villages/:villageId/recalls': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/recalls`,
  },
  'POST /api/villages/:villageId/recalls': {
    allowed: [...A, 'townOfficial'],
    path: (f) => `${v(f)}/recalls`,
    body: {},
  },
  'GET /api/villages/:villageId/recalls/:recallId': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/recalls/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/recalls/:recallId/signatures': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/recalls/00000000-0000-4000-8000-000000000000/signatures`,
    body: {},
  },
  'POST /api/villages/:villageId/recalls/:recallId/submit': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/recalls/00000000-0000-4000-8000-000000000000/submit`,
    body: {},
  },
  'POST /api/villages/:villageId/recalls/:recallId/reply': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/recalls/00000000-0000-4000-8000-000000000000/reply`,
    body: {},
  },
  'POST /api/villages/:villageId/recalls/:recallId/schedule': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/recalls/00000000-0000-4000-8000-000000000000/schedule`,
    body: {},
  },
  'POST /api/villages/:villageId/recalls/:recallId/result': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/recalls/00000000-0000-4000-8000-000000000000/result`,
    body: {},
  },
  'POST /api/villages/:villageId/recalls/:recallId/signatures/mine': {
    allowed: A,
    path: (f) => `${v(f)}/recalls/00000000-0000-4000-8000-000000000000/signatures/mine`,
    body: {},
  },
  'POST /api/villages/:villageId/offices/end': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/offices/end`,
    body: {},
  },
  'POST /api/villages/:villageId/offices/void-win': {
    allowed: overseers,
    path: (f) => `${v(f)}/offices/void-win`,
    body: {},
  },
  'GET /api/villages/:villageId/by-elections': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/by-elections`,
  },
  'POST /api/villages/:villageId/by-elections': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/by-elections`,
    body: {},
  },
  'GET /api/villages/:villageId/by-elections/:byElectionId': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/by-elections/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/by-elections/:byElectionId/candidates': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/by-elections/00000000-0000-4000-8000-000000000000/candidates`,
    body: {},
  },
  'POST /api/villages/:villageId/by-elections/:byElectionId/count': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/by-elections/00000000-0000-4000-8000-000000000000/count`,
    body: {},
  },
  'POST /api/villages/:villageId/by-elections/:byElectionId/certify': {
    allowed: ORGANISERS,
    path: (f) => `${v(f)}/by-elections/00000000-0000-4000-8000-000000000000/certify`,
    body: {},
  },
  // 民主评议: the supervision committee hosts; every villager may open a sheet (evaluator checked inside)
  // 选举: villagers read; the committee's steps pass the guard as villagers (the seat is checked in the command)
  'GET /api/villages/:villageId/elections': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections`,
  },
  'POST /api/villages/:villageId/elections': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/elections`,
    body: {},
  },
  'GET /api/villages/:villageId/elections/:electionId': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000`,
  },
  'GET /api/villages/:villageId/elections/:electionId/roll': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/roll`,
  },
  'GET /api/villages/:villageId/elections/:electionId/my-registration': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/my-registration`,
  },
  'POST /api/villages/:villageId/elections/:electionId/committee': {
    allowed: ['partySecretary', 'committeeChair', 'townOfficial'],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/committee`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/objections/mine': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/objections/mine`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/nominations/sheets': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/nominations/sheets`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/committee/file': {
    allowed: ['townOfficial'],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/committee/file`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/objections/:objectionId/decide': {
    allowed: A,
    path: (f) =>
      `${v(f)}/elections/00000000-0000-4000-8000-000000000000/objections/00000000-0000-4000-8000-000000000000/decide`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/committee/publish': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/committee/publish`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/objections': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/objections`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/rules/draft': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/rules/draft`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/rules/adopt': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/rules/adopt`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/voters': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/voters`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/voters/from-registry': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/voters/from-registry`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/roll/publish': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/roll/publish`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/nominations/open': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/nominations/open`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/nominations': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/nominations`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/candidates/publish': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/candidates/publish`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/candidates/withdraw': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/candidates/withdraw`,
    body: {},
  },
  // 选举, the second half: the committee's steps as above; the town approves mobile boxes; readers cast (the roll is checked inside)
  'POST /api/villages/:villageId/elections/:electionId/polling-notice': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/polling-notice`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/proxies': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/proxies`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/proxies/approve': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/proxies/approve`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/mobile-boxes': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/mobile-boxes`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/polling/open': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/polling/open`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/ballots/issue': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/ballots/issue`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/ballots/paper': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/ballots/paper`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/tally-sheets': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/tally-sheets`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/count': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/count`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/rounds/schedule': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/rounds/schedule`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/result/certify': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/result/certify`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/handover': {
    allowed: A,
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/handover`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/mobile-boxes/approve': {
    allowed: ['townOfficial'],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/mobile-boxes/approve`,
    body: {},
  },
  'POST /api/villages/:villageId/elections/:electionId/ballots': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/ballots`,
    body: {},
  },
  'GET /api/villages/:villageId/elections/:electionId/rounds': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/rounds`,
  },
  'GET /api/villages/:villageId/elections/:electionId/rounds/:round/bulletin': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/rounds/1/bulletin`,
  },
  'GET /api/villages/:villageId/elections/:electionId/result': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/result`,
  },
  'GET /api/villages/:villageId/evaluations': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'representative',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/evaluations`,
  },
  'POST /api/villages/:villageId/evaluations': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/evaluations`,
    body: {},
  },
  'GET /api/villages/:villageId/evaluations/:roundId': {
    allowed: [
      'partySecretary',
      'committeeChair',
      'representative',
      'supervisionChair',
      ...overseers,
    ],
    path: (f) => `${v(f)}/evaluations/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/evaluations/:roundId/paper': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/evaluations/00000000-0000-4000-8000-000000000000/paper`,
    body: {},
  },
  'POST /api/villages/:villageId/evaluations/:roundId/count': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/evaluations/00000000-0000-4000-8000-000000000000/count`,
  },
  'POST /api/villages/:villageId/evaluations/:roundId/publish': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/evaluations/00000000-0000-4000-8000-000000000000/publish`,
    body: {},
  },
  'GET /api/villages/:villageId/evaluations/:roundId/evaluators': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/evaluations/00000000-0000-4000-8000-000000000000/evaluators`,
  },
  'GET /api/villages/:villageId/evaluations/:roundId/my-sheet': {
    allowed: A,
    path: (f) => `${v(f)}/evaluations/00000000-0000-4000-8000-000000000000/my-sheet`,
  },
  'POST /api/villages/:villageId/evaluations/:roundId/my-sheet': {
    allowed: A,
    path: (f) => `${v(f)}/evaluations/00000000-0000-4000-8000-000000000000/my-sheet`,
    body: {},
  },
  // responsibility audits: villagers read published ones and demand; the supervisors and the town record
  'GET /api/villages/:villageId/responsibility-audits': {
    allowed: [...A, ...overseers],
    path: (f) => `${v(f)}/responsibility-audits`,
  },
  'POST /api/villages/:villageId/responsibility-audits': {
    allowed: ['supervisionChair', ...overseers],
    path: (f) => `${v(f)}/responsibility-audits`,
    body: {},
  },
  'POST /api/villages/:villageId/responsibility-audits/:auditId/report': {
    allowed: ['supervisionChair', ...overseers],
    path: (f) => `${v(f)}/responsibility-audits/00000000-0000-4000-8000-000000000000/report`,
    body: {},
  },
  'POST /api/villages/:villageId/responsibility-audits/:auditId/publish': {
    allowed: ['supervisionChair', ...overseers],
    path: (f) => `${v(f)}/responsibility-audits/00000000-0000-4000-8000-000000000000/publish`,
    body: {},
  },
  'POST /api/villages/:villageId/audit-demands': {
    allowed: A,
    path: (f) => `${v(f)}/audit-demands`,
    body: {},
  },
  'POST /api/villages/:villageId/audit-demands/:demandId/signatures': {
    allowed: A,
    path: (f) => `${v(f)}/audit-demands/00000000-0000-4000-8000-000000000000/signatures`,
  },
  'POST /api/villages/:villageId/audit-demands/:demandId/paper-signatures': {
    allowed: ['supervisionChair', ...overseers],
    path: (f) => `${v(f)}/audit-demands/00000000-0000-4000-8000-000000000000/paper-signatures`,
    body: {},
  },
  // 三清单: the two committees compile and run; supervisors, representatives and overseers read;
  // a project's steps are the machine's (the town files), any reader reaches the route
  ...serviceListsExpectations(),
  ...villageRulesExpectations(),
  ...notificationsExpectations(),
  // the archive: held by the villagers' committee and the supervision committee, nobody else
  'GET /api/villages/:villageId/archive': {
    allowed: ['committeeChair', 'supervisionChair'],
    path: (f) => `${v(f)}/archive`,
  },
  'POST /api/villages/:villageId/archive/items': {
    allowed: ['committeeChair', 'supervisionChair'],
    path: (f) => `${v(f)}/archive/items`,
    body: {},
  },
  'GET /api/villages/:villageId/archive/items/:itemId/file': {
    allowed: ['committeeChair', 'supervisionChair'],
    path: (f) => `${v(f)}/archive/items/00000000-0000-4000-8000-000000000000/file`,
  },
  // an invalid year: the allowed get a 400, nothing is exported (an export is an audited act)
  'GET /api/villages/:villageId/archive/export': {
    allowed: ['committeeChair', 'supervisionChair'],
    path: (f) => `${v(f)}/archive/export?year=abc`,
  },
  // finance: cadres, supervisors and the town read the books; the committee and the town's agency
  // accountant book; the town closes; supervisors review a statement, the committee publishes it.
  // Month 2026-13 and unknown ids: an authorised caller gets 400/404, nothing is written.
  'GET /api/villages/:villageId/finance/accounts': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/accounts`,
  },
  'GET /api/villages/:villageId/finance/vouchers': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/vouchers`,
  },
  'GET /api/villages/:villageId/finance/vouchers.xlsx': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/vouchers.xlsx?from=x`,
  },
  'POST /api/villages/:villageId/finance/vouchers': {
    allowed: FINANCE_BOOKERS,
    path: (f) => `${v(f)}/finance/vouchers`,
    body: {},
  },
  'GET /api/villages/:villageId/finance/vouchers/:voucherId': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/vouchers/00000000-0000-4000-8000-000000000000`,
  },
  'POST /api/villages/:villageId/finance/vouchers/:voucherId/reversal': {
    allowed: FINANCE_BOOKERS,
    path: (f) => `${v(f)}/finance/vouchers/00000000-0000-4000-8000-000000000000/reversal`,
    body: {},
  },
  'POST /api/villages/:villageId/finance/vouchers/:voucherId/receipts': {
    allowed: FINANCE_BOOKERS,
    path: (f) => `${v(f)}/finance/vouchers/00000000-0000-4000-8000-000000000000/receipts`,
    body: {},
  },
  'GET /api/villages/:villageId/finance/vouchers/:voucherId/receipts/:receiptId': {
    allowed: FINANCE_READERS,
    path: (f) =>
      `${v(f)}/finance/vouchers/00000000-0000-4000-8000-000000000000/receipts/00000000-0000-4000-8000-000000000000`,
  },
  'GET /api/villages/:villageId/finance/periods': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/periods`,
  },
  'POST /api/villages/:villageId/finance/periods/:period/close': {
    allowed: ['townOfficial'],
    path: (f) => `${v(f)}/finance/periods/2026-13/close`,
    body: {},
  },
  'GET /api/villages/:villageId/finance/trial-balance': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/trial-balance`,
  },
  'GET /api/villages/:villageId/finance/statements/:period': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/statements/2026-13`,
  },
  'GET /api/villages/:villageId/finance/statements/:period/xlsx': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/statements/2026-13/xlsx`,
  },
  'POST /api/villages/:villageId/finance/statements/:period/review': {
    allowed: ['supervisionChair'],
    path: (f) => `${v(f)}/finance/statements/2026-13/review`,
    body: {},
  },
  'POST /api/villages/:villageId/finance/statements/:period/publish': {
    allowed: ['committeeChair'],
    path: (f) => `${v(f)}/finance/statements/2026-13/publish`,
    body: {},
  },
  'GET /api/villages/:villageId/finance/budgets': {
    allowed: FINANCE_READERS,
    path: (f) => `${v(f)}/finance/budgets`,
  },
  'PUT /api/villages/:villageId/finance/budgets': {
    allowed: FINANCE_BOOKERS,
    path: (f) => `${v(f)}/finance/budgets`,
    body: {},
  },
  'POST /api/villages/:villageId/finance/imports/opening-balances': {
    allowed: FINANCE_BOOKERS,
    path: (f) => `${v(f)}/finance/imports/opening-balances`,
    body: {},
  },
  'POST /api/villages/:villageId/finance/imports/vouchers': {
    allowed: FINANCE_BOOKERS,
    path: (f) => `${v(f)}/finance/imports/vouchers`,
    body: {},
  },
  'GET /api/villages/:villageId/finance/imports/vouchers/:importId': {
    allowed: FINANCE_BOOKERS,
    path: (f) => `${v(f)}/finance/imports/vouchers/00000000-0000-4000-8000-000000000000`,
  },
  // a case's attachments: anyone with a role in the village knocks, the case's kind decides (an
  // unknown kind is a 404 to all who get through)
  ...attachmentExpectations(),
  // complaints (投诉站): supervisors receive, class and read who complained; cadres read and answer
  // what is handed to their body; villagers file and follow their own; the town inbox is for
  // staff only (each referral by unit: the fixture's staff are government, so they meet 404s)
  ...complaintExpectations(),
  // grid liaison: cadres, the supervision committee and the overseers read; the Party's cadres
  // link households; the grid's chief (the fixture's Party secretary) logs duties; every
  // villager raises and follows their own issues and may knock to log a visit
  ...liaisonExpectations(),
  // 人民调解: cadres and the overseers read the register; mediators alone move a dispute
  ...disputeExpectations(),
  // 信访: cadres and the town read (who petitioned only for the case's handlers), cadres register,
  // the town's officials handle; the office's list is for staff
  ...petitionExpectations(),
  // 便民服务站: cadres and the town read the queue; the committee's chair keeps the catalogue
  // with the station's staff (no fixture role holds a station seat: services.test.ts covers
  // them); every villager orders and follows their own
  ...serviceExpectations(),
  // 积分超市: the keepers (the committee's chair among the fixture's roles; the station's staff in
  // supermarket.test.ts) keep the shop and import old ledgers; cadres, the supervision committee and
  // the overseers read it; every villager redeems for their own household
  ...supermarketExpectations(),
  ...workAdmissionExpectations(),
  // 积分换项目: the county runs it, towns report, village leaders contest (features/countyPoints)
  ...countyPointsExpectations(),
  ...moralListExpectations(),
  ...activitiesExpectations(),
  // 积分制: cadres keep the scheme, propose and publish; the reviewing bodies' members check (seat
  // checked in the command); the village's bodies and overseers read; villagers see their household
  ...pointsExpectations(),
  // 党组织和“三会一课”: Party records — the branch committee keeps them, the town Party committee's
  // officials read; a member asks for their own; the villagers' bodies never
  ...partyExpectations(),
  // 集体经济组织及成员: cadres record the organisation, charter and membership acts; the supervision
  // committee and overseers read the register (full ID numbers only to those who may see them)
  ...collectiveExpectations(),
  // 党费: Party records — the branch keeps them, the town Party committee's officials read, a
  // villager asks for their own (empty unless a member); the villagers' bodies and the county never
  ...partyDuesExpectations(),
  // the collective's books: cadres and the town's agency accountant keep them, the supervision
  // committee records requests to sue, overseers read; a villager sees their own membership
  ...collectiveBooksExpectations(),
  // 股权量化: cadres keep the register of shares; the supervision committee and overseers read it
  ...sharesExpectations(),
  // 收益分配: cadres draft and record the adoption; they and the town's agency accountant pay; the
  // supervision committee and overseers read; villagers see their own dividends on the phone only
  ...distributionExpectations(),
  // 代办: every villager acts for their household and reads their own 代办记录 (the command checks
  // the register and the consent); the cadres list the village's consents. The paper ⇄ online
  // reconciliation: cadres, the supervision committee and overseers read; the committee signs
  ...assistanceExpectations(),
};

function partyExpectations(): Record<string, Expectation> {
  const none = '00000000-0000-4000-8000-000000000000';
  const p = (f: Fixture) => `${v(f)}/party`;
  const readers: FixtureRole[] = ['partySecretary', 'townOfficial'];
  const keepers: FixtureRole[] = ['partySecretary'];
  const V = '/api/villages/:villageId/party';
  const keep = (method: string, tail: string) => ({
    [`${method} ${V}${tail.replace(none, ':id')}`]: {
      allowed: keepers,
      path: (f: Fixture) => `${p(f)}${tail}`,
      body: {},
    },
  });
  return {
    [`GET ${V}`]: { allowed: readers, path: p },
    ...keep('POST', '/units'),
    [`PUT ${V}/members/:personId`]: {
      allowed: keepers,
      path: (f) => `${p(f)}/members/${none}`,
      body: {},
    },
    [`POST ${V}/members/:personId/leave`]: {
      allowed: keepers,
      path: (f) => `${p(f)}/members/${none}/leave`,
      body: {},
    },
    [`POST ${V}/units/:unitId/seats`]: {
      allowed: keepers,
      path: (f) => `${p(f)}/units/${none}/seats`,
      body: {},
    },
    ...keep('POST', '/meetings'),
    [`GET ${V}/meetings/:meetingId`]: { allowed: readers, path: (f) => `${p(f)}/meetings/${none}` },
    [`GET ${V}/mine`]: { allowed: A, path: (f) => `${p(f)}/mine` },
    'GET /api/town/party': {
      allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
      path: () => '/api/town/party',
    },
  };
}

function liaisonExpectations(): Record<string, Expectation> {
  const l = (f: Fixture) => `${v(f)}/liaison`;
  const none = '00000000-0000-4000-8000-000000000000';
  const readers: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'supervisionChair',
    ...overseers,
  ];
  const cadres: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const G = 'GET /api/villages/:villageId/liaison';
  const P = 'POST /api/villages/:villageId/liaison';
  const x = (allowed: FixtureRole[], path: (f: Fixture) => string, body?: unknown) => ({
    allowed,
    path,
    ...(body === undefined ? {} : { body }),
  });
  return {
    [`${G}/duties`]: x(readers, (f) => `${l(f)}/duties`),
    [`${P}/duties`]: x(cadres, (f) => `${l(f)}/duties`, {}),
    [`${P}/duties/:dutyId/log`]: x(['partySecretary'], (f) => `${l(f)}/duties/${none}/log`, {}),
    [`${G}/links`]: x(readers, (f) => `${l(f)}/links`),
    [`${P}/links`]: x(['partySecretary'], (f) => `${l(f)}/links`, {}),
    [`${P}/links/:linkId/end`]: x(['partySecretary'], (f) => `${l(f)}/links/${none}/end`, {
      endedOn: 'x',
    }),
    [`${G}/own-visits`]: x(A, (f) => `${l(f)}/own-visits`),
    [`${P}/visits`]: x(A, (f) => `${l(f)}/visits`, {}),
    [`${G}/cases`]: x(readers, (f) => `${l(f)}/cases`),
    [`${G}/cases/:caseId`]: x(readers, (f) => `${l(f)}/cases/${none}`),
    [`${P}/cases`]: x(cadres, (f) => `${l(f)}/cases`, {}),
    [`${P}/cases/:caseId/steps`]: x(
      ['partySecretary', 'committeeChair', 'supervisionChair', 'townOfficial'],
      (f) => `${l(f)}/cases/${none}/steps`,
      {},
    ),
    [`${G}/own-cases`]: x(A, (f) => `${l(f)}/own-cases`),
    [`${P}/own-cases`]: x(A, (f) => `${l(f)}/own-cases`, {}),
    [`${P}/own-cases/:caseId/rate`]: x(A, (f) => `${l(f)}/own-cases/${none}/rate`, {}),
    [`${P}/track`]: x(A, (f) => `${l(f)}/track`, {}),
    [`${P}/track/rate`]: x(A, (f) => `${l(f)}/track/rate`, {}),
    [`${G}/ledger.xlsx`]: x([...cadres, ...overseers], (f) => `${l(f)}/ledger.xlsx`),
  };
}

function attachmentExpectations(): Record<string, Expectation> {
  const o = (f: Fixture) => `${v(f)}/attachments/noSuchKind/00000000-0000-4000-8000-000000000000`;
  return {
    'GET /api/villages/:villageId/attachments/:ownerKind/:ownerId': {
      allowed: [...A, ...overseers],
      path: o,
    },
    'POST /api/villages/:villageId/attachments/:ownerKind/:ownerId': {
      allowed: [...A, ...overseers],
      path: o,
    },
    'GET /api/villages/:villageId/attachments/:ownerKind/:ownerId/:attachmentId': {
      allowed: [...A, ...overseers],
      path: (f) => `${o(f)}/00000000-0000-4000-8000-000000000000`,
    },
    'DELETE /api/villages/:villageId/attachments/:ownerKind/:ownerId/:attachmentId': {
      allowed: [...A, ...overseers],
      path: (f) => `${o(f)}/00000000-0000-4000-8000-000000000000`,
    },
  };
}

function complaintExpectations(): Record<string, Expectation> {
  const c = (f: Fixture) => `${v(f)}/complaints/00000000-0000-4000-8000-000000000000`;
  const r = (f: Fixture) =>
    `/api/town/referrals/${f.villageA.id}/00000000-0000-4000-8000-000000000000`;
  const readers: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'supervisionChair',
    ...overseers,
  ];
  const staff: FixtureRole[] = ['townOfficial', 'otherTownOfficial', 'countyOfficial'];
  return {
    'GET /api/villages/:villageId/complaints': {
      allowed: readers,
      path: (f) => `${v(f)}/complaints`,
    },
    'POST /api/villages/:villageId/complaints': {
      allowed: ['supervisionChair'],
      path: (f) => `${v(f)}/complaints`,
      body: {},
    },
    'GET /api/villages/:villageId/complaints/:complaintId': { allowed: readers, path: c },
    'POST /api/villages/:villageId/complaints/:complaintId/route': {
      allowed: ['supervisionChair'],
      path: (f) => `${c(f)}/route`,
      body: {},
    },
    'POST /api/villages/:villageId/complaints/:complaintId/answer': {
      allowed: ['partySecretary', 'committeeChair', 'supervisionChair'],
      path: (f) => `${c(f)}/answer`,
      body: {},
    },
    'GET /api/villages/:villageId/complaints/:complaintId/complainant': {
      allowed: ['supervisionChair'],
      path: (f) => `${c(f)}/complainant`,
    },
    'GET /api/villages/:villageId/complaint-cadres': {
      allowed: A,
      path: (f) => `${v(f)}/complaint-cadres`,
    },
    'GET /api/villages/:villageId/my-complaints': {
      allowed: A,
      path: (f) => `${v(f)}/my-complaints`,
    },
    'POST /api/villages/:villageId/my-complaints': {
      allowed: A,
      path: (f) => `${v(f)}/my-complaints`,
      body: {},
    },
    'GET /api/town/referrals': { allowed: staff, path: () => '/api/town/referrals' },
    'GET /api/town/referrals/:villageId/:referralId': { allowed: staff, path: r },
    'POST /api/town/referrals/:villageId/:referralId/accept': {
      allowed: staff,
      path: (f) => `${r(f)}/accept`,
    },
    'POST /api/town/referrals/:villageId/:referralId/handle': {
      allowed: staff,
      path: (f) => `${r(f)}/handle`,
    },
    'POST /api/town/referrals/:villageId/:referralId/close': {
      allowed: staff,
      path: (f) => `${r(f)}/close`,
    },
    'POST /api/town/referrals/:villageId/:referralId/answer': {
      allowed: staff,
      path: (f) => `${r(f)}/answer`,
      body: {},
    },
    'GET /api/town/referrals/:villageId/:referralId/complainant': {
      allowed: staff,
      path: (f) => `${r(f)}/complainant`,
    },
    'POST /api/town/referrals/:villageId/:referralId/resend-sms': {
      allowed: staff,
      path: (f) => `${r(f)}/resend-sms`,
    },
    'GET /api/town/departments': { allowed: staff, path: () => '/api/town/departments' },
    'GET /api/town/cases-overview': { allowed: staff, path: () => '/api/town/cases-overview' },
    // the town's combined 民情 台账: government officials of a town or the county
    'GET /api/town/liaison.xlsx': {
      allowed: staff,
      path: () => '/api/town/liaison.xlsx?from=2026-01-01&to=2026-12-31',
    },
    ...Object.fromEntries(
      ['ask-materials', 'materials-in', 'return', 'transfer'].map((verb) => [
        `POST /api/town/referrals/:villageId/:referralId/${verb}`,
        { allowed: staff, path: (f: Fixture) => `${r(f)}/${verb}`, body: {} },
      ]),
    ),
  };
}

/** 工作事项准入: officials above the village; publishing the county's, sending the towns'. */
function workAdmissionExpectations(): Record<string, Expectation> {
  const staff: FixtureRole[] = ['townOfficial', 'otherTownOfficial', 'countyOfficial'];
  const w = '/api/work-admission';
  const tasks = (f: Fixture) => `${v(f)}/work-tasks`;
  return {
    [`GET ${w}`]: { allowed: staff, path: () => w },
    [`POST ${w}/lists`]: { allowed: ['countyOfficial'], path: () => `${w}/lists`, body: {} },
    [`POST ${w}/tasks`]: {
      allowed: ['townOfficial', 'otherTownOfficial'],
      path: () => `${w}/tasks`,
      body: {},
    },
    [`GET ${w}/tasks`]: { allowed: staff, path: () => `${w}/tasks` },
    [`GET ${w}/by-town`]: { allowed: staff, path: () => `${w}/by-town` },
    'GET /api/villages/:villageId/work-tasks': {
      allowed: ['partySecretary', 'committeeChair', 'supervisionChair', ...overseers],
      path: tasks,
    },
    'POST /api/villages/:villageId/work-tasks/:taskId/decision': {
      allowed: ['committeeChair'],
      path: (f) => `${tasks(f)}/00000000-0000-4000-8000-000000000000/decision`,
      body: {},
    },
  };
}

function serviceExpectations(): Record<string, Expectation> {
  const s = (f: Fixture) => `${v(f)}/services`;
  const req = (f: Fixture) => `${s(f)}/requests/00000000-0000-4000-8000-000000000000`;
  const mine = (f: Fixture) => `${v(f)}/my-services/00000000-0000-4000-8000-000000000000`;
  const readers: FixtureRole[] = ['partySecretary', 'committeeChair', ...overseers];
  const x = (allowed: FixtureRole[], path: (f: Fixture) => string, body?: unknown) => ({
    allowed,
    path,
    ...(body === undefined ? {} : { body }),
  });
  const P = 'POST /api/villages/:villageId';
  const G = 'GET /api/villages/:villageId';
  return {
    [`${G}/services/catalogue`]: x(readers, (f) => `${s(f)}/catalogue`),
    [`${P}/services/windows`]: x(['committeeChair'], (f) => `${s(f)}/windows`, {}),
    'PATCH /api/villages/:villageId/services/windows/:windowId': x(
      ['committeeChair'],
      (f) => `${s(f)}/windows/00000000-0000-4000-8000-000000000000`,
      {},
    ),
    [`${P}/services/items`]: x(['committeeChair'], (f) => `${s(f)}/items`, {}),
    'PATCH /api/villages/:villageId/services/items/:itemId': x(
      ['committeeChair'],
      (f) => `${s(f)}/items/00000000-0000-4000-8000-000000000000`,
      {},
    ),
    [`${G}/services/requests`]: x(readers, (f) => `${s(f)}/requests`),
    [`${G}/services/requests/:requestId`]: x(readers, req),
    [`${P}/services/requests`]: x([], (f) => `${s(f)}/requests`, {}),
    [`${P}/services/requests/:requestId/steps`]: x([], (f) => `${req(f)}/steps`, {}),
    [`${G}/services/requesters`]: x([], (f) => `${s(f)}/requesters`),
    [`${G}/services/ledger.xlsx`]: x(readers, (f) => `${s(f)}/ledger.xlsx`),
    [`${G}/my-services/catalogue`]: x(A, (f) => `${v(f)}/my-services/catalogue`),
    [`${G}/my-services`]: x(A, (f) => `${v(f)}/my-services`),
    [`${P}/my-services`]: x(A, (f) => `${v(f)}/my-services`, {}),
    [`${G}/my-services/:requestId`]: x(A, mine),
    [`${P}/my-services/:requestId/rating`]: x(A, (f) => `${mine(f)}/rating`, {}),
    [`${P}/my-services/:requestId/withdrawal`]: x(A, (f) => `${mine(f)}/withdrawal`),
    // the town's combined sheet: government officials of a town or the county (403 to others)
    'GET /api/town/services.xlsx': x(
      ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
      () => '/api/town/services.xlsx?from=2026-01-01&to=2026-12-31',
    ),
  };
}

function assistanceExpectations(): Record<string, Expectation> {
  const a = (f: Fixture) => `${v(f)}/assistance`;
  const m = (f: Fixture) => `${v(f)}/meetings/00000000-0000-4000-8000-000000000000/reconciliation`;
  const P = 'POST /api/villages/:villageId/assistance';
  const R = '/api/villages/:villageId/meetings/:meetingId/reconciliation';
  const r = (f: Fixture) => `${v(f)}/elections/00000000-0000-4000-8000-000000000000/rounds/1`;
  const e = (f: Fixture) => `${r(f)}/reconciliation`;
  const E = '/api/villages/:villageId/elections/:electionId/rounds/:round';
  return {
    'GET /api/villages/:villageId/assistance': { allowed: cadres(), path: a },
    'GET /api/villages/:villageId/assistance/mine': { allowed: A, path: (f) => `${a(f)}/mine` },
    [`${P}/consent-codes`]: { allowed: A, path: (f) => `${a(f)}/consent-codes`, body: {} },
    [`${P}/consents`]: { allowed: A, path: (f) => `${a(f)}/consents`, body: {} },
    [`${P}/consents/:consentId/revoke`]: {
      allowed: A,
      path: (f) => `${a(f)}/consents/00000000-0000-4000-8000-000000000000/revoke`,
    },
    [`${P}/check-ins`]: { allowed: A, path: (f) => `${a(f)}/check-ins`, body: {} },
    [`${P}/service-orders`]: { allowed: A, path: (f) => `${a(f)}/service-orders`, body: {} },
    [`${P}/questions`]: { allowed: A, path: (f) => `${a(f)}/questions`, body: {} },
    [`GET ${R}`]: { allowed: [...cadres(), 'supervisionChair', ...overseers], path: m },
    [`POST ${R}/signatures`]: { allowed: ['supervisionChair'], path: (f) => `${m(f)}/signatures` },
    // an election round's: read and signed alike; the election committee (a seat checked in the
    // command, as for the ballots) enters the printed roll's signatures
    [`GET ${E}/reconciliation`]: {
      allowed: [...cadres(), 'supervisionChair', ...overseers],
      path: e,
    },
    [`POST ${E}/reconciliation/signatures`]: {
      allowed: ['supervisionChair'],
      path: (f) => `${e(f)}/signatures`,
    },
    [`POST ${E}/roll-signs`]: { allowed: A, path: (f) => `${r(f)}/roll-signs`, body: {} },
    // and withdraws a line entered by mistake; a member of that committee, a plain villager, reads
    // the round's report too (the seat checked in the view: the others of the village get 403)
    [`POST ${E}/roll-signs/:personId/withdrawal`]: {
      allowed: A,
      path: (f) => `${r(f)}/roll-signs/00000000-0000-4000-8000-000000000000/withdrawal`,
      body: {},
    },
  };
}

/** The cadres of the fixture village (the Party secretary also heads a grid). */
function cadres(): FixtureRole[] {
  return ['partySecretary', 'committeeChair'];
}

/** 道德红黑榜: the board for the village and its overseers; proposals only for those who run them. */
function moralListExpectations(): Record<string, Expectation> {
  const CADRES = cadres();
  const NIL = '00000000-0000-4000-8000-000000000000';
  const m = (f: Fixture) => `${v(f)}/moral-list`;
  const P = 'POST /api/villages/:villageId';
  return {
    'GET /api/villages/:villageId/moral-list': {
      allowed: [...CADRES, 'supervisionChair', ...overseers],
      path: m,
    },
    'GET /api/villages/:villageId/moral-list/board': {
      allowed: [...A, ...overseers],
      path: (f) => `${m(f)}/board`,
    },
    [`${P}/moral-list/rules`]: { allowed: CADRES, path: (f) => `${m(f)}/rules`, body: {} },
    // forming the council is idempotent: an allowed role's call answers 201 with the one council
    [`${P}/moral-list/council`]: { allowed: CADRES, path: (f) => `${m(f)}/council` },
    [`${P}/moral-list/listings`]: { allowed: CADRES, path: (f) => `${m(f)}/listings`, body: {} },
    [`${P}/moral-list/listings/:listingId/steps`]: {
      allowed: CADRES,
      path: (f) => `${m(f)}/listings/${NIL}/steps`,
      body: {},
    },
    'GET /api/villages/:villageId/my-moral-list': {
      allowed: A,
      path: (f) => `${v(f)}/my-moral-list`,
    },
    [`${P}/my-moral-list/:listingId/answer`]: {
      allowed: A,
      path: (f) => `${v(f)}/my-moral-list/${NIL}/answer`,
      body: {},
    },
  };
}

/** 一领四微 and the selections: read by the village and its overseers, run by the cadres. */
function activitiesExpectations(): Record<string, Expectation> {
  const CADRES = cadres();
  const NIL = '00000000-0000-4000-8000-000000000000';
  const P = 'POST /api/villages/:villageId';
  const sel = (f: Fixture) => `${v(f)}/selections/${NIL}`;
  return {
    'GET /api/villages/:villageId/activities': {
      allowed: [...A, ...overseers],
      path: (f) => `${v(f)}/activities`,
    },
    [`${P}/activities/units`]: {
      allowed: CADRES,
      path: (f) => `${v(f)}/activities/units`,
      body: {},
    },
    'PATCH /api/villages/:villageId/activities/units/:unitId': {
      allowed: CADRES,
      path: (f) => `${v(f)}/activities/units/${NIL}`,
      body: { active: 'no' },
    },
    [`${P}/activities/log`]: { allowed: CADRES, path: (f) => `${v(f)}/activities/log`, body: {} },
    [`${P}/selections`]: { allowed: CADRES, path: (f) => `${v(f)}/selections`, body: {} },
    [`${P}/selections/:selectionId/nominations`]: {
      allowed: A,
      path: (f) => `${sel(f)}/nominations`,
      body: {},
    },
    [`${P}/selections/:selectionId/vote`]: {
      allowed: CADRES,
      path: (f) => `${sel(f)}/vote`,
      body: {},
    },
    [`${P}/selections/:selectionId/review`]: {
      allowed: CADRES,
      path: (f) => `${sel(f)}/review`,
      body: {},
    },
    [`${P}/selections/:selectionId/publication`]: {
      allowed: CADRES,
      path: (f) => `${sel(f)}/publication`,
    },
    'GET /api/villages/:villageId/selections/honours': {
      allowed: [...A, ...overseers],
      path: (f) => `${v(f)}/selections/honours?year=2026`,
    },
  };
}

describe(`role × route isolation (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('has an expectation for every registered /api route, and no stale ones', () => {
    const registered = server.app.accessCatalog.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered.filter((r) => !(r in EXPECTATIONS))).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((k) => !registered.includes(k))).toEqual([]);
  });

  it('refuses to register a route that declares no access policy', async () => {
    const { buildApp } = await import('./app.ts');
    const app = await buildApp({
      db: server.db,
      config: (await import('../config.ts')).testConfig({ WEB_DIST: '/nonexistent' }),
      clock: server.clock,
    });
    expect(() => app.get('/api/unguarded', async () => ({}))).toThrow(/access policy/);
    await app.close();
  });

  for (const [route, expectation] of Object.entries(EXPECTATIONS)) {
    const method = route.split(' ')[0]!;
    it(`${route}: anonymous ${expectation.allowed === 'public' ? 'allowed' : 'gets 401'}`, async () => {
      const res = await server
        .anonymous()
        .request(method, expectation.path(server.fixture), expectation.body);
      if (expectation.allowed === 'public') expect(res.status).not.toBe(401);
      else expect(res.status).toBe(401);
    });
    if (expectation.allowed === 'public') continue;
    const allowed = expectation.allowed;
    it(`${route}: only ${allowed.join(', ')}`, async () => {
      const outcomes: Record<string, number> = {};
      for (const role of FIXTURE_ROLES) {
        const client = await server.as(role);
        const res = await client.request(
          method,
          expectation.path(server.fixture),
          expectation.body,
        );
        outcomes[role] = res.status;
      }
      for (const role of FIXTURE_ROLES) {
        if (allowed.includes(role))
          expect([401, 403], `${role} should pass`).not.toContain(outcomes[role]);
        else expect(outcomes[role], `${role} should be refused`).toBe(403);
      }
    });
  }

  it('a villager of village B reads nothing of village A, a town official nothing of another town', async () => {
    const outsider = await server.as('otherVillageVillager');
    const f = server.fixture;
    for (const path of [
      `/api/villages/${f.villageA.id}`,
      `/api/villages/${f.villageA.id}/households/${f.villageA.householdIds[0]}`,
      `/api/villages/${f.villageA.id}/persons/${f.villageA.personIds[0]}`,
    ]) {
      const res = await outsider.get(path);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('王建国');
    }
    const town2 = await server.as('otherTownOfficial');
    const list = await town2.get('/api/villages');
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([f.villageC.id]);
    const county = await server.as('countyOfficial');
    expect((await county.get('/api/villages')).body.items).toHaveLength(3);
  });

  it('a villager reads their own household (numbers masked in its table, in full on each member’s page), and no other', async () => {
    const villager = await server.as('villager');
    const f = server.fixture;
    const own = await villager.get(
      `/api/villages/${f.villageA.id}/households/${f.villageA.householdIds[0]}`,
    );
    expect(own.status).toBe(200);
    expect(own.body.members.every((m: { residentIdMasked: boolean }) => m.residentIdMasked)).toBe(
      true,
    );
    const member = await villager.get(
      `/api/villages/${f.villageA.id}/persons/${f.villageA.personIds[0]}`,
    );
    expect(member.body.person.residentIdMasked).toBe(false);
    const other = await villager.get(
      `/api/villages/${f.villageA.id}/households/${f.villageA.householdIds[1]}`,
    );
    expect(other.status).toBe(403);
  });
});

function petitionExpectations(): Record<string, Expectation> {
  const p = (f: Fixture) => `${v(f)}/petitions`;
  const one = (f: Fixture) => `${p(f)}/00000000-0000-4000-8000-000000000000`;
  const readers: FixtureRole[] = ['partySecretary', 'committeeChair', ...overseers];
  const cadres: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const G = 'GET /api/villages/:villageId/petitions';
  return {
    [G]: { allowed: readers, path: p },
    'POST /api/villages/:villageId/petitions': { allowed: cadres, path: p, body: {} },
    [`${G}/earlier`]: { allowed: cadres, path: (f) => `${p(f)}/earlier?idNumber=1` },
    [`${G}/departments`]: { allowed: overseers, path: (f) => `${p(f)}/departments` },
    [`${G}/:petitionId`]: { allowed: readers, path: one },
    'POST /api/villages/:villageId/petitions/:petitionId/steps': {
      allowed: readers,
      path: (f) => `${one(f)}/steps`,
      body: {},
    },
    [`${G}/:petitionId/letters/:kind`]: {
      allowed: readers,
      path: (f) => `${one(f)}/letters/acceptance`,
    },
    'GET /api/villages/:villageId/petitions.xlsx': {
      allowed: readers,
      path: (f) => `${p(f)}.xlsx`,
    },
    'GET /api/petitions/office': {
      allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
      path: () => '/api/petitions/office',
    },
    'GET /api/petitions/office.xlsx': {
      allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
      path: () => '/api/petitions/office.xlsx',
    },
  };
}

function disputeExpectations(): Record<string, Expectation> {
  const d = (f: Fixture) => `${v(f)}/disputes/00000000-0000-4000-8000-000000000000`;
  const readers: FixtureRole[] = ['partySecretary', 'committeeChair', ...overseers];
  const steps = [
    'consent',
    'accept',
    'mediators',
    'records',
    'agreement',
    'agreement/sign',
    'terminate',
    'confirmation',
    'confirmation/court',
    'refer',
    'suit',
    'judgment',
    'close',
  ];
  // only a serving mediator moves a dispute: no fixture role sits on the mediation committee
  // (disputes.test.ts seats them), so every step is refused to all
  return {
    'GET /api/villages/:villageId/disputes': { allowed: readers, path: (f) => `${v(f)}/disputes` },
    'POST /api/villages/:villageId/disputes': {
      allowed: [],
      path: (f) => `${v(f)}/disputes`,
      body: {},
    },
    'GET /api/villages/:villageId/disputes/:disputeId': { allowed: readers, path: d },
    'GET /api/villages/:villageId/dispute-mediators': {
      allowed: [],
      path: (f) => `${v(f)}/dispute-mediators`,
    },
    'GET /api/villages/:villageId/disputes/ledger.xlsx': {
      allowed: readers,
      path: (f) => `${v(f)}/disputes/ledger.xlsx`,
    },
    // the town's combined sheet: government officials of a town or the county (the command says 403 to others)
    'GET /api/town/disputes.xlsx': {
      allowed: ['townOfficial', 'otherTownOfficial', 'countyOfficial'],
      path: () => '/api/town/disputes.xlsx?from=2026-01-01&to=2026-12-31',
    },
    ...Object.fromEntries(
      steps.map((s) => [
        `POST /api/villages/:villageId/disputes/:disputeId/${s}`,
        { allowed: [], path: (f: Fixture) => `${d(f)}/${s}`, body: {} },
      ]),
    ),
  };
}
function supermarketExpectations(): Record<string, Expectation> {
  const none = '00000000-0000-4000-8000-000000000000';
  const p = (f: Fixture) => `${v(f)}/points`;
  const readers: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'supervisionChair',
    ...overseers,
  ];
  const keepers: FixtureRole[] = ['committeeChair'];
  const x = (allowed: FixtureRole[], path: (f: Fixture) => string, body?: unknown) => ({
    allowed,
    path,
    ...(body === undefined ? {} : { body }),
  });
  const P = 'POST /api/villages/:villageId/points';
  const G = 'GET /api/villages/:villageId/points';
  return {
    [`${G}/supermarket`]: x(readers, (f) => `${p(f)}/supermarket`),
    [`${G}/supermarket/goods/:goodsId/moves`]: x(
      readers,
      (f) => `${p(f)}/supermarket/goods/${none}/moves`,
    ),
    [`${P}/supermarket/goods`]: x(keepers, (f) => `${p(f)}/supermarket/goods`, {}),
    'PATCH /api/villages/:villageId/points/supermarket/goods/:goodsId': x(
      keepers,
      (f) => `${p(f)}/supermarket/goods/${none}`,
      {},
    ),
    [`${P}/supermarket/goods/:goodsId/received`]: x(
      keepers,
      (f) => `${p(f)}/supermarket/goods/${none}/received`,
      {},
    ),
    [`${P}/supermarket/goods/:goodsId/counted`]: x(
      keepers,
      (f) => `${p(f)}/supermarket/goods/${none}/counted`,
      {},
    ),
    [`${G}/supermarket/households`]: x(keepers, (f) => `${p(f)}/supermarket/households?q=1`),
    [`${P}/supermarket/redemptions`]: x(keepers, (f) => `${p(f)}/supermarket/redemptions`, {}),
    [`${P}/supermarket/redemptions/:redemptionId/hand-over`]: x(
      keepers,
      (f) => `${p(f)}/supermarket/redemptions/${none}/hand-over`,
    ),
    [`${P}/supermarket/redemptions/:redemptionId/cancel`]: x(
      keepers,
      (f) => `${p(f)}/supermarket/redemptions/${none}/cancel`,
      {},
    ),
    [`${G}/shop`]: x(A, (f) => `${p(f)}/shop`),
    [`${P}/shop/redemptions`]: x(A, (f) => `${p(f)}/shop/redemptions`, {}),
    [`${P}/shop/redemptions/:redemptionId/cancel`]: x(
      A,
      (f) => `${p(f)}/shop/redemptions/${none}/cancel`,
    ),
    [`${G}/imports`]: x(keepers, (f) => `${p(f)}/imports`),
    [`${P}/imports`]: x(keepers, (f) => `${p(f)}/imports`),
    [`${G}/imports/:importId`]: x(keepers, (f) => `${p(f)}/imports/${none}`),
  };
}

/** 积分换项目: the county's government sets up and runs it; towns report; village leaders read and contest. */
function countyPointsExpectations(): Record<string, Expectation> {
  const b = '/api/county-points';
  const s = `${b}/00000000-0000-4000-8000-000000000000`;
  const part: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'townOfficial',
    'otherTownOfficial',
    'countyOfficial',
  ];
  const steps = ['compute', 'reopen', 'publish', 'finalise', 'award'].map((verb) => [
    `POST ${b}/:schemeId/${verb}`,
    { allowed: part, path: () => `${s}/${verb}` },
  ]);
  return {
    [`GET ${b}`]: { allowed: part, path: () => b },
    // a scheme with no fund cannot be set up: the county meets 400, nothing is written
    [`POST ${b}`]: { allowed: ['countyOfficial'], path: () => b, body: { topN: 0 } },
    [`GET ${b}/:schemeId`]: { allowed: part, path: () => s },
    [`POST ${b}/:schemeId/facts`]: { allowed: part, path: () => `${s}/facts`, body: {} },
    [`POST ${b}/:schemeId/facts/verify`]: {
      allowed: part,
      path: () => `${s}/facts/verify`,
      body: {},
    },
    ...Object.fromEntries(steps),
    [`POST ${b}/:schemeId/contests`]: { allowed: part, path: () => `${s}/contests`, body: {} },
    [`POST ${b}/:schemeId/contests/:contestId/decide`]: {
      allowed: part,
      path: () => `${s}/contests/00000000-0000-4000-8000-000000000000/decide`,
      body: {},
    },
  };
}

function collectiveExpectations(): Record<string, Expectation> {
  const none = '00000000-0000-4000-8000-000000000000';
  const c = (f: Fixture) => `${v(f)}/collective`;
  const o = (f: Fixture) => `${c(f)}/orgs/${none}`;
  const cadres: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const readers: FixtureRole[] = [...cadres, 'supervisionChair', ...overseers];
  const G = 'GET /api/villages/:villageId/collective';
  const P = 'POST /api/villages/:villageId/collective';
  const post = (tail: string) => ({
    allowed: cadres,
    path: (f: Fixture) => `${o(f)}${tail}`,
    body: {},
  });
  return {
    [G]: { allowed: readers, path: c },
    [`${P}/orgs`]: { allowed: cadres, path: (f) => `${c(f)}/orgs`, body: {} },
    [`${G}/orgs/:orgId`]: { allowed: readers, path: o },
    [`${P}/orgs/:orgId/charters`]: post('/charters'),
    [`${P}/orgs/:orgId/reform-members`]: post('/reform-members'),
    [`${P}/orgs/:orgId/confirmations`]: post('/confirmations'),
    [`${P}/orgs/:orgId/members/:personId/loss`]: post(`/members/${none}/loss`),
    [`${P}/orgs/:orgId/members/:personId/exit`]: post(`/members/${none}/exit`),
    [`${P}/orgs/:orgId/members/:personId/restore`]: post(`/members/${none}/restore`),
    [`${G}/orgs/:orgId/register-sheet`]: {
      allowed: readers,
      path: (f) => `${o(f)}/register-sheet`,
    },
  };
}

function pointsExpectations(): Record<string, Expectation> {
  const p = (f: Fixture) => `${v(f)}/points`;
  const none = '00000000-0000-4000-8000-000000000000';
  const cadres: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const readers: FixtureRole[] = [
    ...cadres,
    'councilMember',
    'representative',
    'supervisionChair',
    ...overseers,
  ];
  const checkers: FixtureRole[] = [...cadres, 'councilMember', 'supervisionChair'];
  const x = (allowed: FixtureRole[], path: (f: Fixture) => string, body?: unknown) => ({
    allowed,
    path,
    ...(body === undefined ? {} : { body }),
  });
  const P = 'POST /api/villages/:villageId';
  const G = 'GET /api/villages/:villageId';
  return {
    [`${G}/points`]: x(readers, p),
    [`${P}/points/schemes`]: x(cadres, (f) => `${p(f)}/schemes`, {}),
    [`${P}/points/schemes/:schemeId/adoption`]: x(
      cadres,
      (f) => `${p(f)}/schemes/${none}/adoption`,
      {},
    ),
    [`${P}/points/awards`]: x(cadres, (f) => `${p(f)}/awards`, {}),
    [`${P}/points/awards/:awardId/check`]: x(checkers, (f) => `${p(f)}/awards/${none}/check`, {}),
    // no checked award in the fixture: an allowed caller is told there is nothing to publish
    [`${P}/points/notices`]: x(cadres, (f) => `${p(f)}/notices`),
    [`${G}/points/notices/:noticeId`]: x(readers, (f) => `${p(f)}/notices/${none}`),
    [`${P}/points/awards/:awardId/contests`]: x(
      cadres,
      (f) => `${p(f)}/awards/${none}/contests`,
      {},
    ),
    [`${P}/points/contests/:contestId/decision`]: x(
      cadres,
      (f) => `${p(f)}/contests/${none}/decision`,
      {},
    ),
    [`${G}/points/households/:householdId`]: x(readers, (f) => `${p(f)}/households/${none}`),
    [`${G}/points/ranking`]: x(readers, (f) => `${p(f)}/ranking`),
    [`${G}/my-points`]: x(A, (f) => `${v(f)}/my-points`),
    [`${P}/my-points/awards/:awardId/contest`]: x(
      A,
      (f) => `${v(f)}/my-points/awards/${none}/contest`,
      {},
    ),
  };
}

function sharesExpectations(): Record<string, Expectation> {
  const none = '00000000-0000-4000-8000-000000000000';
  const s = (f: Fixture) => `${v(f)}/collective/orgs/${none}/shares`;
  const cadres: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const readers: FixtureRole[] = [...cadres, 'supervisionChair', ...overseers];
  const S = '/api/villages/:villageId/collective/orgs/:orgId/shares';
  const post = (tail: string) => ({
    allowed: cadres,
    path: (f: Fixture) => `${s(f)}${tail}`,
    body: {},
  });
  return {
    [`GET ${S}`]: { allowed: readers, path: s },
    [`POST ${S}/quantification`]: post('/quantification'),
    [`POST ${S}/imports`]: post('/imports'),
    [`GET ${S}/imports/:importId`]: { allowed: cadres, path: (f) => `${s(f)}/imports/${none}` },
    [`POST ${S}/grants`]: post('/grants'),
    [`POST ${S}/transfers`]: post('/transfers'),
    [`POST ${S}/inheritances`]: post('/inheritances'),
    [`POST ${S}/certificates`]: post('/certificates'),
    [`POST ${S}/certificates/missing`]: post('/certificates/missing'),
    [`GET ${S}/certificates/:certificateId`]: {
      allowed: readers,
      path: (f) => `${s(f)}/certificates/${none}`,
    },
  };
}

function collectiveBooksExpectations(): Record<string, Expectation> {
  const b = (f: Fixture) => `${v(f)}/collective/books`;
  const none = '00000000-0000-4000-8000-000000000000';
  const keepers: FixtureRole[] = ['partySecretary', 'committeeChair', 'townOfficial'];
  const recorders: FixtureRole[] = ['partySecretary', 'committeeChair', 'supervisionChair'];
  const x = (allowed: FixtureRole[], path: (f: Fixture) => string, body?: unknown) => ({
    allowed,
    path,
    ...(body === undefined ? {} : { body }),
  });
  const P = 'POST /api/villages/:villageId/collective';
  return {
    'GET /api/villages/:villageId/collective/books': x(FINANCE_READERS, b),
    [`${P}/books/accounts`]: x(keepers, (f) => `${b(f)}/accounts`, {}),
    [`${P}/books/accounts/:accountId/close`]: x(keepers, (f) => `${b(f)}/accounts/${none}/close`, {
      closedOn: 'x',
    }),
    [`${P}/books/vouchers`]: x(keepers, (f) => `${b(f)}/vouchers`, {}),
    [`${P}/books/derivative-requests`]: x(recorders, (f) => `${b(f)}/derivative-requests`, {}),
    [`${P}/books/derivative-requests/:requestId/answer`]: x(
      recorders,
      (f) => `${b(f)}/derivative-requests/${none}/answer`,
      {},
    ),
    'GET /api/villages/:villageId/collective/mine': x(A, (f) => `${v(f)}/collective/mine`),
  };
}

function partyDuesExpectations(): Record<string, Expectation> {
  const d = (f: Fixture) => `${v(f)}/party/dues`;
  const readers: FixtureRole[] = ['partySecretary', 'townOfficial'];
  const keepers: FixtureRole[] = ['partySecretary'];
  const G = 'GET /api/villages/:villageId/party/dues';
  const P = 'POST /api/villages/:villageId/party/dues';
  return {
    [G]: { allowed: readers, path: d },
    [`${P}/bases`]: { allowed: keepers, path: (f) => `${d(f)}/bases`, body: {} },
    [`${P}/payments`]: { allowed: keepers, path: (f) => `${d(f)}/payments`, body: {} },
    [`${G}/statement`]: { allowed: readers, path: (f) => `${d(f)}/statement?year=2026` },
    [`${G}/statement.xlsx`]: { allowed: readers, path: (f) => `${d(f)}/statement.xlsx?year=2026` },
    [`${P}/notices`]: { allowed: keepers, path: (f) => `${d(f)}/notices`, body: {} },
    [`${G}/me`]: { allowed: A, path: (f) => `${d(f)}/me` },
    // the town's officials, each over their own town's villages
    'GET /api/town/party/dues.xlsx': {
      allowed: ['townOfficial', 'otherTownOfficial'],
      path: () => '/api/town/party/dues.xlsx?year=2026',
    },
  };
}

function distributionExpectations(): Record<string, Expectation> {
  const none = '00000000-0000-4000-8000-000000000000';
  const c = (f: Fixture) => `${v(f)}/collective`;
  const cadres: FixtureRole[] = ['partySecretary', 'committeeChair'];
  const readers: FixtureRole[] = [...cadres, 'supervisionChair', ...overseers];
  const payers: FixtureRole[] = [...cadres, 'townOfficial'];
  const G = 'GET /api/villages/:villageId/collective';
  const P = 'POST /api/villages/:villageId/collective';
  return {
    [`${G}/distributions`]: { allowed: readers, path: (f) => `${c(f)}/distributions` },
    [`${P}/orgs/:orgId/distributions`]: {
      allowed: cadres,
      path: (f) => `${c(f)}/orgs/${none}/distributions`,
      body: {},
    },
    [`${G}/distributions/:planId`]: {
      allowed: readers,
      path: (f) => `${c(f)}/distributions/${none}`,
    },
    [`${P}/distributions/:planId/publication`]: {
      allowed: cadres,
      path: (f) => `${c(f)}/distributions/${none}/publication`,
      body: { on: 'x' },
    },
    [`${P}/distributions/:planId/adoption`]: {
      allowed: cadres,
      path: (f) => `${c(f)}/distributions/${none}/adoption`,
      body: {},
    },
    [`${P}/dividends/:dividendId/payment`]: {
      allowed: payers,
      path: (f) => `${c(f)}/dividends/${none}/payment`,
      body: {},
    },
    [`${G}/distributions/:planId/sheet`]: {
      allowed: readers,
      path: (f) => `${c(f)}/distributions/${none}/sheet`,
    },
    [`${G}/dividends/:dividendId/receipt`]: {
      allowed: readers,
      path: (f) => `${c(f)}/dividends/${none}/receipt`,
    },
  };
}
