import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { systemContext } from '../platform/command.ts';
import { certifyResult } from '../features/elections/commands/certify.ts';
import { seededShowcase, type Showcase } from '../testing/showcase.ts';
import { electionPage, type ElectionPage } from '../features/elections/queries.ts';
import { latestRollElection } from '../features/elections/recall/repository.ts';
import { reconcileElectionRound } from '../features/reconciliation/queries.ts';
import { listSignatures } from '../features/reconciliation/repository.ts';
import { servingMembers } from '../features/rules/queries/composition.ts';
import { seedShowcaseElections } from './seedElections.ts';
import { seedShowcaseElectionReconciliation } from './seedElectionReconciliation.ts';

const TODAY = calendarDate('2026-11-21');

let showcase: Showcase;
let page: ElectionPage;
let electionId: string;
let residentsElectionId: string;

beforeAll(async () => {
  showcase = await seededShowcase(TODAY);
  const { ctx, accounts } = showcase;
  ({ electionId: residentsElectionId } = await seedShowcaseElections(ctx, accounts, TODAY));
  ({ electionId } = await seedShowcaseElectionReconciliation(
    ctx,
    accounts,
    TODAY,
    residentsElectionId,
  ));
  page = (await electionPage(ctx, showcase.villageId, electionId))!;
}, 240_000);

afterAll(async () => {
  await showcase?.db.close();
});

describe('the showcase community’s supervision election reconciled with its printed roll', () => {
  it('is the representatives’ election of the supervisors, rules adopted by resolution, counted yesterday', () => {
    const e = page.election;
    expect(e).toMatchObject({
      body: 'supervisionCommittee',
      electorate: 'representatives',
      stage: 'counted',
    });
    expect(e.election_day).toBe(addDays(TODAY, -1));
    expect(page.resolution?.title).toContain('选举办法');
    expect(e.rules_draft_published_on! < page.resolution!.adopted_on).toBe(true);
  });

  it('is presided over by the residents’ election committee, chaired by the Party secretary', async () => {
    const residents = await electionPage(showcase.ctx, showcase.villageId, residentsElectionId);
    const seats = (p: ElectionPage) =>
      p.committee.filter((m) => m.status === 'seated').map((m) => [m.person_id, m.seat]);
    expect(seats(page)).toEqual(seats(residents!));
  });

  it('groups who received a ballot: online, on the printed roll only, on both (a finding)', async () => {
    const r = await reconcileElectionRound(showcase.db, showcase.villageId, electionId, 1);
    expect(r.groups.both).toHaveLength(2);
    expect(r.groups.paperOnly).toHaveLength(6);
    expect(r.groups.notDue).toEqual([]);
    const online = r.groups.onlineOnly.length + r.groups.both.length;
    expect(online).toBeGreaterThan(r.dueCount / 2);
    expect(r.ballots).toMatchObject({ online, paper: 8, cast: online, agree: false });
    // secret ballot: no candidate's name is what the report is about
    expect(r.round.method).toBe('electronic');
  });

  it('is signed this morning by the supervision chair, the signature current', async () => {
    const chair = showcase.accounts.find((a) => a.role === 'supervisionChair')!;
    const [signature, ...more] = await listSignatures(showcase.db, showcase.villageId, {
      kind: 'electionRound',
      electionId,
      round: 1,
    });
    expect(more).toEqual([]);
    expect(signature).toMatchObject({ person_id: chair.personId });
    const r = await reconcileElectionRound(showcase.db, showcase.villageId, electionId, 1);
    expect(signature!.fingerprint).toBe(r.fingerprint);
  });

  it('leaves the seated supervisors and the recall’s roll as the demo has them', async () => {
    const supervisors = await servingMembers(showcase.db, showcase.villageId, TODAY, {
      kinds: ['villageAffairsSupervisionCommittee'],
    });
    const chair = showcase.accounts.find((a) => a.role === 'supervisionChair')!;
    expect(supervisors.find((m) => m.role === 'chair')?.personId).toBe(chair.personId);
    expect(await latestRollElection(showcase.db, showcase.villageId, TODAY)).toBe(
      residentsElectionId,
    );
  });

  it('can be certified today by the election committee: the supervisors standing again are seated again', async () => {
    const secretary = showcase.accounts.find((a) => a.role === 'partySecretary')!;
    const chair = showcase.accounts.find((a) => a.role === 'supervisionChair')!;
    const cmd = {
      ...systemContext(showcase.ctx, showcase.villageId, secretary.id),
      personId: secretary.personId,
    };
    const before = await servingMembers(showcase.db, showcase.villageId, TODAY, {
      kinds: ['villageAffairsSupervisionCommittee'],
    });
    await certifyResult(cmd, { electionId });
    const after = await servingMembers(showcase.db, showcase.villageId, TODAY, {
      kinds: ['villageAffairsSupervisionCommittee'],
    });
    const seats = (ms: typeof before) => ms.map((m) => `${m.personId}:${m.role}`).sort();
    expect(seats(after)).toEqual(seats(before));
    expect(after.find((m) => m.role === 'chair')?.personId).toBe(chair.personId);
  });

  it('keeps the village’s chain whole', async () => {
    expect((await verifyChain(showcase.db, showcase.villageId)).ok).toBe(true);
  });
});
