import { formatChineseDate, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { listBodies } from '../features/bodies/repository.ts';
import { castBallot } from '../features/elections/commands/ballots.ts';
import { buildRoll } from '../features/elections/commands/buildRoll.ts';
import { chooseCommittee } from '../features/elections/commands/chooseCommittee.ts';
import { countRound } from '../features/elections/commands/countRound.ts';
import { createElection } from '../features/elections/commands/createElection.ts';
import { nominate, type NominateInput } from '../features/elections/commands/nominate.ts';
import { openNominations } from '../features/elections/commands/openNominations.ts';
import { openPolling } from '../features/elections/commands/openPolling.ts';
import { publishCandidates } from '../features/elections/commands/publishCandidates.ts';
import { publishCommittee } from '../features/elections/commands/publishCommittee.ts';
import { publishPollingNotice } from '../features/elections/commands/publishPollingNotice.ts';
import { publishRoll } from '../features/elections/commands/publishRoll.ts';
import { committeeOf } from '../features/elections/repository.ts';
import { rollOf } from '../features/elections/queries.ts';
import { enterRollSigns } from '../features/reconciliation/commands/enterRoll.ts';
import { signElectionReconciliation } from '../features/reconciliation/commands/sign.ts';
import { loadKinNeighbourhood } from '../features/registry/queries/kinGraph.ts';
import { servingMembers, type ServingMember } from '../features/rules/queries/composition.ts';
import { adoptRulesByRepresentatives } from './seedElections.ts';
import { DemoStory, demoCadres } from './story.ts';

/**
 * Days of the supervision committee's election counted from the demo's today. Its roll is
 * published before the residents' committee election's (seedElections.ts, 25 days back), so
 * the latest roll — the voters a recall counts a fifth of — stays the residents'; polling was
 * yesterday, so the result is announced today, in time (ZJ-32-ANNOUNCE), by whoever uses the demo.
 */
const DAY = {
  opened: -45,
  committeeChosen: -44,
  committeePublished: -43,
  draft: -42,
  commentsUntil: -36,
  rulesMeeting: -34,
  rulesAnnounced: -33,
  rollBuilt: -31,
  rollPublished: -28,
  nominationsOpened: -27,
  nominated: -24,
  candidatesPublished: -8,
  pollingNotice: -7,
  polling: -1,
  signed: 0,
} as const;

/** Of the representatives on the roll: three fifths vote online, six sign the printed roll only, two do both. */
const ONLINE_SHARE = 0.6;
const PAPER_ONLY = 6;
const BOTH = 2;

const PLACE = '社区活动中心二楼会议室';
const BOOTH = '会议室东侧写票间';

/** The 选举办法 posted for comment: seats, the representatives' vote, online ballots and the roll's signatures. */
function rulesText(rules: string, seats: number, pollingOn: CalendarDate): string {
  return [
    `${rules}（草案）`,
    `一、本届监督委员会由主任1名、委员${seats}名组成，任期与本届居民委员会相同；居民委员会成员及其近亲属不得担任。`,
    '二、监督委员会成员由居民代表会议选举产生，选民名单为本社区居民代表会议组成人员，于选举日二十日前公布。',
    '三、候选人实行差额，其中应有具备财会、管理知识的人员，于选举日五日前公布。',
    `四、选举日定于${formatChineseDate(pollingOn)}，在${PLACE}举行；代表本人以手机电子选票投票，到会代表在纸质选民名单上签名领票。`,
    '五、参加投票的代表超过登记代表半数的选举有效；候选人获得参加投票的代表过半数的选票，始得当选。',
    '六、投票结束后，居民选举委员会录入纸质名单签名，与电子选票记录逐人核对，核对表由监督委员会签字。',
  ].join('\n');
}

/**
 * The showcase community's residents' supervision committee, elected by the representatives'
 * meeting ahead of the residents' committee's 换届 (its term ends with the committee's) through the
 * real commands (issue 16 item 6): the same election committee as the residents' election
 * (seedElections.ts), the 选举办法 posted and adopted by the representatives' resolution, the roll
 * of the representatives, the supervisors standing again against representatives jointly
 * nominated, the polling notice with three tellers, online ballots yesterday evening, the printed
 * roll's signatures entered (two representatives on both records: two ballots, a finding), the
 * count, and this morning the reconciliation signed by the supervision chair. Not certified: the
 * seated committee stays the demo's until a user announces the result.
 */
export async function seedShowcaseElectionReconciliation(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
  residentsElectionId: string,
): Promise<{ electionId: string }> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const on = (k: keyof typeof DAY) => s.day(DAY[k]);
  const ec = (k: keyof typeof DAY, from?: string) => s.acting(on(k), cadres.partySecretary, from);
  const incumbents = await servingMembers(ctx.db, cadres.villageId, on('nominated'), {
    kinds: ['villageAffairsSupervisionCommittee'],
  });
  const body = (await listBodies(ctx.db, cadres.villageId)).find(
    (b) => b.kind === 'villageAffairsSupervisionCommittee',
  );
  if (!body || incumbents.length < 2) throw new Error('demo: no supervision committee to elect');
  const title = `${ymd(on('polling')).year}年${body.name}选举`;
  const memberSeats = incumbents.length - 1;
  const { id: electionId } = await createElection(s.acting(on('opened'), cadres.committeeChair), {
    title,
    body: 'supervisionCommittee',
    electorate: 'representatives',
    organiser: 'villagersCommittee',
    posts: [
      { id: 'chair', name: { zh: '主任', en: 'Chair' }, seats: 1, writeIns: false },
      { id: 'member', name: { zh: '委员', en: 'Member' }, seats: memberSeats, writeIns: false },
    ],
  });
  const id = { electionId };
  await sameCommittee(ec('committeeChosen'), electionId, residentsElectionId);
  await publishCommittee(ec('committeePublished'), id);
  await adoptTheRules(s, ec, electionId, `${title}办法`, memberSeats);
  await buildRoll(ec('rollBuilt'), { ...id, deprived: [] });
  await publishRoll(ec('rollPublished'), id);
  await openNominations(ec('nominationsOpened'), id);
  const candidates = await nominateCandidates(s, ec('nominated'), electionId, incumbents);
  await publishCandidates(ec('candidatesPublished'), id);
  await pollAndCount(s, ec, electionId, candidates);
  await signElectionReconciliation(
    s.acting(on('signed'), cadres.supervisionChair, '08:30'),
    electionId,
    1,
  );
  return { electionId };
}

type Acting = (k: keyof typeof DAY, from?: string) => CommandContext;

/** The residents' election committee (seedElections.ts) presides over this election too. */
async function sameCommittee(cmd: CommandContext, electionId: string, residentsElectionId: string) {
  const committee = await committeeOf(cmd.db, cmd.villageId, residentsElectionId);
  await chooseCommittee(cmd, {
    electionId,
    chosenBy: 'representativesMeeting',
    chosenOn: cmd.clock.today(),
    members: committee
      .filter((m) => m.status === 'seated')
      .map((m) => ({ personId: m.person_id, seat: m.seat })),
    reserves: committee
      .filter((m) => m.status === 'reserve')
      .map((m) => ({ personId: m.person_id })),
  });
}

/** The draft posted for comment, adopted by the representatives' resolution and announced. */
async function adoptTheRules(
  s: DemoStory,
  ec: Acting,
  electionId: string,
  rules: string,
  memberSeats: number,
) {
  const pollingOn = s.day(DAY.polling);
  await adoptRulesByRepresentatives(s, {
    electionId,
    body: '监督委员会',
    rules,
    text: rulesText(rules, memberSeats, pollingOn),
    pollingOn,
    days: {
      draft: ec('draft'),
      commentsUntil: s.day(DAY.commentsUntil),
      meeting: s.day(DAY.rulesMeeting),
      announced: ec('rulesAnnounced'),
    },
  });
}

/**
 * The first `n` of `pool` who are no close relative (近亲属) of any of `others` nor one of them:
 * a supervisor is none of the residents' committee's kin, a teller none of a candidate's.
 */
async function unrelated(
  cmd: CommandContext,
  pool: readonly string[],
  others: readonly string[],
  n: number,
): Promise<string[]> {
  const { graph } = await loadKinNeighbourhood(cmd.db, cmd.villageId, [...pool, ...others]);
  const apart = (p: string) => others.every((o) => o !== p && !closeRelation(graph, p, o));
  return pool.filter(apart).slice(0, n);
}

/**
 * The Party organisation nominates the supervisors standing again (the chair for chair, the
 * rest as members, their vetted knowledge of accounts kept); representatives jointly nominate
 * one more for each post, none of the residents' committee, the election committee or their kin.
 */
async function nominateCandidates(
  s: DemoStory,
  cmd: CommandContext,
  electionId: string,
  incumbents: readonly ServingMember[],
) {
  const { villageId } = s.cadres;
  const on = cmd.clock.today();
  const roll = await rollOf(s.base, villageId, electionId);
  const committee = await servingMembers(cmd.db, villageId, on, { kinds: ['villagersCommittee'] });
  const presiding = await committeeOf(cmd.db, villageId, electionId);
  const chair = incumbents.find((m) => m.role === 'chair') ?? incumbents[0]!;
  const members = incumbents.filter((m) => m !== chair);
  const [forChair, forMember] = await unrelated(
    cmd,
    roll.map((v) => v.person_id),
    [
      ...incumbents.map((m) => m.personId),
      ...committee.map((m) => m.personId),
      ...presiding.map((m) => m.person_id),
    ],
    2,
  );
  if (!forChair || !forMember) throw new Error('demo: no representatives to stand');
  const known = (m: ServingMember) =>
    m.qualifications.filter((q): q is 'accounting' | 'management' =>
      ['accounting', 'management'].includes(q),
    );
  const stand = (
    postId: string,
    personId: string,
    route: NominateInput['route'],
    supporters: number,
    qualifications: NominateInput['qualifications'] = [],
  ) =>
    nominate(cmd, {
      ...{ electionId, postId, personId, route, supporters, qualifications },
      ...{ votes: 0, disqualifications: [] },
    });
  await stand('chair', chair.personId, 'partyOrganisation', 31, known(chair));
  for (const [i, m] of members.entries())
    await stand('member', m.personId, 'partyOrganisation', 29 - i, known(m));
  await stand('chair', forChair, 'jointSignature', 12);
  await stand('member', forMember, 'jointSignature', 11);
  return {
    chair: chair.personId,
    members: members.map((m) => m.personId),
    challengers: { chair: forChair, member: forMember },
  };
}

type Candidates = Awaited<ReturnType<typeof nominateCandidates>>;

/**
 * The polling notice a week ahead with three representatives as tellers (no candidate's kin);
 * yesterday evening the meeting's polling opened, three fifths of the representatives voted
 * online (one in seven for the challengers), the committee entered the printed roll's
 * signatures — six who signed only there, two who had voted online as well — and counted.
 */
async function pollAndCount(s: DemoStory, ec: Acting, electionId: string, c: Candidates) {
  const roll = (await rollOf(s.base, s.cadres.villageId, electionId)).map((v) => v.person_id);
  const standing = [c.chair, ...c.members, c.challengers.chair, c.challengers.member];
  const tellers = await unrelated(ec('pollingNotice'), roll, standing, 3);
  await publishPollingNotice(ec('pollingNotice'), {
    electionId,
    place: PLACE,
    method: 'electronic',
    opensAt: '19:30',
    closesAt: '21:00',
    booth: BOOTH,
    tellers: (['caller', 'counter', 'scrutineer'] as const).map((role, i) => ({
      personId: tellers[i]!,
      role,
    })),
  });
  const evening = ec('polling', '19:30');
  await openPolling(evening, { electionId, booth: BOOTH });
  const online = roll.slice(0, Math.ceil(roll.length * ONLINE_SHARE));
  // the voters on their own phones at once, so their ballots go into the box in one shuffled
  // batch (one after another, each waited a second for company: 47 s); no account, no choice
  // is named on the ballot's record
  await Promise.all(
    online.map((voter, i) => {
      const challenge = i % 7 === 3;
      const marks = {
        chair: [challenge ? c.challengers.chair : c.chair],
        member: challenge ? [c.challengers.member, ...c.members.slice(1)] : c.members,
      };
      return castBallot({ ...evening, personId: voter }, { electionId, marks, onBehalfOf: null });
    }),
  );
  const paperOnly = roll.slice(online.length, online.length + PAPER_ONLY);
  await enterRollSigns(evening, {
    electionId,
    round: 1,
    box: 'central',
    signed: [...online.slice(0, BOTH), ...paperOnly].map((personId) => ({
      personId,
      proxyHolderId: null,
    })),
  });
  await countRound(evening, { electionId });
}
