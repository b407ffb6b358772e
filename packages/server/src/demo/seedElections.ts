import { formatChineseDate, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import { SHOWCASE_TERM_ENDS_IN_DAYS } from '@cunzhi/demo/village';
import { fixedClock } from '../platform/clock.ts';
import { systemContext, type CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { adoptRules } from '../features/elections/commands/adoptRules.ts';
import { buildRoll } from '../features/elections/commands/buildRoll.ts';
import { chooseCommittee } from '../features/elections/commands/chooseCommittee.ts';
import { createElection } from '../features/elections/commands/createElection.ts';
import { decideObjection } from '../features/elections/commands/decideObjection.ts';
import { fileCommittee } from '../features/elections/commands/fileCommittee.ts';
import { fileObjection } from '../features/elections/commands/fileObjection.ts';
import { nominate } from '../features/elections/commands/nominate.ts';
import { openNominations } from '../features/elections/commands/openNominations.ts';
import { publishCandidates } from '../features/elections/commands/publishCandidates.ts';
import { publishCommittee } from '../features/elections/commands/publishCommittee.ts';
import { publishRoll } from '../features/elections/commands/publishRoll.ts';
import { publishRulesDraft } from '../features/elections/commands/publishRulesDraft.ts';
import { registerVoter } from '../features/elections/commands/registerVoter.ts';
import { electionPage, rollOf } from '../features/elections/queries.ts';
import { servingMembers } from '../features/rules/queries/composition.ts';
import { adultMigrantsOut } from './repository.ts';
import { DemoStory, demoCadres } from './story.ts';

/**
 * Days of the election counted from the demo's today: polling is nine days ahead, on the
 * seated committee's last day but one (its term ends SHOWCASE_TERM_ENDS_IN_DAYS ahead), so the
 * polling notice (5 days ahead) is still to be published by whoever uses the demo; every
 * earlier step is in the past and in time (roll 34 days ahead, list 15 days ahead).
 */
const DAY = {
  opened: -45,
  committeeChosen: -44,
  committeePublished: -43,
  committeeFiled: -42,
  draft: -43,
  commentsUntil: -37,
  rulesMeeting: -35,
  rulesAnnounced: -34,
  rollBuilt: -30,
  rollPublished: -25,
  objection: -23,
  objectionDecided: -22,
  nominationsOpened: -20,
  partyNominates: -19,
  jointNominations: -17,
  candidatesPublished: -6,
  polling: SHOWCASE_TERM_ENDS_IN_DAYS - 1,
} as const;

const POSTS = [
  { id: 'chair', name: { zh: '主任', en: 'Chair' }, seats: 1, writeIns: true },
  { id: 'deputyChair', name: { zh: '副主任', en: 'Deputy chair' }, seats: 1, writeIns: true },
  { id: 'member', name: { zh: '委员', en: 'Member' }, seats: 3, writeIns: true },
] as const;

/** The draft 选举办法 as posted for comment: the seats, the roll, nomination, 差额 and polling. */
function rulesText(rules: string, pollingOn: CalendarDate): string {
  return [
    `${rules}（草案）`,
    '一、本届居民委员会由主任1名、副主任1名、委员3名共5名成员组成，成员中应当有妇女成员。',
    '二、选举由社区居民选举委员会主持。年满十八周岁、未被剥夺政治权利的本社区居民，经登记后参加选举；户籍在本社区、不在本社区居住的居民，本人表示参加选举的，予以登记。选民名单于选举日二十日前公布。',
    '三、候选人由社区党组织或者有选举权的居民提名，十名以上有选举权的居民可以联名提名。正式候选人实行差额：主任、副主任各2名，委员4名，按得票多少排序，于选举日五日前公布。',
    `四、选举日定于${formatChineseDate(pollingOn)}，设中心投票会场，设秘密写票处，无记名投票、公开计票。`,
    '五、参加投票的选民超过登记选民半数的选举有效；候选人获得参加投票的选民过半数的选票，始得当选。',
    '六、本办法经居民代表会议讨论通过后公布施行，由居民选举委员会负责解释。',
  ].join('\n');
}

/**
 * The showcase community's residents' committee election, the first half through the real
 * commands (issue 12 items 2–5): the election committee chosen by the representatives'
 * meeting, published and filed with the town; the 选举办法 posted for comment and adopted by
 * the representatives' resolution (a meeting held from notice to close); the roll from the
 * registry with a migrant who declared (class 2), published; a migrant's objection that
 * they were left off, upheld and registered; the Party organisation's and the residents'
 * joint nominations; the candidate list with 差额 per post. Polling is nine days ahead.
 *
 * The showcase community's committee term ends ten days after the demo's today (it was
 * formed by a merger outside the nationwide round: @cunzhi/demo village.ts), so this is the
 * 换届 its term calls for: the first half complete, the second (polling notice, polling) to come.
 */
export async function seedShowcaseElections(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<{ electionId: string }> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const on = (k: keyof typeof DAY) => s.day(DAY[k]);
  const pollingOn = on('polling');
  const title = `${ymd(pollingOn).year}年花乡社区居民委员会选举`;
  const { id: electionId } = await createElection(s.acting(on('opened'), cadres.committeeChair), {
    title,
    body: 'villagersCommittee',
    electorate: 'villagers',
    organiser: 'villagersCommittee',
    posts: POSTS,
  });
  const cast: Cast = {
    ctx,
    s,
    villageId: cadres.villageId,
    electionId,
    on,
    // the election committee is chaired by the Party secretary (the demo account 13800000001)
    ec: (k) => s.acting(on(k), cadres.partySecretary),
  };
  const { committee, challengers } = await chooseTheCommittee(cast, accounts);
  await adoptTheRules(cast, title, pollingOn);
  await registerRoll(cast, pollingOn);
  await openNominations(cast.ec('nominationsOpened'), { electionId });
  // only those on the roll may stand (a representative living away is not)
  const onRoll = new Set((await rollOf(ctx, cast.villageId, electionId)).map((v) => v.person_id));
  await nominateCandidates(
    cast,
    committee.filter((m) => onRoll.has(m.personId)),
    challengers.filter((m) => onRoll.has(m.personId)),
  );
  await publishCandidates(cast.ec('candidatesPublished'), { electionId });
  return { electionId };
}

/** Who acts in the story and on which of its days. */
interface Cast {
  ctx: AppContext;
  s: DemoStory;
  villageId: string;
  electionId: string;
  on: (k: keyof typeof DAY) => CalendarDate;
  /** The election committee's chair acting on a day of the story. */
  ec: (k: keyof typeof DAY) => CommandContext;
}

/**
 * The representatives' meeting chooses the election committee: the Party secretary as its
 * chair, four representatives and two reserves, none of the committee standing again (they
 * stand, with the representatives after them as challengers). Published, filed with the town.
 */
async function chooseTheCommittee(
  { ctx, s, villageId, electionId, on, ec }: Cast,
  accounts: readonly DemoAccount[],
) {
  const { committeeChair, partySecretary } = s.cadres;
  const chosenOn = on('committeeChosen');
  const committee = await servingMembers(ctx.db, villageId, chosenOn, {
    kinds: ['villagersCommittee'],
  });
  const standing = new Set(committee.map((m) => m.personId));
  const representatives = (
    await servingMembers(ctx.db, villageId, chosenOn, { kinds: ['representativesMeeting'] })
  ).filter((m) => !standing.has(m.personId) && m.personId !== partySecretary.personId);
  await chooseCommittee(s.acting(chosenOn, committeeChair), {
    electionId,
    chosenBy: 'representativesMeeting',
    chosenOn,
    members: [
      { personId: partySecretary.personId, seat: 'chair' },
      ...representatives.slice(0, 4).map((m, i) => ({
        personId: m.personId,
        seat: i === 0 ? ('deputyChair' as const) : ('member' as const),
      })),
    ],
    reserves: representatives.slice(4, 6).map((m) => ({ personId: m.personId })),
  });
  await publishCommittee(ec('committeePublished'), { electionId });
  const town = accounts.find((a) => a.role === 'townOfficial');
  if (!town) throw new Error('demo account for the town missing');
  const filedAt = new Date(`${on('committeeFiled')}T10:00:00+08:00`);
  await fileCommittee(systemContext({ ...ctx, clock: fixedClock(filedAt) }, villageId, town.id), {
    electionId,
  });
  return { committee, challengers: representatives.slice(6) };
}

/** The draft posted for comment; the representatives' meeting adopts it; announced the next day. */
async function adoptTheRules(
  { s, electionId, on, ec }: Cast,
  title: string,
  pollingOn: CalendarDate,
) {
  // 2026年…居民委员会选举 → 2026年…居民委员会选举办法
  const rules = `${title.replace(/选举$/, '')}选举办法`;
  await adoptRulesByRepresentatives(s, {
    electionId,
    body: '居民委员会',
    rules,
    text: rulesText(rules, pollingOn),
    pollingOn,
    days: {
      draft: ec('draft'),
      commentsUntil: on('commentsUntil'),
      meeting: on('rulesMeeting'),
      announced: ec('rulesAnnounced'),
    },
  });
}

/**
 * An election's 选举办法 (of the residents' committee or the supervision committee, `body`)
 * posted for comment until a day, adopted by the representatives' resolution at a meeting held
 * from notice to close, and announced by the election committee.
 */
export async function adoptRulesByRepresentatives(
  s: DemoStory,
  input: {
    electionId: string;
    body: string;
    rules: string;
    text: string;
    pollingOn: CalendarDate;
    days: {
      draft: CommandContext;
      commentsUntil: CalendarDate;
      meeting: CalendarDate;
      announced: CommandContext;
    };
  },
) {
  const { electionId, body, rules, days } = input;
  await publishRulesDraft(days.draft, {
    electionId,
    text: input.text,
    commentsUntil: days.commentsUntil,
  });
  const { results } = await s.hold({
    kind: 'representativesMeeting',
    title: `居民代表会议：审议通过${body}选举办法`,
    on: days.meeting,
    noticeDays: 5,
    turnoutPercent: 86,
    motions: [
      {
        title: `通过《${rules}》`,
        body: `居民选举委员会报告${body}选举办法（草案）公示和征求意见情况，提请会议审议通过。`,
        yesPercent: 94,
        noPercent: 1,
      },
    ],
    minutes: `会议审议了${body}选举办法（草案）及征求意见情况，经举手表决通过。`,
  });
  const resolution = results[0]?.resolution;
  if (!resolution) throw new Error(`demo: the ${rules} were not adopted`);
  await adoptRules(days.announced, {
    electionId,
    resolutionId: resolution.id,
    electionDay: input.pollingOn,
    announcedOn: days.announced.clock.today(),
  });
}

/**
 * The roll from the registry (class 1), a migrant who declared before it was built (class 2),
 * published; another migrant objects that they were left off, upheld the next day and
 * registered on their declaration.
 */
async function registerRoll(cast: Cast, pollingOn: CalendarDate) {
  const { ctx, villageId, electionId, on, ec } = cast;
  const id = { electionId };
  await buildRoll(ec('rollBuilt'), { ...id, deprived: [] });
  const [declared, leftOff] = await adultMigrantsOut(ctx.db, villageId, pollingOn, 2);
  if (!declared || !leftOff) throw new Error('demo: no migrants to register');
  await registerVoter(ec('rollBuilt'), {
    ...id,
    personId: declared.id,
    declaredOn: addDays(on('rollBuilt'), -2),
    deprivedOfPoliticalRights: false,
  });
  await publishRoll(ec('rollPublished'), id);
  const objectionId = await fileObjectionFor(cast, leftOff);
  await decideObjection(ec('objectionDecided'), {
    ...id,
    objectionId,
    decision: 'upheld',
    note: '经核实，申诉人户籍在本社区，在外务工，已书面表示参加选举，应予登记。',
  });
  await registerVoter(ec('objectionDecided'), {
    ...id,
    personId: leftOff.id,
    declaredOn: on('objection'),
    deprivedOfPoliticalRights: false,
  });
}

/** A migrant left off objects on the phone's day; the committee records it and reads back its id. */
async function fileObjectionFor(
  { ctx, villageId, electionId, ec }: Cast,
  person: { id: string; name: string },
): Promise<string> {
  await fileObjection(ec('objection'), {
    electionId,
    subject: 'roll',
    objectorName: person.name,
    objectorPersonId: person.id,
    aboutPersonId: person.id,
    reason: '本人户籍在本社区，现在外地务工，已书面表示参加本次选举，但选民名单上没有本人。',
  });
  const page = await electionPage(ctx, villageId, electionId);
  const objection = page?.objections.find((o) => o.about_person_id === person.id);
  if (!objection) throw new Error('demo: the roll objection was not recorded');
  return objection.id;
}

/**
 * The Party organisation nominates the committee standing again (chair, deputy, members by
 * their seats); ten or more residents jointly nominate a representative for each post, two
 * for the members: the list then has two for each single seat and four for the three members,
 * the fifth kept in order to fill a withdrawal.
 */
async function nominateCandidates(
  { electionId, ec }: Cast,
  committee: ReadonlyArray<{ personId: string; role: string }>,
  challengers: ReadonlyArray<{ personId: string; gender: 'male' | 'female' }>,
) {
  const chair = committee.find((m) => m.role === 'chair');
  const rest = committee.filter((m) => m !== chair);
  // the vice-chair stands for deputy; where there is none, the first member does
  const deputy = rest.find((m) => m.role === 'viceChair') ?? rest[0];
  const members = rest.filter((m) => m !== deputy);
  const party = [
    ...(chair ? [{ postId: 'chair', personId: chair.personId, supporters: 41 }] : []),
    ...(deputy ? [{ postId: 'deputyChair', personId: deputy.personId, supporters: 38 }] : []),
    ...members.slice(0, 2).map((m, i) => ({
      postId: 'member',
      personId: m.personId,
      supporters: 36 - i * 3,
    })),
  ];
  // women first among the residents' own nominees: the committee must have a woman
  const pool = [
    ...challengers.filter((c) => c.gender === 'female'),
    ...challengers.filter((c) => c.gender === 'male'),
  ];
  const joint = [
    { postId: 'chair', supporters: 23 },
    { postId: 'deputyChair', supporters: 19 },
    { postId: 'member', supporters: 27 },
    { postId: 'member', supporters: 14 },
    { postId: 'member', supporters: 12 },
  ].map((n, i) => ({ ...n, personId: pool[i]!.personId }));
  const rounds = [
    { day: 'partyNominates', route: 'partyOrganisation', nominees: party },
    { day: 'jointNominations', route: 'jointSignature', nominees: joint },
  ] as const;
  for (const { day, route, nominees } of rounds)
    for (const n of nominees)
      await nominate(ec(day), { electionId, ...n, route, votes: 0, disqualifications: [] });
}
