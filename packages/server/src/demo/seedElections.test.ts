import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { addDays, daysFrom } from '@cunzhi/core/rules/dayCount';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { seededShowcase, type Showcase } from '../testing/showcase.ts';
import { electionPage, rollOf, type ElectionPage } from '../features/elections/queries.ts';
import { listBodies, listTerms } from '../features/bodies/repository.ts';
import { seedShowcaseElections } from './seedElections.ts';

const TODAY = calendarDate('2026-11-21');

let showcase: Showcase;
let page: ElectionPage;
let electionId: string;

beforeAll(async () => {
  showcase = await seededShowcase(TODAY);
  ({ electionId } = await seedShowcaseElections(showcase.ctx, showcase.accounts, TODAY));
  page = (await electionPage(showcase.ctx, showcase.villageId, electionId))!;
}, 180_000);

afterAll(async () => {
  await showcase?.db.close();
});

describe('the showcase community’s election (first half, through the commands)', () => {
  it('has its election committee chosen by the representatives, published and filed with the town', () => {
    const e = page.election;
    expect(e.committee_chosen_by).toBe('representativesMeeting');
    expect(e.committee_chosen_on! < e.committee_published_on!).toBe(true);
    expect(e.committee_filed_on! > e.committee_published_on!).toBe(true);
    const seated = page.committee.filter((m) => m.status === 'seated');
    expect(seated).toHaveLength(5);
    // chaired by the Party secretary, the demo account that runs the election
    const secretary = showcase.accounts.find((a) => a.role === 'partySecretary')!;
    expect(seated.find((m) => m.seat === 'chair')?.person_id).toBe(secretary.personId);
  });

  it('has its rules adopted by the representatives’ resolution after comment, polling 9 days ahead', () => {
    const e = page.election;
    expect(e.election_day).toBe(addDays(TODAY, 9));
    expect(page.resolution?.title).toContain('选举办法');
    expect(e.rules_draft_published_on! < page.resolution!.adopted_on).toBe(true);
    expect(e.timetable).toMatchObject({ pollingOn: addDays(TODAY, 9) });
  });

  it('is the 换届 the seated committee’s term calls for: that term ends just after polling day', async () => {
    const bodies = await listBodies(showcase.db, showcase.villageId);
    const committee = bodies.find((b) => b.kind === 'villagersCommittee')!;
    const terms = await listTerms(showcase.db, showcase.villageId, committee.id);
    const seated = terms.find((t) => t.starts_on <= TODAY && TODAY <= t.ends_on)!;
    const pollingOn = page.election.election_day!;
    // polled within the term's last days, never after it ran out nor years before it does
    expect(seated.ends_on >= pollingOn).toBe(true);
    expect(daysFrom(pollingOn, calendarDate(seated.ends_on))).toBeLessThanOrEqual(30);
    expect(daysFrom(calendarDate(seated.starts_on), pollingOn)).toBeGreaterThan(5 * 365 - 30);
  });

  it('has the roll published 20 days ahead or more, a declared migrant on it and an upheld objection', async () => {
    const e = page.election;
    expect(daysFrom(e.roll_published_on!, e.election_day!)).toBeGreaterThanOrEqual(20);
    const byClass = Object.fromEntries(page.classes.map((c) => [c.voter_class, c.n]));
    expect(byClass[1]).toBeGreaterThan(2000);
    expect(byClass[2]).toBe(2);
    expect(page.objections).toHaveLength(1);
    const [objection] = page.objections;
    expect(objection).toMatchObject({ subject: 'roll', decision: 'upheld' });
    const roll = await rollOf(showcase.ctx, showcase.villageId, electionId);
    expect(roll.some((v) => v.person_id === objection!.about_person_id)).toBe(true);
  });

  it('publishes the candidate list with 差额 per post, 5 days ahead or more, from both routes', () => {
    const e = page.election;
    expect(e.stage).toBe('candidatesPublished');
    expect(daysFrom(e.candidates_published_on!, e.election_day!)).toBeGreaterThanOrEqual(5);
    const onList = (post: string) =>
      page.nominations.filter((n) => n.post_id === post && n.status === 'candidate');
    for (const post of page.posts) expect(onList(post.id).length).toBeGreaterThan(post.seats);
    expect(onList('chair')).toHaveLength(2);
    expect(new Set(page.nominations.map((n) => n.route))).toEqual(
      new Set(['partyOrganisation', 'jointSignature']),
    );
    // nobody on the list sits on the election committee
    const seated = new Set(
      page.committee.filter((m) => m.status === 'seated').map((m) => m.person_id),
    );
    expect(page.nominations.filter((n) => seated.has(n.person_id))).toEqual([]);
  });

  it('keeps the village’s chain whole', async () => {
    expect((await verifyChain(showcase.db, showcase.villageId)).ok).toBe(true);
  });
});
