import { randomUUID } from 'node:crypto';
import type { HttpClient, TestServer } from './testServer.ts';
import { addAdults, clientFor } from './meetings.ts';

/**
 * Test data for elections' second half: a resolution as the decisions capability leaves it,
 * and an election taken through its first half to the published candidate list.
 */

let seq = 0;

/** A resolution of a closed representatives' meeting adopted on a day. */
export async function adoptedResolution(server: TestServer, adoptedOn: string): Promise<string> {
  const [meetingId, motionId, id] = [randomUUID(), randomUUID(), randomUUID()];
  const A = server.fixture.villageA.id;
  seq += 1;
  await server.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version)
       VALUES ($1, $2, 'representatives', '村民代表会议', $3, $3, 'closed', $4, 'ABC123', 'national', '2018-12-29')`,
      [A, meetingId, adoptedOn, server.fixture.accounts.committeeChair.id],
    );
    await tx.query(
      `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, yes, no, abstain, passed, closed_at)
       VALUES ($1, $2, $3, 1, '表决', 'showOfHands', 'closed', 20, 3, 0, true, now())`,
      [A, motionId, meetingId],
    );
    await tx.query(
      `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title, adopted_on, decision, profile_id, profile_version)
       VALUES ($1, $2, $3, $4, $5, $6, 'ordinary', '关于通过选举办法的决议', $7, '{}', 'national', '2018-12-29')`,
      [A, id, Number(adoptedOn.slice(0, 4)), 900 + seq, meetingId, motionId, adoptedOn],
    );
  });
  return id;
}

export interface ListedElection {
  id: string;
  E: string;
  ec: HttpClient;
  candidates: string[];
}

/**
 * An election through the first half: the committee (3 new adults), the rules adopted on
 * `adoptedOn` for `electionDay`, the roll from the registry (for the representatives'
 * meeting: its serving members), the given nominees for one post and the list published.
 */
export async function toCandidateList(
  server: TestServer,
  opts: {
    body: 'villagersCommittee' | 'supervisionCommittee';
    electorate: 'villagers' | 'representatives';
    /** writeIns: names not on the list may be written in (另选他人). */
    post: { id: string; zh: string; seats: number; writeIns?: boolean };
    nominees: readonly string[];
    adoptedOn: string;
    electionDay: string;
    rollOn: string;
    listOn: string;
    /** Nominees the committee vetted as knowing accounts (a supervision candidate, Art. 32). */
    accounting?: readonly string[];
  },
): Promise<ListedElection> {
  const A = server.fixture.villageA.id;
  const base = `/api/villages/${A}/elections`;
  const organiser = await server.as('committeeChair');
  const created = await organiser.post(base, {
    title: '换届选举',
    body: opts.body,
    electorate: opts.electorate,
    organiser: 'villagersCommittee',
    posts: [
      {
        id: opts.post.id,
        name: { zh: opts.post.zh, en: opts.post.id },
        seats: opts.post.seats,
        writeIns: opts.post.writeIns ?? false,
      },
    ],
  });
  if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.body)}`);
  const id = (created.body as { election: { id: string } }).election.id;
  const E = `${base}/${id}`;
  const members = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '选委' });
  await expectOk(organiser, `${E}/committee`, {
    chosenBy: 'representativesMeeting',
    chosenOn: opts.adoptedOn,
    members: members.map((personId, i) => ({ personId, seat: i === 0 ? 'chair' : 'member' })),
  });
  const ec = await clientFor(server, A, members[0]!);
  await expectOk(ec, `${E}/rules/draft`, {
    text: '选举办法（草案）',
    on: opts.adoptedOn,
    commentsUntil: opts.adoptedOn,
  });
  await expectOk(ec, `${E}/rules/adopt`, {
    resolutionId: await adoptedResolution(server, opts.adoptedOn),
    electionDay: opts.electionDay,
  });
  await expectOk(ec, `${E}/voters/from-registry`, { on: opts.rollOn });
  await expectOk(ec, `${E}/roll/publish`, { on: opts.rollOn });
  await expectOk(ec, `${E}/nominations/open`, { on: opts.rollOn });
  for (const [i, personId] of opts.nominees.entries())
    await expectOk(ec, `${E}/nominations`, {
      postId: opts.post.id,
      personId,
      route: 'villagers',
      votes: 100 - i,
      on: opts.rollOn,
      qualifications: opts.accounting?.includes(personId) ? ['accounting'] : [],
    });
  await expectOk(ec, `${E}/candidates/publish`, { on: opts.listOn });
  return { id, E, ec, candidates: [...opts.nominees] };
}

/** The polling notice of an electronic round, its three tellers by role (caller, counter, scrutineer). */
export async function electronicNotice(
  e: ListedElection,
  tellers: readonly string[],
  on: string,
): Promise<void> {
  await expectOk(e.ec, `${e.E}/polling-notice`, {
    on,
    place: '社区会议室',
    method: 'electronic',
    tellers: ['caller', 'counter', 'scrutineer'].map((role, i) => ({ personId: tellers[i], role })),
  });
}

async function expectOk(client: HttpClient, url: string, body: object): Promise<void> {
  const res = await client.post(url, body);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
}
