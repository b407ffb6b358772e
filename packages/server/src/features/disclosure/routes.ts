import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { answersQuestionsOn, seesAskers } from '@cunzhi/core/disclosure/abilities';
import { questionWindow } from '@cunzhi/core/disclosure/questions';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '@cunzhi/core/disclosure/photo';
import { DomainError } from '@cunzhi/core/errors';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/disclosure';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { answerQuestion } from './commands/answerQuestion.ts';
import { askQuestion } from './commands/askQuestion.ts';
import { endBoardPosting } from './commands/endBoardPosting.ts';
import { publishAffairsNotice } from './commands/publishAffairsNotice.ts';
import { recordBoardPosting } from './commands/recordBoardPosting.ts';
import {
  presentCalendar,
  presentNoticeQuestions,
  presentPosting,
  presentQuestion,
  presentVillageQuestions,
  type QuestionViewer,
} from './present.ts';
import {
  calendarPage,
  noticeQuestions,
  paramsOfVillage,
  postingPhoto,
  villageQuestions,
} from './queries.ts';
import type { PostingRow } from './repository.ts';

const readDisclosure = { kind: 'village', ability: 'readDisclosure' } as const;
const recordPostings = { kind: 'village', ability: 'recordPostings' } as const;

const abilities = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

/** The reader's roles by their own seats in the village (the town's and county's not counted). */
function seatRolesOf(request: FastifyRequest) {
  const villageId = villageOf(request).row.id;
  return rolesIn(requireSignedIn(request).actor, { villageId, townId: '', countyId: '' });
}

/** The reader of questions: their own person here, and whether they see every asker. */
function viewerOf(request: FastifyRequest): QuestionViewer {
  const { actor } = requireSignedIn(request);
  const { row } = villageOf(request);
  return {
    personId: actor.home?.villageId === row.id ? actor.home.personId : null,
    seesAskers: seesAskers(seatRolesOf(request)),
  };
}

/** 三务公开: the calendar, village- and Party-affairs notices, board postings, villagers' questions. */
export const disclosureRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    calendarRoutes(app, ctx);
    postingRoutes(app, ctx);
    questionRoutes(app, ctx);
  };

function calendarRoutes(app: FastifyInstance, ctx: AppContext) {
  endpoint(app, contract.getDisclosureCalendar, readDisclosure, async (request) => {
    const today = ctx.clock.today();
    const year = request.query.year ?? Number(today.slice(0, 4));
    const page = await calendarPage(ctx, villageOf(request).row.id, year, today);
    return presentCalendar(page, today, requestLocale(request), abilities(request));
  });

  endpoint(
    app,
    contract.publishAffairsNotice,
    { kind: 'village', ability: 'publishAffairs' },
    async (request) => ({
      notice: await publishAffairsNotice(commandContext(ctx, request), request.body),
    }),
  );
}

/** The posting form: when and where, and the board's photo (JPG, PNG or WebP by its bytes). */
const POSTING_FORM = {
  text: ['postedOn', 'takenDownOn', 'place'],
  files: {
    photo: {
      maxBytes: MAX_PHOTO_BYTES,
      types: PHOTO_TYPES,
      tooLarge: 'photo_too_large',
      wrongType: 'photo_type',
    },
  },
  missing: { field: 'photo', error: 'photo_empty' },
} as const;

function postingRoutes(app: FastifyInstance, ctx: AppContext) {
  /** A posting as recorded, judged by the profile of the day it went up. */
  const present = async (request: FastifyRequest, posting: PostingRow) => {
    const paramsOn = await paramsOfVillage(ctx, villageOf(request).row.id, ctx.clock.today());
    return {
      posting: presentPosting(posting, paramsOn(posting.posted_on), requestLocale(request)),
    };
  };

  endpoint(app, contract.recordBoardPosting, recordPostings, async (request) => {
    const { text, files } = await readUpload(request, POSTING_FORM);
    const posting = await recordBoardPosting(commandContext(ctx, request), {
      noticeId: request.params.noticeId,
      ...text,
      photo: files[0]?.bytes ?? null,
    });
    return present(request, posting);
  });

  endpoint(app, contract.endBoardPosting, recordPostings, async (request) => {
    const posting = await endBoardPosting(commandContext(ctx, request), {
      postingId: request.params.postingId,
      takenDownOn: request.body.takenDownOn,
    });
    return present(request, posting);
  });

  endpoint(app, contract.getBoardPostingPhoto, readDisclosure, async (request, reply) => {
    const photo = await postingPhoto(ctx, villageOf(request).row.id, request.params.postingId);
    if (!photo) throw new DomainError('not_found', { what: 'photo' });
    return reply
      .header('content-type', photo.photo_type)
      .header('cache-control', 'private, max-age=86400, immutable')
      .header('etag', `"${photo.photo_sha256}"`)
      .send(Buffer.from(photo.photo));
  });
}

function questionRoutes(app: FastifyInstance, ctx: AppContext) {
  endpoint(
    app,
    contract.listNoticeQuestions,
    { kind: 'village', ability: 'readDecisions' },
    async (request) => {
      const { row } = villageOf(request);
      const today = ctx.clock.today();
      const { notice, questions } = await noticeQuestions(ctx, row.id, request.params.noticeId);
      if (!notice) throw new DomainError('not_found', { what: 'notice' });
      const params = (await paramsOfVillage(ctx, row.id, today))(today);
      const window = questionWindow(
        { publishedOn: notice.published_on, periodEndsOn: notice.period_ends_on },
        params,
      );
      // the village's own seats answer (the committee; the Party organisation for 党务)
      const viewer = {
        ...viewerOf(request),
        mayAnswer: answersQuestionsOn(notice.kind, seatRolesOf(request)),
      };
      const locale = requestLocale(request);
      return presentNoticeQuestions(
        notice,
        questions,
        window,
        viewer,
        today,
        locale,
        abilities(request),
      );
    },
  );

  endpoint(
    app,
    contract.askQuestion,
    { kind: 'village', ability: 'askQuestions' },
    async (request) => {
      const q = await askQuestion(commandContext(ctx, request), {
        ...request.body,
        noticeId: request.params.noticeId,
      });
      return { question: presentQuestion(q, viewerOf(request), ctx.clock.today()) };
    },
  );

  endpoint(
    app,
    contract.answerQuestion,
    { kind: 'village', ability: 'answerQuestions' },
    async (request) => {
      const q = await answerQuestion(commandContext(ctx, request), {
        questionId: request.params.questionId,
        answer: request.body.answer,
      });
      return { question: presentQuestion(q, viewerOf(request), ctx.clock.today()) };
    },
  );

  endpoint(
    app,
    contract.listVillageQuestions,
    { kind: 'village', ability: 'superviseQuestions' },
    async (request) => {
      const state = request.query.state ?? 'unanswered';
      const list = await villageQuestions(ctx, villageOf(request).row.id, state !== 'all');
      const locale = requestLocale(request);
      const today = ctx.clock.today();
      return presentVillageQuestions(
        list,
        state,
        viewerOf(request),
        today,
        locale,
        abilities(request),
      );
    },
  );
}
