import { z } from 'zod';
import { AFFAIRS_KINDS, NOTICE_KINDS, QUESTION_KINDS } from '@cunzhi/core/disclosure/kinds';
import { DISCLOSURE_STREAMS } from '@cunzhi/core/disclosure/calendar';
import { DateText, Names, Uuid, VillageParams } from './common.ts';
import { FindingView } from './meetings.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * 三务公开 (disclosure): the calendar of what each village must publish and when, the notice
 * board postings that prove it hung there, village- and Party-affairs notices, and villagers'
 * questions and objections (质询/异议) on a published notice with the committee's answers.
 */
const tag = 'disclosure';
const V = '/api/villages/:villageId';

export const DisclosureStream = z.enum(DISCLOSURE_STREAMS);
export const AffairsKind = z.enum(AFFAIRS_KINDS);
export const QuestionKind = z.enum(QUESTION_KINDS);
export const DisclosureNoticeKind = z.enum(NOTICE_KINDS);

/** A rule as cited in words on the day that decides it. */
export const RuleCitation = z.object({ ruleId: z.string(), text: z.string() });

export const BoardPostingView = z.object({
  id: Uuid,
  noticeId: Uuid,
  place: z.string(),
  postedOn: DateText,
  takenDownOn: DateText.nullable(),
  /** Days it hung (the day it went up not counted); null while it is up. */
  days: z.number().nullable(),
  /** The earliest day it may come down under the law of the day it went up; null where none. */
  earliestTakeDownOn: DateText.nullable(),
  photo: z.object({ type: z.string(), bytes: z.number(), sha256: z.string() }),
  recordedBy: z.string(),
  /** A posting taken down too early (the rule in words). */
  finding: FindingView.nullable(),
});

export const CalendarNoticeView = z.object({
  id: Uuid,
  kind: DisclosureNoticeKind,
  kindName: Names,
  title: z.string(),
  publishedOn: DateText,
  periodEndsOn: DateText.nullable(),
  postings: z.array(BoardPostingView),
});

export const CalendarItemView = z.object({
  stream: DisclosureStream,
  streamName: Names,
  startsOn: DateText,
  endsOn: DateText,
  /** At most this many months between two disclosures of the stream, under the day's profile. */
  months: z.number(),
  state: z.enum(['due', 'published', 'overdue']),
  posted: z.boolean(),
  rule: RuleCitation,
  notices: z.array(CalendarNoticeView),
  findings: z.array(FindingView),
});

export const CalendarResponse = z.object({
  on: DateText,
  year: z.number(),
  items: z.array(CalendarItemView),
  summary: z.object({
    overdue: z.number(),
    due: z.number(),
    unposted: z.number(),
    openQuestions: z.number(),
    overdueAnswers: z.number(),
  }),
  abilities: VillageAbilities,
});

export const CalendarQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const getDisclosureCalendar = route({
  method: 'GET',
  url: `${V}/disclosure/calendar`,
  summary: '三务公开日历（应公开、已公开、逾期）/ The disclosure calendar: due, published, overdue',
  tag,
  params: VillageParams,
  query: CalendarQuery,
  response: CalendarResponse,
});

export const PublishAffairsBody = z.object({
  kind: AffairsKind,
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20000),
  publishedOn: DateText,
  /** The last day of its publicity period; at least the legal minimum (15 days from 2026). */
  periodEndsOn: DateText.optional(),
  contactName: z.string().trim().min(1).max(40).optional(),
  contactPhone: z.string().trim().min(1).max(40).optional(),
});

export const publishAffairsNotice = route({
  method: 'POST',
  url: `${V}/disclosure/notices`,
  summary:
    '发布村务公开或党务公开（党务由村党组织发布）/ Publish a village- or Party-affairs notice',
  tag,
  params: VillageParams,
  body: PublishAffairsBody,
  status: 201,
  response: z.object({
    notice: z.object({
      id: Uuid,
      kind: AffairsKind,
      publishedOn: DateText,
      periodEndsOn: DateText,
    }),
  }),
});

export const NoticeParams = VillageParams.extend({ noticeId: Uuid });

/**
 * The upload is `multipart/form-data`: text parts `postedOn` (required), `takenDownOn` and
 * `place`, then the file part `photo` (JPEG, PNG or WebP, ≤ 10 MB; recognised by its bytes).
 * The handler reads the parts as a stream, so the contract declares no JSON body.
 */
export const recordBoardPosting = route({
  method: 'POST',
  url: `${V}/notices/:noticeId/board-postings`,
  summary:
    '登记公开栏张贴（multipart/form-data：postedOn、takenDownOn、place 与照片 photo）/ Record a notice board posting with its photo',
  tag,
  params: NoticeParams,
  status: 201,
  response: z.object({ posting: BoardPostingView }),
});

export const EndPostingBody = z.object({ takenDownOn: DateText });

export const endBoardPosting = route({
  method: 'POST',
  url: `${V}/board-postings/:postingId/taken-down`,
  summary: '登记揭下日期 / Record the day a posting was taken down',
  tag,
  params: VillageParams.extend({ postingId: Uuid }),
  body: EndPostingBody,
  response: z.object({ posting: BoardPostingView }),
});

export const getBoardPostingPhoto = route({
  method: 'GET',
  url: `${V}/board-postings/:postingId/photo`,
  summary: '公开栏照片 / The photo of a board posting',
  tag,
  params: VillageParams.extend({ postingId: Uuid }),
  response: z.unknown().meta({ type: 'string', format: 'binary' }),
  produces: 'image/*',
});

export const QuestionView = z.object({
  id: Uuid,
  noticeId: Uuid,
  kind: QuestionKind,
  kindName: Names,
  text: z.string(),
  /** The asker: for the village's cadres, the supervision committee and the asker; withheld (null) for everyone else. */
  asker: z.object({ personId: Uuid, name: z.string() }).nullable(),
  onBehalf: z.boolean(),
  /** Asked for the villager by 代办 (with their consent): the agent's name; to those who see the asker. */
  assistedBy: z.string().nullable(),
  askedOn: DateText,
  answerDueOn: DateText,
  answer: z.string().nullable(),
  answeredOn: DateText.nullable(),
  state: z.enum(['open', 'overdue', 'answered', 'answeredLate']),
  mine: z.boolean(),
});

export const NoticeQuestionsResponse = z.object({
  notice: z.object({ id: Uuid, kind: DisclosureNoticeKind, title: z.string() }),
  /** When questions may be asked: from publication to the end of the publicity period (null: open). */
  window: z.object({ from: DateText, to: DateText.nullable(), open: z.boolean() }),
  rule: RuleCitation,
  items: z.array(QuestionView),
  abilities: VillageAbilities,
  /** May the reader answer questions on this notice (the committee; the Party organisation for 党务). */
  mayAnswer: z.boolean(),
});

export const listNoticeQuestions = route({
  method: 'GET',
  url: `${V}/notices/:noticeId/questions`,
  summary:
    '公告的质询与答复（已答复的公开，不显示提问人）/ Questions on a notice and their answers (public ones without the asker)',
  tag,
  params: NoticeParams,
  response: NoticeQuestionsResponse,
});

export const AskQuestionBody = z.object({
  kind: QuestionKind,
  text: z.string().trim().min(1).max(2000),
  /** Entered by a cadre on a villager's behalf: the villager (required then). */
  askerPersonId: Uuid.optional(),
  /** Entered on a villager's behalf: the day they asked (today by default, within the period). */
  askedOn: DateText.optional(),
});

export const askQuestion = route({
  method: 'POST',
  url: `${V}/notices/:noticeId/questions`,
  summary:
    '提出质询或异议（公示期内；村干部可代村民登记）/ Ask a question or raise an objection within the publicity period',
  tag,
  params: NoticeParams,
  body: AskQuestionBody,
  status: 201,
  response: z.object({ question: QuestionView }),
});

export const AnswerBody = z.object({
  answer: z.string().trim().min(1).max(5000),
});

export const answerQuestion = route({
  method: 'POST',
  url: `${V}/questions/:questionId/answer`,
  summary: '答复质询或异议 / Answer a question or objection',
  tag,
  params: VillageParams.extend({ questionId: Uuid }),
  body: AnswerBody,
  response: z.object({ question: QuestionView }),
});

export const VillageQuestionsResponse = z.object({
  on: DateText,
  items: z.array(
    QuestionView.extend({
      notice: z.object({ id: Uuid, kind: DisclosureNoticeKind, title: z.string() }),
      finding: FindingView.nullable(),
    }),
  ),
  abilities: VillageAbilities,
});

export const QuestionsQuery = z.object({
  state: z.enum(['all', 'unanswered', 'overdue']).optional(),
});

export const listVillageQuestions = route({
  method: 'GET',
  url: `${V}/questions`,
  summary:
    '本村的质询与异议（待答复、逾期）/ The village’s questions and objections: unanswered, overdue',
  tag,
  params: VillageParams,
  query: QuestionsQuery,
  response: VillageQuestionsResponse,
});
