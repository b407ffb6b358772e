import { z } from 'zod';
import { DateText, Fingerprint, Names, Text, Uuid, VillageParams } from './common.ts';
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

/** Knowledge the supervision committee must have among its members (财会, 管理). */
export const CandidateQualification = z.enum(['accounting', 'management']);

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
  /** A supervision candidate's knowledge as vetted (VCOL Art. 32: one with 财会 or 管理 knowledge). */
  qualifications: z.array(CandidateQualification).max(2).default([]),
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
  /** The day the member took a seat (the choice, or for a reserve the withdrawal it filled). */
  seatedOn: DateText.nullable(),
  /** A reserve who took a seat (依次递补): whose seat it was. */
  filledSeatOf: z.object({ personId: Uuid, name: z.string() }).nullable(),
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
  qualifications: z.array(CandidateQualification),
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
  /** The household's number in the registry (户号): the polling day's sign-for-ballot list goes by household. */
  householdNumber: z.string(),
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

/*
 * The second half (issue 12 items 6–10): the rounds of polling with their notice, tellers,
 * proxies and mobile boxes; ballots (electronic into a secret box, paper entered twice by the
 * tellers with each box's tally sheet); the count into the public bulletin; the result,
 * certified and seated; the handover. Each step answers with the election's page.
 */

export const TellerRole = z.enum(['caller', 'counter', 'scrutineer']);
export const RoundKind = z.enum(['first', 'runoff', 'revote']);
export const BallotMethod = z.enum(['paper', 'electronic']);
/** A ballot box's name: the central box is `central`; a mobile box is named by the committee. */
export const BoxName = z.string().regex(/^[a-zA-Z0-9-]{1,16}$/);
/** What a ballot marks: per post id, the person ids (or write-in keys) chosen. */
export const BallotMarks = z.record(z.string().max(32), z.array(z.string().min(1).max(40)).max(30));
export const RoundParams = ElectionParams.extend({ round: z.coerce.number().int().min(1).max(99) });

/** A time of day as the notice prints it (08:00). */
const TimeOfDay = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const PollingNoticeBody = z.object({
  on: On,
  place: Text.min(1).max(200),
  method: BallotMethod.default('paper'),
  /** The hours of polling (投票时间): both or neither; neither leaves blanks on the paper. */
  opensAt: TimeOfDay.optional(),
  closesAt: TimeOfDay.optional(),
  /** The secret writing booth, if named in the notice (it must be on record when polling opens). */
  booth: Text.max(200).optional(),
  tellers: z
    .array(z.object({ personId: Uuid, role: TellerRole }))
    .min(1)
    .max(60),
});

export const LodgeProxyBody = z.object({
  principalId: Uuid,
  holderId: Uuid,
  /** The principal's written authorisation (委托书) is in the committee's hands. */
  written: z.boolean(),
  on: On,
});

export const ApproveProxiesBody = z.object({
  principalIds: z.array(Uuid).min(1).max(5000),
  on: On,
});

export const MobileBoxBody = z.object({
  box: BoxName,
  voters: z.array(Uuid).min(1).max(2000),
  scrutineers: z.array(Uuid).min(1).max(10),
  on: On,
});

export const ApproveBoxBody = z.object({ box: BoxName, on: On });

export const OpenPollingBody = z.object({
  /** Where the secret writing booth (秘密写票处) is: polling does not open without one on record. */
  booth: Text.max(200),
  on: On,
});

export const IssueBallotsBody = z.object({
  box: BoxName.default('central'),
  /** Each voter who signed for a ballot; a proxy holder for a principal names the holder. */
  issued: z
    .array(z.object({ personId: Uuid, proxyHolderId: Uuid.nullable().default(null) }))
    .min(1)
    .max(5000),
});

export const CastBallotBody = z.object({
  marks: BallotMarks,
  /** A proxy holder casting for a principal (approved and published). */
  onBehalfOf: Uuid.nullable().default(null),
});

export const PaperEntriesBody = z.object({
  box: BoxName.default('central'),
  entries: z
    .array(z.object({ number: z.number().int().min(1).max(100000), marks: BallotMarks }))
    .min(1)
    .max(5000),
});

export const TallySheetBody = z.object({
  box: BoxName.default('central'),
  /** Ballots taken out of the box (收回选票). */
  returned: z.number().int().min(0).max(100000),
  signedBy: z.array(Uuid).min(1).max(10),
  on: On,
});

export const ScheduleRoundBody = z.object({
  pollingOn: DateText,
  place: Text.min(1).max(200),
  method: BallotMethod.default('paper'),
  on: On,
});

export const PlacedView = z.object({ personId: z.string(), name: z.string(), votes: z.number() });

export const PostResultView = z.object({
  postId: z.string(),
  name: Names,
  seats: z.number(),
  valid: z.number(),
  blank: z.number(),
  invalid: z.number(),
  votes: z.array(PlacedView),
  elected: z.array(PlacedView),
  tied: z.object({ candidates: z.array(PlacedView), seats: z.number() }).nullable(),
  open: z.number(),
  runoffCandidates: z.array(PlacedView),
});

export const RoundView = z.object({
  round: z.number(),
  /** A women's runoff reads `runoff` with `forWomen` (so a reader of the three kinds still reads it). */
  kind: RoundKind,
  /** 妇女成员另行选举: one seat among the women, for the seat of the lowest winner on the post with most seats. */
  forWomen: z.boolean(),
  method: BallotMethod,
  pollingOn: DateText,
  noticeOn: DateText.nullable(),
  place: z.string().nullable(),
  booth: z.string().nullable(),
  /** The hours of polling the notice states, or null (left blank). */
  hours: z.object({ opensAt: z.string(), closesAt: z.string() }).nullable(),
  openedOn: DateText.nullable(),
  countedOn: DateText.nullable(),
  posts: z.array(
    z.object({
      id: z.string(),
      name: Names,
      seats: z.number(),
      writeIns: z.boolean(),
      candidates: z.array(z.object({ personId: z.string(), name: z.string() })),
    }),
  ),
  tellers: z.array(z.object({ personId: Uuid, name: z.string(), role: TellerRole })),
  mobileBoxes: z.array(
    z.object({
      box: z.string(),
      voters: z.number(),
      scrutineers: z.array(z.object({ personId: Uuid, name: z.string() })),
      publishedOn: DateText,
      townApprovedOn: DateText.nullable(),
    }),
  ),
  /** Ballots handed out so far (参加投票的人数); during polling, never who marked what. */
  voted: z.number(),
  registered: z.number().nullable(),
  ballotsCast: z.number().nullable(),
  tallySheets: z.array(
    z.object({
      box: z.string(),
      issued: z.number(),
      returned: z.number(),
      signedBy: z.array(z.string()),
      signedOn: DateText,
    }),
  ),
  /**
   * Before the count, per box of paper ballots: how many numbers both counters entered alike,
   * and the numbers they entered differently or only one has entered (to call again).
   */
  paperCheck: z.array(
    z.object({
      box: z.string(),
      agreed: z.number(),
      differing: z.array(z.number()),
      single: z.array(z.number()),
    }),
  ),
  /** After the count: valid (turnout over half), each post's votes, winners, ties and open seats. */
  result: z
    .object({
      valid: z.boolean(),
      posts: z.array(PostResultView),
      findings: z.array(FindingView),
      digest: z.string(),
    })
    .nullable(),
  /**
   * Whether the signed-in person has taken this round's ballot (never what it said), and
   * those whose written proxy they hold, approved and published, with whether each one's
   * ballot is taken.
   */
  mine: z.object({
    onRoll: z.boolean(),
    voted: z.boolean(),
    principals: z.array(z.object({ personId: Uuid, name: z.string(), voted: z.boolean() })),
  }),
  /** The audit event that published this round's notice as it stands (printed on its paper). */
  noticeFingerprint: Fingerprint,
});

export const RoundsView = z.object({
  rounds: z.array(RoundView),
  proxies: z.array(
    z.object({
      principal: z.object({ personId: Uuid, name: z.string() }),
      holder: z.object({ personId: Uuid, name: z.string() }),
      lodgedOn: DateText,
      approvedOn: DateText.nullable(),
      publishedOn: DateText.nullable(),
    }),
  ),
  /** The audit event that last approved and published proxies (printed on their notice). */
  proxiesFingerprint: Fingerprint,
});

export const BulletinView = z.object({
  round: z.number(),
  countedOn: DateText,
  /** Every counted ballot: a random id and what it marks, nothing else. */
  ballots: z.array(z.object({ id: Uuid, marks: z.record(z.string(), z.array(z.string())) })),
  /** SHA-256 over one line `<id> <marks as JSON>\n` per ballot in id order; the count's audit event holds it. */
  digest: z.string(),
  receipts: z.number(),
});

export const ResultView = z.object({
  certifiedOn: DateText.nullable(),
  handedOverOn: DateText.nullable(),
  termId: Uuid.nullable(),
  seated: z.array(
    z.object({ personId: Uuid, name: z.string(), postId: z.string(), votes: z.number() }),
  ),
  findings: z.array(FindingView),
  /** Where the election stands after its rounds: the round still to hold, if any. */
  next: RoundKind.nullable(),
  /**
   * The women's runoff the villagers' committee needs (no woman elected, none past the bar,
   * or the profile's 妇女成员另行选举): the winner whose seat it is for and the women on its
   * ballot; `next` then reads `runoff`. Null when none is due.
   */
  womenRunoff: z
    .object({ vacated: PlacedView, candidates: z.array(PlacedView), scheduled: z.boolean() })
    .nullable(),
  /**
   * No woman elected and fewer than two drew a vote: no 差额 runoff among the women can be
   * held, so the seat kept for a woman (its winner's, if any) stays vacant at certification
   * for a by-election; `finding` says so with the law. Null otherwise.
   */
  womenSeatVacant: z.object({ vacated: PlacedView.nullable(), finding: FindingView }).nullable(),
  /** The audit event that certified the result (printed on the result's paper to check it). */
  fingerprint: Fingerprint,
});

export const publishPollingNotice = act(
  'polling-notice',
  '公布投票时间、地点和唱票、计票、监票人员 / Publish the polling notice and tellers',
  PollingNoticeBody,
);
export const lodgeProxy = act('proxies', '办理委托投票 / Lodge a proxy', LodgeProxyBody);
export const approveProxies = act(
  'proxies/approve',
  '审核并公告委托投票 / Approve and publish proxies',
  ApproveProxiesBody,
);
export const recordMobileBox = act(
  'mobile-boxes',
  '公布流动票箱 / Publish a mobile ballot box',
  MobileBoxBody,
);
export const approveMobileBox = act(
  'mobile-boxes/approve',
  '乡镇批准流动票箱 / The town approves a mobile box',
  ApproveBoxBody,
);
export const openPolling = act('polling/open', '开始投票 / Open polling', OpenPollingBody);
export const issueBallots = act(
  'ballots/issue',
  '登记领取选票 / Record ballots handed out',
  IssueBallotsBody,
);
export const enterPaperBallots = act(
  'ballots/paper',
  '计票人录入纸质选票 / A counter enters paper ballots',
  PaperEntriesBody,
);
export const signTallySheet = act(
  'tally-sheets',
  '票箱计票单核对签名 / Sign a box’s tally sheet',
  TallySheetBody,
);
export const countRound = act('count', '公开计票 / Count the round in public', undefined);
export const scheduleRound = act(
  'rounds/schedule',
  '安排另行选举或重新投票 / Schedule the runoff or re-vote',
  ScheduleRoundBody,
);
export const certifyResult = act(
  'result/certify',
  '公布选举结果 / Announce and certify the result',
  undefined,
);
export const handOver = act('handover', '工作移交 / The handover', undefined);

export const castBallot = route({
  method: 'POST',
  url: `${E}/:electionId/ballots`,
  summary: '投票（电子选票）/ Cast an electronic ballot',
  tag,
  params: ElectionParams,
  body: CastBallotBody,
  response: z.object({ ok: z.literal(true), round: z.number() }),
  status: 201,
});

export const getRounds = route({
  method: 'GET',
  url: `${E}/:electionId/rounds`,
  summary: '投票轮次 / The rounds of polling',
  tag,
  params: ElectionParams,
  response: RoundsView,
});

export const getBulletin = route({
  method: 'GET',
  url: `${E}/:electionId/rounds/:round/bulletin`,
  summary: '选票公开 / The counted ballots',
  tag,
  params: RoundParams,
  response: BulletinView,
});

export const getResult = route({
  method: 'GET',
  url: `${E}/:electionId/result`,
  summary: '选举结果 / The result',
  tag,
  params: ElectionParams,
  response: ResultView,
});
