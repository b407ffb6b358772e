import type { VillageApi } from './api.ts';
import type { Desk } from './desk.ts';
import type { RegistryPerson } from './pages/ElectionPage.ts';

/**
 * A fresh election whose polling day is today, for the tests of polling day and after: the
 * e2e server runs on the real clock and polling opens only on its day, so the first half is
 * dated back through the API (rules adopted by a resolution of 30 days ago or more, the roll
 * 25 days ahead, the list 10 days ahead). The demo's own election polls nine days ahead.
 */

export interface Person extends RegistryPerson {
  age: number;
  gender: 'male' | 'female';
  /** Only a resident (hukou here, living here) is on a villagers' roll drawn from the registry. */
  residenceStatus: 'resident' | 'migrantOut' | 'movedIn';
}

export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The person an account belongs to (its home in the village), as the registry shows them. */
export async function personOf(desk: Desk, api: VillageApi = desk.api): Promise<Person> {
  const me = (await (await desk.page.request.get('/api/me')).json()) as {
    home: { personId: string } | null;
  };
  if (!me.home) throw new Error('the account has no home in the village');
  return (await api.get<{ person: Person }>(`/persons/${me.home.personId}`)).person;
}

/**
 * `n` adults (25 to 65) of households not among `taken`'s, nor of a villagers' committee
 * member's (a supervisor may not be one, nor their kin), one per household, each name
 * borne by nobody else (the console finds people by name).
 */
export async function freshAdults(
  api: VillageApi,
  taken: readonly Person[],
  n: number,
): Promise<Person[]> {
  const { items } = await api.get<{ items: Person[] }>('/persons?pageSize=100');
  const vc = new Set((await api.bodyMembers('villagersCommittee')).map((m) => m.personId));
  const households = new Set(taken.map((p) => p.householdNumber));
  for (const p of items) if (vc.has(p.id)) households.add(p.householdNumber);
  const fresh: Person[] = [];
  for (const p of items.filter((x) => x.age >= 25 && x.age <= 65)) {
    if (fresh.length === n) break;
    if (households.has(p.householdNumber) || items.filter((q) => q.name === p.name).length > 1)
      continue;
    households.add(p.householdNumber);
    fresh.push(p);
  }
  if (fresh.length < n) throw new Error(`only ${fresh.length} fresh adults of ${n}`);
  return fresh;
}

/** A post of an election and its nominees, in the order of the votes that nominated them. */
export interface PostToday {
  id: string;
  name: { zh: string; en: string };
  seats: number;
  nominees: readonly Person[];
}

/**
 * The supervision committee (two members) elected by the representatives, through its first
 * half to the published list with polling today: the committee (its chair the account of
 * `api`) chosen on the day of the rules' resolution, the roll the serving representatives.
 * Returns the election's id.
 */
export function supervisionElectionPollingToday(
  api: VillageApi,
  today: string,
  committee: readonly [Person, Person, Person],
  candidates: readonly Person[],
): Promise<string> {
  return electionPollingToday(api, today, committee, {
    title: '村务监督委员会选举',
    body: 'supervisionCommittee',
    electorate: 'representatives',
    posts: [{ id: 'member', name: { zh: '委员', en: 'Member' }, seats: 2, nominees: candidates }],
  });
}

/**
 * Any election through its first half to the published list with polling today (see the
 * top of this file): the committee (its chair the account of `api`) chosen on the day of
 * the rules' resolution, the roll from the registry 25 days ahead (for the representatives:
 * the serving representatives), each post's nominees, the list published 10 days ahead.
 * Returns the election's id.
 */
export async function electionPollingToday(
  api: VillageApi,
  today: string,
  committee: readonly [Person, Person, Person],
  election: {
    title: string;
    body: 'villagersCommittee' | 'supervisionCommittee';
    electorate: 'villagers' | 'representatives';
    posts: readonly PostToday[];
  },
): Promise<string> {
  const { items } = await api.get<{ items: Array<{ id: string; adoptedOn: string }> }>(
    '/resolutions',
  );
  const rules = items
    .filter((r) => r.adoptedOn <= addDays(today, -30))
    .sort((x, y) => y.adoptedOn.localeCompare(x.adoptedOn))[0];
  if (!rules) throw new Error('no resolution 30 days old to adopt the rules by');
  const created = await api.post<{ election: { id: string } }>('/elections', {
    title: `${election.title}（${String(Date.now() % 100000)}）`,
    body: election.body,
    electorate: election.electorate,
    organiser: 'villagersCommittee',
    posts: election.posts.map(({ id, name, seats }) => ({ id, name, seats })),
  });
  const E = `/elections/${created.election.id}`;
  const d0 = rules.adoptedOn;
  const rollOn = addDays(today, -25);
  const steps: Array<[string, object]> = [
    [
      'committee',
      {
        chosenBy: 'representativesMeeting',
        chosenOn: d0,
        members: committee.map((p, i) => ({ personId: p.id, seat: i === 0 ? 'chair' : 'member' })),
      },
    ],
    ['committee/publish', { on: d0 }],
    ['rules/draft', { text: `${election.title}办法`, on: d0, commentsUntil: d0 }],
    ['rules/adopt', { resolutionId: rules.id, electionDay: today }],
    ['voters/from-registry', { on: rollOn }],
    ['roll/publish', { on: rollOn }],
    ['nominations/open', { on: rollOn }],
    ...election.posts.flatMap((post) =>
      post.nominees.map((c, i): [string, object] => [
        'nominations',
        { postId: post.id, personId: c.id, route: 'villagers', votes: 30 - i, on: rollOn },
      ]),
    ),
    ['candidates/publish', { on: addDays(today, -10) }],
  ];
  for (const [step, body] of steps) await api.post(`${E}/${step}`, body);
  return created.election.id;
}

/**
 * The departure audit (离任经济责任审计) of the villagers' committee's term in force, arranged
 * by the town 40 days ago, reported 30 days ago and published 20 days ago through the API of
 * `town` (who records audits): a villagers' committee election polls only once it is out.
 */
export async function publishDepartureAudit(town: VillageApi, today: string): Promise<void> {
  const { bodies } = await town.get<{
    bodies: Array<{ kind: string; term: { id: string; startsOn: string } | null }>;
  }>('');
  const term = bodies.find((b) => b.kind === 'villagersCommittee')?.term;
  if (!term) throw new Error("the villagers' committee has no term in force");
  const { audit } = await town.post<{ audit: { id: string } }>('/responsibility-audits', {
    kind: 'departure',
    termId: term.id,
    periodFrom: term.startsOn,
    periodTo: addDays(today, -41),
    items: ['finance', 'debts'],
    auditorKind: 'townAgency',
    auditorName: '镇农村经营管理站',
    arrangedOn: addDays(today, -40),
  });
  const A = `/responsibility-audits/${audit.id}`;
  await town.post(`${A}/report`, {
    reportedOn: addDays(today, -30),
    conclusion: '任期内财务收支、债权债务情况基本清楚，账实相符。',
  });
  await town.post(`${A}/publish`, { publishedOn: addDays(today, -20) });
}
