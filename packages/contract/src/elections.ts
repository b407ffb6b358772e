import { z } from 'zod';
import { DateText, Names, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

/**
 * 选举 (elections), the first half (issue 12 items 2–5): the election and its
 * posts, the 村民选举委员会 (chosen, published, filed with the town, objections,
 * withdrawals filled from the ranking), the 选举办法 (draft for comment,
 * adopted by a resolution, announced with core's timetable), the voter roll
 * (three classes, published, objections decided) and the nominations that
 * make the candidate list (差额 per post, withdrawals filled from the next
 * nominee). Polling, ballots and the count come later (docs/elections.md).
 */

const tag = 'elections';
const E = '/api/villages/:villageId/elections';

export const ElectedBody = z.enum(['villagersCommittee', 'supervisionCommittee']);
export const Electorate = z.enum(['villagers', 'representatives']);
export const Organiser = z.enum(['villagersCommittee', 'partyBranch', 'town', 'jointMeeting']);
export const ChoosingBody = z.enum([
  'villagersAssembly',
  'representativesMeeting',
  'villagerGroups',
]);
export const EcSeat = z.enum(['chair', 'deputyChair', 'member']);
export const NominationRoute = z.enum([
  'partyOrganisation',
  'villagers',
  'jointSignature',
  'openNomination',
  'selfNomination',
  'houseToHouse',
]);
export const ElectionStage = z.enum([
  'new',
  'committeeChosen',
  'rulesAdopted',
  'rollPublished',
  'nominating',
  'candidatesPublished',
  'polling',
  'counted',
  'roundScheduled',
  'certified',
  'handedOver',
]);

export const ElectionParams = VillageParams.extend({ electionId: Uuid });
export const ObjectionParams = ElectionParams.extend({ objectionId: Uuid });

/** A day an act is recorded for (today when left out; never in the future). */
const On = DateText.optional();

/** A rule's finding the act recorded (a warning, or a breach kept with a late act), in words. */
export const FindingView = z.object({
  ruleId: z.string(),
  severity: z.enum(['violation', 'warning']),
  text: z.string(),
});

export const PostInput = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/),
  name: z.object({ zh: Text.min(1).max(40), en: Text.min(1).max(60) }),
  seats: z.number().int().min(1).max(15),
  writeIns: z.boolean().default(false),
});

export const CreateElectionBody = z.object({
  title: Text.min(1).max(100),
  body: ElectedBody,
  electorate: Electorate.default('villagers'),
  organiser: Organiser,
  posts: z.array(PostInput).min(1).max(6),
});

export const ChooseCommitteeBody = z.object({
  chosenBy: ChoosingBody,
  chosenOn: On,
  /** In the ranking of the vote that chose them: the seated first, then the reserves. */
  members: z
    .array(z.object({ personId: Uuid, seat: EcSeat }))
    .min(1)
    .max(15),
  reserves: z
    .array(z.object({ personId: Uuid }))
    .max(15)
    .default([]),
});

export const DatedBody = z.object({ on: On });

export const FileObjectionBody = z.object({
  subject: z.enum(['committee', 'roll']),
  objectorName: Text.min(1).max(40),
  objectorPersonId: Uuid.nullable().default(null),
  aboutPersonId: Uuid.nullable().default(null),
  reason: Text.min(1).max(1000),
  receivedOn: On,
});

export const MyObjectionBody = z.object({
  /** Whom it is about: oneself when left out (left off the roll, the wrong class), or another on it. */
  aboutPersonId: Uuid.nullable().default(null),
  reason: Text.min(1).max(1000),
});

export const DecideObjectionBody = z.object({
  decision: z.enum(['upheld', 'dismissed']),
  note: Text.max(1000).default(''),
  on: On,
});

export const RulesDraftBody = z.object({
  text: Text.min(1).max(20000),
  on: On,
  commentsUntil: DateText,
});

export const AdoptRulesBody = z.object({
  resolutionId: Uuid,
  electionDay: DateText,
  /** The announcement of the rules with the timetable (公告); the resolution's day when left out. */
  announcedOn: On,
});

export const RegisterVoterBody = z.object({
  personId: Uuid,
  on: On,
  /** Class 2: the day they said they will take part (本人表示参加选举). */
  declaredOn: DateText.optional(),
  /** Class 3: living here since / doing village-affairs work here since, and the consenting resolution. */
  residentSince: DateText.optional(),
  villageWorkSince: DateText.optional(),
  consentResolutionId: Uuid.optional(),
  deprivedOfPoliticalRights: z.boolean().default(false),
});

export const BuildRollBody = z.object({
  on: On,
  /** Persons the court deprived of political rights (the registry does not record it). */
  deprived: z.array(Uuid).max(500).default([]),
});

export const NominateBody = z.object({
  postId: z.string().min(1).max(32),
  personId: Uuid,
  route: NominationRoute,
  on: On,
  /** Those who signed or named the nominee (联名, 入户推荐). */
  supporters: z.number().int().min(0).max(100000).default(0),
  /** Votes in the nomination round (海选, 入户推荐): the list's order. */
  votes: z.number().int().min(0).max(100000).default(0),
  /** What the committee's vetting found (from 2026, Art. 18: these may not stand). */
  disqualifications: z
    .array(z.enum(['expelledFromParty', 'criminalPenalty', 'clanOrGangForces', 'illegalReligion']))
    .max(4)
    .default([]),
});

export const NominationSheetsBody = z.object({
  on: On,
  /** Each sheet as handed in: per post id, the person ids named; a sheet by proxy does not count. */
  sheets: z
    .array(
      z.object({
        marks: z.record(z.string().max(32), z.array(Uuid).max(30)),
        byProxy: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(20000),
});

export const WithdrawCandidateBody = z.object({
  postId: z.string().min(1).max(32),
  personId: Uuid,
  written: z.boolean(),
  on: On,
});

export const ElectionSummary = z.object({
  id: Uuid,
  title: z.string(),
  body: ElectedBody,
  bodyName: Names,
  electorate: Electorate,
  stage: ElectionStage,
  electionDay: DateText.nullable(),
});

export const Timetable = z.object({
  pollingOn: DateText,
  voterRollBy: DateText,
  selfNominationBy: DateText,
  candidateListBy: DateText,
  pollingNoticeBy: DateText,
  withdrawalBy: DateText,
  proxiesBy: DateText,
  announceBy: DateText,
  runoffBy: DateText,
});

export const CommitteeMemberView = z.object({
  personId: Uuid,
  name: z.string(),
  rank: z.number(),
  seat: EcSeat,
  status: z.enum(['seated', 'reserve', 'withdrawn']),
  withdrawnOn: DateText.nullable(),
  withdrawalReason: z.enum(['nominated', 'relativeNominated']).nullable(),
});

export const ObjectionView = z.object({
  id: Uuid,
  subject: z.enum(['committee', 'roll']),
  objectorName: z.string(),
  aboutName: z.string().nullable(),
  reason: z.string(),
  receivedOn: DateText,
  decision: z.enum(['upheld', 'dismissed']).nullable(),
  decisionNote: z.string().nullable(),
  decidedOn: DateText.nullable(),
  /** Decide by (自收到申诉之日起三日内, rest days rolled). */
  decideBy: DateText,
  breaches: z.array(FindingView),
});

export const NomineeView = z.object({
  id: Uuid,
  personId: Uuid,
  name: z.string(),
  gender: z.enum(['male', 'female']),
  route: NominationRoute,
  nominatedOn: DateText,
  supporters: z.number(),
  votes: z.number(),
  status: z.enum(['nominated', 'candidate', 'reserve', 'withdrawn']),
  listPosition: z.number().nullable(),
  withdrawnOn: DateText.nullable(),
});

export const PostView = z.object({
  id: z.string(),
  name: Names,
  seats: z.number(),
  writeIns: z.boolean(),
  /** 差额: how many candidates the list needs (and may have). */
  candidates: z.object({ min: z.number(), max: z.number() }),
  /** The committee sees every nominee; others the published list only. */
  nominees: z.array(NomineeView),
});

export const ElectionDetail = z.object({
  election: ElectionSummary.extend({
    organiser: Organiser,
    profile: z.object({ id: z.string(), version: z.string() }),
  }),
  committee: z.object({
    chosenBy: ChoosingBody.nullable(),
    chosenOn: DateText.nullable(),
    publishedOn: DateText.nullable(),
    filedOn: DateText.nullable(),
    /** Objections to the committee by (五日内 of its publication). */
    objectionsBy: DateText.nullable(),
    members: z.array(CommitteeMemberView),
  }),
  rules: z.object({
    draftPublishedOn: DateText.nullable(),
    commentsUntil: DateText.nullable(),
    draft: z.string().nullable(),
    resolution: z.object({ id: Uuid, title: z.string(), adoptedOn: DateText }).nullable(),
    announcedOn: DateText.nullable(),
  }),
  timetable: Timetable.nullable(),
  roll: z.object({
    publishedOn: DateText.nullable(),
    /** Objections to the roll by (五日内 of its publication). */
    objectionsBy: DateText.nullable(),
    registered: z.number(),
    byClass: z.object({ one: z.number(), two: z.number(), three: z.number() }),
  }),
  nominationsOpenedOn: DateText.nullable(),
  candidatesPublishedOn: DateText.nullable(),
  posts: z.array(PostView),
  /** Objections with names: the committee and the town; others see how many are open. */
  objections: z.array(ObjectionView).nullable(),
  openObjections: z.number(),
  /** What this reader may do here. */
  mine: z.object({ committeeMember: z.boolean(), seesPersonalData: z.boolean() }),
  /** The findings of the act just done (warnings, breaches recorded with it). */
  findings: z.array(FindingView),
});

export const VoterView = z.object({
  personId: Uuid,
  name: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: DateText,
  groupName: z.string(),
  voterClass: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  registeredOn: DateText,
  /** The committee's members and the town only; null for everyone else. */
  residentIdNumber: z.string().nullable(),
  phone: z.string().nullable(),
});

export const RollView = z.object({
  publishedOn: DateText.nullable(),
  voters: z.array(VoterView),
});

export const MyRegistration = z.object({
  registered: z.boolean(),
  voterClass: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  rollPublishedOn: DateText.nullable(),
  objectionsBy: DateText.nullable(),
});

const act = <const U extends string, const B extends z.ZodType | undefined>(
  url: U,
  summary: string,
  body: B,
) =>
  route({
    method: 'POST',
    url: `${E}/:electionId/${url}`,
    summary,
    tag,
    params: ElectionParams,
    body: (body ?? DatedBody) as B extends z.ZodType ? B : typeof DatedBody,
    response: ElectionDetail,
  });

export const listElections = route({
  method: 'GET',
  url: E,
  summary: '选举列表 / Elections',
  tag,
  params: VillageParams,
  response: z.object({ elections: z.array(ElectionSummary) }),
});

export const createElection = route({
  method: 'POST',
  url: E,
  summary: '发起选举 / Open an election',
  tag,
  params: VillageParams,
  body: CreateElectionBody,
  response: ElectionDetail,
  status: 201,
});

export const getElection = route({
  method: 'GET',
  url: `${E}/:electionId`,
  summary: '选举详情 / An election',
  tag,
  params: ElectionParams,
  response: ElectionDetail,
});

export const chooseCommittee = act(
  'committee',
  '登记推选产生的村民选举委员会 / Record the election committee chosen',
  ChooseCommitteeBody,
);
export const publishCommittee = act(
  'committee/publish',
  '公布村民选举委员会名单 / Publish the election committee',
  undefined,
);
export const fileCommittee = act(
  'committee/file',
  '村民选举委员会报乡镇备案 / File the election committee with the town',
  undefined,
);
export const fileObjection = act('objections', '登记申诉 / Record an objection', FileObjectionBody);

export const objectToRoll = route({
  method: 'POST',
  url: `${E}/:electionId/objections/mine`,
  summary: '我对选民名单提出申诉 / Object to the voter roll',
  tag,
  params: ElectionParams,
  body: MyObjectionBody,
  response: z.object({ ok: z.literal(true), receivedOn: DateText, decideBy: DateText }),
  status: 201,
});

export const decideObjection = route({
  method: 'POST',
  url: `${E}/:electionId/objections/:objectionId/decide`,
  summary: '对申诉作出处理决定并公布 / Decide an objection and publish it',
  tag,
  params: ObjectionParams,
  body: DecideObjectionBody,
  response: ElectionDetail,
});

export const publishRulesDraft = act(
  'rules/draft',
  '公布选举办法草案征求意见 / Publish the draft election rules for comment',
  RulesDraftBody,
);
export const adoptRules = act(
  'rules/adopt',
  '选举办法经决议通过并公告 / The election rules adopted by resolution, announced',
  AdoptRulesBody,
);
export const registerVoter = act('voters', '登记选民 / Register a voter', RegisterVoterBody);
export const buildRoll = act(
  'voters/from-registry',
  '从户籍登记生成选民名单 / Register the roll from the registry',
  BuildRollBody,
);
export const publishRoll = act('roll/publish', '公布选民名单 / Publish the voter roll', undefined);
export const openNominations = act(
  'nominations/open',
  '开始提名推荐候选人 / Open nominations',
  undefined,
);
export const nominate = act('nominations', '登记提名 / Record a nomination', NominateBody);
export const enterNominationSheets = act(
  'nominations/sheets',
  '登记海选提名票 / Enter the open nomination sheets',
  NominationSheetsBody,
);
export const publishCandidates = act(
  'candidates/publish',
  '公布正式候选人名单 / Publish the candidate list',
  undefined,
);
export const withdrawCandidate = act(
  'candidates/withdraw',
  '候选人书面退出 / A candidate withdraws in writing',
  WithdrawCandidateBody,
);

export const getRoll = route({
  method: 'GET',
  url: `${E}/:electionId/roll`,
  summary: '选民名单 / The voter roll',
  tag,
  params: ElectionParams,
  response: RollView,
});

export const getMyRegistration = route({
  method: 'GET',
  url: `${E}/:electionId/my-registration`,
  summary: '我的选民登记 / My registration',
  tag,
  params: ElectionParams,
  response: MyRegistration,
});
