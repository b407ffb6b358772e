import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import {
  startTestServer,
  type HttpClient,
  type HttpResult,
  type TestServer,
} from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addAdults, clientFor, seatIn } from '../../testing/meetings.ts';
import { systemContext } from '../../platform/command.ts';
import { testConfig } from '../../platform/config.ts';
import { approveStep } from './commands/approveStep.ts';
import { createSpendingRequest } from './commands/createSpendingRequest.ts';
import { executePayment } from './commands/executePayment.ts';
import { recordInspection } from './commands/recordInspection.ts';
import { referHoldToRepresentatives } from './commands/referHoldToRepresentatives.ts';
import { releaseHold } from './commands/releaseHold.ts';
import { tableMotion } from '../supervision/commands/tableMotion.ts';
import { FIXTURE_TODAY } from '../../testing/fixtures.ts';
import { addDays } from '@cunzhi/core/rules/dayCount';

/**
 * Spending requests through the HTTP API: the tier table refusing ¥12,000
 * until a representatives' resolution authorises it, the approval chain by
 * seat, one payment under 100 simultaneous executions, and the supervision
 * committee's hold — a motion its members vote by name — racing the payment
 * (both databases: PGlite serialises, PostgreSQL runs the executions on a
 * pool of connections).
 */
describe(`spending requests, payments and holds (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;
  let base: string;
  let chair: HttpClient;
  let handler: HttpClient;
  let checker: HttpClient;
  let supervisors: HttpClient[];
  let supervisorIds: string[];
  let town: HttpClient;
  let actor: string;
  let committeeIds: string[];
  let seq = 0;

  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    A = v.id;
    base = `/api/villages/${A}`;
    actor = server.fixture.accounts.committeeChair.id;
    chair = await server.as('committeeChair');
    town = await server.as('townOfficial');
    const [m1, m2] = await addAdults(server.db, v, 2, { prefix: '委员' });
    await seatIn(server.db, v, 'villagersCommittee', [m1!, m2!], 'member');
    committeeIds = [m1!, m2!];
    handler = await clientFor(server, A, m1!);
    checker = await clientFor(server, A, m2!);
    // seed 002's committee of seven: the fixture's chair and six members
    const members = await addAdults(server.db, v, 6, { prefix: '监委' });
    await seatIn(server.db, v, 'villageAffairsSupervisionCommittee', members, 'member');
    supervisorIds = members;
    supervisors = [
      await server.as('supervisionChair'),
      ...(await Promise.all(members.map((p) => clientFor(server, A, p)))),
    ];
  });
  afterAll(async () => {
    await server.close();
  });

  /** A resolution of a closed meeting of this kind, on a matter with this budget (as the meetings module leaves them). */
  async function resolution(
    kind: MeetingKind,
    opts: { budget?: string; matterId?: string; revoked?: boolean } = {},
  ): Promise<{ id: string; matterId: string }> {
    const meetingId = randomUUID();
    const motionId = randomUUID();
    const id = randomUUID();
    const matterId = opts.matterId ?? randomUUID();
    seq += 1;
    await server.db.transaction(async (tx) => {
      if (!opts.matterId)
        await tx.query(
          `INSERT INTO matter (village_id, id, number, title, category, workflow, budget, created_by)
           VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM matter WHERE village_id = $1), $3, 'majorMatter', 'onePlusThree', $4, $5)`,
          [A, matterId, `支出事项${seq}`, opts.budget ?? null, actor],
        );
      await tx.query(
        `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version)
         VALUES ($1, $2, $3, '会议', '2026-11-01', '2026-10-20', 'closed', $4, 'ABC123', 'national', '2025-10-28')`,
        [A, meetingId, kind, actor],
      );
      await tx.query(
        `INSERT INTO motion (village_id, id, meeting_id, number, matter_id, title, voting, status, yes, no, abstain, passed, closed_at)
         VALUES ($1, $2, $3, 1, $4, '表决', 'showOfHands', 'closed', 20, 3, 0, true, now())`,
        [A, motionId, meetingId, matterId],
      );
      await tx.query(
        `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, matter_id, kind, title, adopted_on, decision, profile_id, profile_version, revoked_on)
         VALUES ($1, $2, 2026, $3, $4, $5, $6, 'ordinary', '决议', '2026-11-01', '{}', 'national', '2025-10-28', $7)`,
        [A, id, 100 + seq, meetingId, motionId, matterId, opts.revoked ? '2026-11-10' : null],
      );
      if (opts.revoked)
        await tx.query('UPDATE resolution SET revoked_by = $3 WHERE village_id = $1 AND id = $2', [
          A,
          id,
          matterId,
        ]);
    });
    return { id, matterId };
  }

  const request = (body: Record<string, unknown>) =>
    handler.post(`${base}/spending`, { purpose: '购买办公用品', payee: '花乡文具店', ...body });

  async function approvedThroughChain(id: string) {
    const sign = (c: HttpClient, step: string) =>
      c.post(`${base}/spending/${id}/steps/${step}/approve`, {});
    for (const [c, step] of [
      [checker, 'checked'],
      [chair, 'chairApproved'],
      [supervisors[1]!, 'supervisionReviewed'],
      [town, 'townAccountantChecked'],
    ] as const) {
      const res = await sign(c, step);
      expect(res.status, `${step}: ${JSON.stringify(res.body)}`).toBe(200);
    }
  }

  async function approvedRequest(amount = '800'): Promise<string> {
    const res = await request({ amount });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.request.request.id as string;
    await approvedThroughChain(id);
    return id;
  }

  const payments = async (requestId: string) =>
    (
      await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM spending_payment WHERE village_id = $1 AND request_id = $2',
        [A, requestId],
      )
    )[0]!.n;

  it('refuses ¥12,000 on one signature under the demo tiers, citing XWQL-TIER, until a resolution authorises it', async () => {
    const refused = await request({ amount: '12,000' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ id: 'rule_refused', ruleId: 'XWQL-TIER' });
    expect(refused.body.error.message).toContain('¥12,000.00');
    expect(refused.body.error.message).toContain('村民代表会议决议');
    // the tier's boundary: ¥1,000 on one signature, ¥1,000.01 not
    expect((await request({ amount: '1,000' })).status).toBe(201);
    expect((await request({ amount: '1000.01' })).body.error).toMatchObject({
      ruleId: 'XWQL-TIER',
    });
    // the two committees' resolution stops at ¥10,000
    const joint = await resolution('twoCommitteesJointMeeting');
    expect((await request({ amount: '10,000', resolutionId: joint.id })).status).toBe(201);
    expect((await request({ amount: '12,000', resolutionId: joint.id })).body.error).toMatchObject({
      ruleId: 'XWQL-TIER',
    });
    // a Party members' meeting cannot authorise spending; a revoked resolution no longer does
    const party = await resolution('partyMembersMeeting');
    expect((await request({ amount: '12,000', resolutionId: party.id })).body.error).toMatchObject({
      ruleId: 'XWQL-TIER',
    });
    const revoked = await resolution('representativesMeeting', { revoked: true });
    expect(
      (await request({ amount: '12,000', resolutionId: revoked.id })).body.error,
    ).toMatchObject({ ruleId: 'VCOL-23-REVOKE' });
    // the representatives' resolution authorises it, within its matter's budget
    const reps = await resolution('representativesMeeting', { budget: '12000.00' });
    const ok = await request({ amount: '12,000', resolutionId: reps.id });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.request.request).toMatchObject({
      authority: 'representativesResolution',
      amount: { text: '¥12,000.00', capitals: '壹万贰仟元整' },
      status: 'pending',
      nextStep: 'checked',
    });
    expect(ok.body.request.request.resolution.id).toBe(reps.id);
    // what it approved is spent: one fen more is refused
    expect((await request({ amount: '0.01', resolutionId: reps.id })).body.error).toMatchObject({
      ruleId: 'XWQL-TIER',
    });
  });

  it('answers bad input with field errors, never a 500 or a write', async () => {
    const before = await server.db.query('SELECT id FROM spending_request WHERE village_id = $1', [
      A,
    ]);
    for (const [body, field] of [
      [{ amount: 'abc' }, 'amount'],
      [{ amount: '0' }, 'amount'],
      [{ amount: '' }, 'amount'],
      [{ amount: '100', expenseAccount: '9999' }, 'expenseAccount'],
      [{ amount: '100', scheduledOn: '2026-02-30' }, 'scheduledOn'],
      [{ amount: '100', resolutionId: randomUUID() }, 'resolutionId'],
    ] as const) {
      const res = await request(body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const after = await server.db.query('SELECT id FROM spending_request WHERE village_id = $1', [
      A,
    ]);
    expect(after.length).toBe(before.length);
  });

  it('runs the chain 经办 → 审核 → 主任 → 监委会审核 → town accountant, each by its seat', async () => {
    const created = await request({ amount: '900' });
    const id = created.body.request.request.id as string;
    const at = (c: HttpClient, step: string) =>
      c.post(`${base}/spending/${id}/steps/${step}/approve`, {});
    expect(created.body.request.chain[0].signed).toMatchObject({ decision: 'approved' });
    // out of order, the handler checking their own request, the wrong seat, an outsider
    expect((await at(chair, 'chairApproved')).body.error).toMatchObject({ ruleId: 'RVMC-VOUCHER' });
    const own = await at(handler, 'checked');
    expect(own.status).toBe(422);
    expect(own.body.error.message).toContain('经办人');
    expect((await at(supervisors[0]!, 'checked')).body.error).toMatchObject({
      ruleId: 'RVMC-VOUCHER',
    });
    expect((await at(await server.as('villager'), 'checked')).status).toBe(403);
    const checked = await at(checker, 'checked');
    expect(checked.status).toBe(200);
    expect(checked.body.request.request.nextStep).toBe('chairApproved');
    expect((await at(handler, 'chairApproved')).status).toBe(422);
    expect((await at(chair, 'chairApproved')).status).toBe(200);
    expect((await at(chair, 'supervisionReviewed')).status).toBe(422);
    expect((await at(supervisors[2]!, 'supervisionReviewed')).status).toBe(200);
    // not paid before the town's accountant has checked it
    const early = await chair.post(`${base}/spending/${id}/payment`, {});
    expect(early.body.error).toMatchObject({ ruleId: 'RVMC-VOUCHER' });
    expect((await at(supervisors[2]!, 'townAccountantChecked')).status).toBe(422);
    const done = await at(town, 'townAccountantChecked');
    expect(done.status).toBe(200);
    expect(done.body.request.request.nextStep).toBeNull();
    const page = await chair.get(`${base}/spending/${id}`);
    expect(page.body.can).toMatchObject({ sign: null, pay: true });
    // a payment entered from the papers is not dated before the last signature (today)
    const backdated = await chair.post(`${base}/spending/${id}/payment`, { on: '2026-11-20' });
    expect(backdated.status).toBe(422);
    expect(backdated.body.error.message).toContain('不能早于审批完成的日期');
    // the supervision committee's members, whom a proposer may name as co-signers
    expect(page.body.supervisors).toHaveLength(7);
    expect(page.body.supervisors.map((m: { name: string }) => m.name)).toContain('陈志明');
    expect(page.body.chain.map((s: { signed: unknown }) => s.signed !== null)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('a refusal at a step closes the request unpaid', async () => {
    const id = (await request({ amount: '300' })).body.request.request.id as string;
    const refused = await checker.post(`${base}/spending/${id}/steps/checked/refuse`, {
      reason: '发票不全',
    });
    expect(refused.status).toBe(200);
    expect(refused.body.request.request.status).toBe('refused');
    expect(
      (await chair.post(`${base}/spending/${id}/steps/chairApproved/approve`, {})).status,
    ).toBe(409);
    expect((await chair.post(`${base}/spending/${id}/payment`, {})).status).toBe(409);
  });

  it('pays once under 100 simultaneous executions', async () => {
    const id = await approvedRequest();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => chair.post(`${base}/spending/${id}/payment`, {})),
    );
    expect(answers.map((a) => a.status).every((s) => s === 200)).toBe(true);
    expect(answers.filter((a) => a.body.created === true)).toHaveLength(1);
    expect(await payments(id)).toBe(1);
    const events = await server.db.query(
      `SELECT seq FROM audit_event WHERE chain_id = $1 AND action = 'spending.paid' AND target_id = $2`,
      [A, id],
    );
    expect(events).toHaveLength(1);
    expect(answers[0]!.body.request.request).toMatchObject({ status: 'paid' });
    const vouchers = await server.db.query(
      `SELECT seq FROM audit_event WHERE chain_id = $1 AND action = 'voucher.booked' AND data->>'sourceId' = (
         SELECT id::text FROM spending_payment WHERE village_id = $1 AND request_id = $2)`,
      [A, id],
    );
    expect(vouchers).toHaveLength(1);
  });

  const motions = () => `${base}/supervision/motions`;
  const REASON = '物业整改不彻底，居民仍有意见';
  /** The committee in the order the helpers below take it: the fixture's chair, then the six. */
  const memberIds = () => [server.fixture.accounts.supervisionChair.personId!, ...supervisorIds];

  /** A sitting in person: the first `present` members came, the first `yes` of them in favour. */
  const inPerson = (present: number, yes: number) => ({
    mode: 'inPerson',
    heldOn: FIXTURE_TODAY,
    attendance: memberIds().slice(0, present),
    votes: memberIds()
      .slice(0, present)
      .map((personId, i) => ({ personId, choice: i < yes ? 'yes' : 'no' })),
  });
  const remote = () => ({ mode: 'remote', closesOn: addDays(FIXTURE_TODAY, 7) });

  /**
   * A member (supervisors[1]) tables a hold with three co-signers (联名); on the members'
   * phones unless a sitting in person is given.
   */
  async function tableHold(requestId: string, sitting: object = remote()) {
    return supervisors[1]!.post(motions(), {
      proposal: {
        kind: 'hold',
        requestId,
        reason: REASON,
        coProposerIds: supervisorIds.slice(1, 4),
      },
      sitting,
    });
  }

  /** Members voting on their phones, in order from supervisors[2] (the tabler voted yes already). */
  async function votes(motionId: string, choices: ReadonlyArray<'yes' | 'no'>) {
    let last: HttpResult | null = null;
    for (const [i, choice] of choices.entries()) {
      last = await supervisors[i + 2]!.post(`${motions()}/${motionId}/votes`, { choice });
      expect(last.status, JSON.stringify(last.body)).toBe(200);
    }
    return last;
  }

  /** A hold adopted on the members' phones: the tabler and three more in favour, four of seven. */
  async function adoptedHold(requestId: string): Promise<string> {
    const tabled = await tableHold(requestId);
    expect(tabled.status, JSON.stringify(tabled.body)).toBe(201);
    const carried = await votes(tabled.body.motion.id, ['yes', 'yes', 'yes']);
    expect(carried!.body.motion.status).toBe('carried');
    return tabled.body.motion.subject.id as string;
  }

  const holdOf = async (requestId: string) =>
    (await chair.get(`${base}/spending/${requestId}`)).body.holds.at(-1);

  it('a hold is a motion of the committee: 4 of 7 present to act and 4 of 7 in favour to carry (n−1, n, n+1)', async () => {
    const id = await approvedRequest();
    // a cadre is not a member; a co-signer must serve on the committee
    const outsider = await handler.post(motions(), {
      proposal: { kind: 'hold', requestId: id, reason: REASON },
      sitting: remote(),
    });
    expect(outsider.status).toBe(403);
    const stranger = await supervisors[1]!.post(motions(), {
      proposal: { kind: 'hold', requestId: id, reason: REASON, coProposerIds: committeeIds },
      sitting: remote(),
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields[0].field).toBe('proposal.coProposerIds');
    // in person: three of seven cannot act — refused, nothing written
    const three = await tableHold(id, inPerson(3, 3));
    expect(three.status).toBe(422);
    expect(three.body.error).toMatchObject({ ruleId: 'SEED002-SUPERVISION' });
    expect(three.body.error.message).toContain('须 4 人');
    expect((await chair.get(`${base}/spending/${id}`)).body.holds).toHaveLength(0);
    for (const [present, yes, status] of [
      [4, 3, 'rejected'],
      [5, 3, 'rejected'],
      [4, 4, 'adopted'],
    ] as const) {
      const tabled = await tableHold(id, inPerson(present, yes));
      expect(tabled.status, JSON.stringify(tabled.body)).toBe(201);
      expect(tabled.body.motion).toMatchObject({
        kind: 'hold',
        status: status === 'adopted' ? 'carried' : 'failed',
        count: { members: 7, present, yes, requiredPresent: 4, requiredYes: 4 },
      });
      expect(tabled.body.motion.subject.label).toContain('花乡文具店');
      expect((await holdOf(id)).status).toBe(status);
    }
    // n+1 in favour on another request; the hold card shows the motion and its votes by name
    const other = await approvedRequest();
    expect((await tableHold(other, inPerson(5, 5))).status).toBe(201);
    const held = await chair.get(`${base}/spending/${other}`);
    expect(held.body.request.onHold).toBe(true);
    expect(held.body.holds[0]).toMatchObject({
      status: 'adopted',
      proposers: expect.arrayContaining([expect.any(String)]),
      motions: [{ kind: 'hold', status: 'carried', count: { present: 5, yes: 5 } }],
    });
    expect(held.body.holds[0].proposers).toHaveLength(4);
    expect(held.body.holds[0].motions[0].votes).toHaveLength(5);
    // one hold at a time on a request
    expect((await tableHold(other)).status).toBe(409);
  });

  it('on the members’ phones: three in favour leave it open and the payment free; the fourth adopts it', async () => {
    const id = await approvedRequest();
    const tabled = await tableHold(id);
    expect(tabled.status, JSON.stringify(tabled.body)).toBe(201);
    const motionId = tabled.body.motion.id as string;
    // the member's inbox lists it, titled by the request
    const inbox = await supervisors[2]!.get(`${base}/supervision/inbox`);
    const listed = inbox.body.toVote.find((m: { id: string }) => m.id === motionId);
    expect(listed).toMatchObject({ kindName: { zh: '暂停支付' }, canVote: true });
    expect(listed.subject.label).toMatch(/^第\d+号支出申请：购买办公用品（花乡文具店）$/);
    const open = await votes(motionId, ['yes', 'yes']);
    expect(open!.body.motion).toMatchObject({ status: 'open', count: { yes: 3 } });
    const page = await chair.get(`${base}/spending/${id}`);
    expect(page.body.holds[0]).toMatchObject({ status: 'proposed', motions: [{ status: 'open' }] });
    expect(page.body.can.pay).toBe(true);
    const carried = await supervisors[4]!.post(`${motions()}/${motionId}/votes`, { choice: 'yes' });
    expect(carried.body.motion).toMatchObject({ status: 'carried', count: { yes: 4 } });
    expect((await holdOf(id)).status).toBe('adopted');
    expect((await chair.post(`${base}/spending/${id}/payment`, {})).status).toBe(422);
  });

  it('stops every payment once a hold is adopted (100 executions after it commits: none pays)', async () => {
    const id = await approvedRequest();
    await adoptedHold(id);
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => chair.post(`${base}/spending/${id}/payment`, {})),
    );
    expect(answers.every((a) => a.status === 422)).toBe(true);
    expect(answers[0]!.body.error).toMatchObject({ ruleId: 'SEED002-SUPERVISION' });
    expect(await payments(id)).toBe(0);
  });

  it('races 100 executions against the vote that carries the hold: either it stops them all or it lapses, the request paid', async () => {
    const id = await approvedRequest();
    const tabled = await tableHold(id);
    const motionId = tabled.body.motion.id as string;
    const holdId = tabled.body.motion.subject.id as string;
    await votes(motionId, ['yes', 'yes']);
    const [decided, ...answers] = await Promise.all([
      supervisors[4]!.post(`${motions()}/${motionId}/votes`, { choice: 'yes' }),
      ...Array.from({ length: 100 }, () => chair.post(`${base}/spending/${id}/payment`, {})),
    ]);
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.motion.status).toBe('carried');
    const paid = await payments(id);
    expect(paid).toBeLessThanOrEqual(1);
    const [hold] = await server.db.query<{ status: string }>(
      'SELECT status FROM spending_hold WHERE village_id = $1 AND id = $2',
      [A, holdId],
    );
    if (hold!.status === 'adopted') {
      expect(paid).toBe(0);
      expect(answers.every((a) => a.status === 422)).toBe(true);
    } else {
      expect(hold!.status).toBe('lapsed');
      expect(paid).toBe(1);
      expect(answers.every((a) => a.status === 200 || a.status === 422)).toBe(true);
    }
    // whichever won, a payment beside an adopted hold never exists
    const late = await server.db.query(
      `SELECT p.id FROM spending_payment p JOIN spending_hold h ON h.village_id = p.village_id AND h.request_id = p.request_id
       WHERE p.village_id = $1 AND p.request_id = $2 AND h.status = 'adopted'`,
      [A, id],
    );
    expect(late).toHaveLength(0);
  });

  it('the audit log titles a hold’s motion by its request and links to the request’s page', async () => {
    const id = await approvedRequest();
    await adoptedHold(id);
    const log = await chair.get(`${base}/audit?limit=20`);
    const carried = log.body.items.find(
      (e: { action: string }) => e.action === 'supervision.motionCarried',
    );
    expect(carried).toMatchObject({
      targetTitle: '购买办公用品',
      targetPage: { kind: 'spending', id },
    });
    const adopted = log.body.items.find(
      (e: { action: string }) => e.action === 'spending.holdAdopted',
    );
    expect(adopted).toMatchObject({
      actionName: '决定暂停支付',
      targetPage: { kind: 'spending', id },
    });
  });

  it('a hold carried after the payment was made lapses: on the record, stopping nothing', async () => {
    const id = await approvedRequest();
    const tabled = await tableHold(id);
    // the proposal alone stops nothing
    expect((await chair.post(`${base}/spending/${id}/payment`, {})).body.created).toBe(true);
    const carried = await votes(tabled.body.motion.id, ['yes', 'yes', 'yes']);
    expect(carried!.body.motion.status).toBe('carried');
    expect((await holdOf(id)).status).toBe('lapsed');
  });

  it('refers the hold to the representatives, records the inspection, and releases it by their resolution', async () => {
    // the town's village list counts the holds not yet released
    const openHolds = async (): Promise<number> => {
      const res = await town.get('/api/oversight/villages');
      const row = res.body.items.find((i: { id: string }) => i.id === A);
      return row.disclosure.openHolds;
    };
    const before = await openHolds();
    const id = await approvedRequest();
    const holdId = await adoptedHold(id);
    expect(await openHolds()).toBe(before + 1);
    // the procedure is one of the representatives' tier: not the council's own
    const wrong = await supervisors[0]!.post(`${base}/spending-holds/${holdId}/refer`, {
      workflow: 'councilGeneral',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].field).toBe('workflow');
    // seed 002's community took it by "1+3"
    const referred = await supervisors[0]!.post(`${base}/spending-holds/${holdId}/refer`, {
      workflow: 'onePlusThree',
    });
    expect(referred.status, JSON.stringify(referred.body)).toBe(200);
    const matter = referred.body.request.holds[0].referredMatter;
    expect(matter.title).toContain('暂停支付');
    const listed = await chair.get(`${base}/matters/${matter.id}`);
    expect(listed.status).toBe(200);
    expect(listed.body.matter.workflow).toBe('onePlusThree');
    expect((await supervisors[0]!.post(`${base}/spending-holds/${holdId}/refer`, {})).status).toBe(
      409,
    );
    const consent = await resolution('representativesMeeting', { matterId: matter.id });
    const early = await supervisors[0]!.post(`${base}/spending-holds/${holdId}/release`, {
      resolutionId: consent.id,
    });
    expect(early.body.error).toMatchObject({ ruleId: 'SEED002-SUPERVISION' });
    const inspected = await supervisors[0]!.post(`${base}/spending-holds/${holdId}/inspection`, {
      note: '监督委员会成员、居民代表共同检查验收，整治到位',
    });
    expect(inspected.status).toBe(200);
    // the committee's own vote does not release it unless the profile allows: not even tabled
    const byVote = await supervisors[0]!.post(motions(), {
      proposal: { kind: 'holdRelease', holdId, requestId: id },
      sitting: inPerson(7, 7),
    });
    expect(byVote.status).toBe(422);
    expect(byVote.body.error).toMatchObject({ ruleId: 'SEED002-SUPERVISION' });
    expect(byVote.body.error.message).not.toContain('SEED002');
    const other = await resolution('representativesMeeting');
    expect(
      (
        await supervisors[0]!.post(`${base}/spending-holds/${holdId}/release`, {
          resolutionId: other.id,
        })
      ).status,
    ).toBe(400);
    expect((await chair.post(`${base}/spending/${id}/payment`, {})).status).toBe(422);
    const released = await supervisors[0]!.post(`${base}/spending-holds/${holdId}/release`, {
      resolutionId: consent.id,
    });
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    expect(await openHolds()).toBe(before);
    expect(released.body.request.holds[0]).toMatchObject({
      status: 'released',
      release: { basis: 'resolution', resolution: { id: consent.id } },
      inspection: { note: '监督委员会成员、居民代表共同检查验收，整治到位' },
    });
    const paid = await chair.post(`${base}/spending/${id}/payment`, {});
    expect(paid.body.created).toBe(true);
    // booked in the ledger in the same transaction: debit the expense, credit the bank
    expect(paid.body.request.payment.voucher.number).toMatch(/^\d{4}-\d{2}-\d{3}$/);
    // every act is on the audit chain: the hold's own, and the members' votes on its motion
    const motionActions = await server.db.query<{ action: string }>(
      `SELECT e.action FROM audit_event e JOIN supervision_motion m ON m.village_id = $1 AND m.id::text = e.target_id
       WHERE e.chain_id = $1 AND m.subject_id = $2 ORDER BY e.seq`,
      [A, holdId],
    );
    expect(motionActions.map((a) => a.action)).toEqual([
      'supervision.motionTabled',
      'supervision.voted',
      'supervision.voted',
      'supervision.voted',
      'supervision.motionCarried',
    ]);
    const actions = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND action LIKE 'spending.hold%' AND target_id = $2 ORDER BY seq`,
      [A, holdId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'spending.holdProposed',
      'spending.holdAdopted',
      'spending.holdReferred',
      'spending.holdInspected',
      'spending.holdReleased',
    ]);
  });

  it('takes the tiers and the release vote from the village charter', async () => {
    const clause = (ruleId: string, params: Record<string, unknown>) =>
      chair.request('PUT', `${base}/rules/overrides/${ruleId}`, {
        params,
        adoptedOn: '2026-11-01',
      });
    const lowered = await clause('XWQL-TIER', { oneSignatureUpToFen: 50_000 });
    expect(lowered.status, JSON.stringify(lowered.body)).toBe(200);
    expect((await request({ amount: '500' })).status).toBe(201);
    const over = await request({ amount: '500.01' });
    expect(over.body.error).toMatchObject({ ruleId: 'XWQL-TIER' });
    expect(over.body.error.message).toContain('¥500.00');
    // the committee releases its own hold by 4 of 7 where the charter lets it
    expect((await clause('SEED002-SUPERVISION', { releaseByCommitteeVote: true })).status).toBe(
      200,
    );
    const id = await approvedRequest('400');
    const holdId = await adoptedHold(id);
    const release = (sitting: object) =>
      supervisors[0]!.post(motions(), {
        proposal: { kind: 'holdRelease', holdId, requestId: id },
        sitting,
      });
    // the inspection first
    const early = await release(inPerson(5, 5));
    expect(early.body.error).toMatchObject({ ruleId: 'SEED002-SUPERVISION' });
    expect(early.body.error.message).toContain('须先记录对整改情况的检查验收');
    await supervisors[0]!.post(`${base}/spending-holds/${holdId}/inspection`, { note: '已整改' });
    // a release motion names the hold's own request
    const wrong = await supervisors[0]!.post(motions(), {
      proposal: { kind: 'holdRelease', holdId, requestId: await approvedRequest('300') },
      sitting: inPerson(5, 5),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].field).toBe('proposal.requestId');
    // three present cannot act; five present, three in favour: not carried, the hold stands
    expect((await release(inPerson(3, 3))).body.error).toMatchObject({
      ruleId: 'SEED002-SUPERVISION',
    });
    const lost = await release(inPerson(5, 3));
    expect(lost.status, JSON.stringify(lost.body)).toBe(201);
    expect(lost.body.motion.status).toBe('failed');
    expect((await holdOf(id)).status).toBe('adopted');
    const released = await release(inPerson(5, 4));
    expect(released.status, JSON.stringify(released.body)).toBe(201);
    expect(released.body.motion).toMatchObject({
      kind: 'holdRelease',
      status: 'carried',
      count: { members: 7, present: 5, yes: 4 },
    });
    const hold = await holdOf(id);
    expect(hold).toMatchObject({
      status: 'released',
      release: { basis: 'committeeVote', resolution: null, decision: null },
    });
    expect(hold.motions.map((m: { kind: string }) => m.kind)).toEqual([
      'holdRelease',
      'holdRelease',
      'hold',
    ]);
    expect((await chair.post(`${base}/spending/${id}/payment`, {})).body.created).toBe(true);
  });

  it('replays seed 002 through the commands as the demo writes it (the system records the paper signatures)', async () => {
    const app = {
      db: server.db,
      clock: server.clock,
      config: testConfig({ WEB_DIST: '/nonexistent' }),
    };
    const cmd = systemContext(app, A, actor);
    const chairId = server.fixture.villageA.personIds[3]!;
    const supervisionChairId = server.fixture.villageA.personIds[5]!;
    const consent = await resolution('representativesMeeting', { budget: '450000.00' });
    const { id } = await createSpendingRequest(cmd, {
      purpose: '花乡民居物业管理费',
      payee: '花乡民居物业管理公司',
      amount: '450,000',
      resolutionId: consent.id,
      scheduledOn: '2026-11-15',
      on: '2026-11-02',
      handlerId: committeeIds[0],
    });
    for (const [step, signerId] of [
      ['checked', committeeIds[1]],
      ['chairApproved', chairId],
      ['supervisionReviewed', supervisionChairId],
      ['townAccountantChecked', undefined],
    ] as const)
      await approveStep(cmd, { requestId: id, step, on: '2026-11-05', signerId });
    // the committee sits on 10 November: five of seven come, all five for the hold
    const present = [supervisionChairId, ...supervisorIds.slice(0, 4)];
    const tabled = await tableMotion(cmd, {
      proposal: {
        kind: 'hold',
        requestId: id,
        reason: '物管公司整治行动并不彻底，居民仍有意见',
        coProposerIds: supervisorIds.slice(1, 4),
      },
      sitting: {
        mode: 'inPerson',
        heldOn: '2026-11-10',
        attendance: present,
        votes: present.map((personId) => ({ personId, choice: 'yes' as const })),
      },
      memberId: supervisorIds[0],
    });
    const hold = { id: tabled.subjectId };
    const { matterId } = await referHoldToRepresentatives(cmd, {
      holdId: hold.id,
      on: '2026-11-10',
    });
    await expect(executePayment(cmd, { requestId: id, on: '2026-11-15' })).rejects.toMatchObject({
      finding: { ruleId: 'SEED002-SUPERVISION', code: 'payment_on_hold' },
    });
    await recordInspection(cmd, {
      holdId: hold.id,
      on: '2026-11-18',
      note: '监督委员会成员、居民代表共同检查验收，小区面貌焕然一新',
    });
    const released = await resolution('representativesMeeting', { matterId });
    await releaseHold(cmd, {
      holdId: hold.id,
      on: '2026-11-19',
      resolutionId: released.id,
    });
    expect(await executePayment(cmd, { requestId: id, on: '2026-11-19' })).toMatchObject({
      created: true,
    });
    const page = await chair.get(`${base}/spending/${id}`);
    expect(page.body.request).toMatchObject({
      status: 'paid',
      amount: { capitals: '肆拾伍万元整' },
      paidOn: '2026-11-19',
    });
    expect(page.body.chain.map((s: { signed: { on: string } }) => s.signed.on)).toEqual([
      '2026-11-02',
      '2026-11-05',
      '2026-11-05',
      '2026-11-05',
      '2026-11-05',
    ]);
    expect(page.body.holds[0]).toMatchObject({
      status: 'released',
      decidedOn: '2026-11-10',
      motions: [{ status: 'carried', count: { members: 7, present: 5, yes: 5 } }],
      inspection: { on: '2026-11-18' },
      referredMatter: { id: matterId },
    });
    expect(page.body.payment.voucher.number).toMatch(/^2026-11-\d{3}$/);
  });
});
