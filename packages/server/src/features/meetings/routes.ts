import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import { villageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { parseInput } from '../../platform/http/errors.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { facts, requireMeeting, type Who } from './common.ts';
import { sheetRows } from './presence.ts';
import {
  cancelMeeting,
  changeAgenda,
  closeMeeting,
  conveneMeeting,
  openMeeting,
  saveMinutes,
} from './commands/convene.ts';
import { reviewAgenda, recordVerdict } from './commands/supervision.ts';
import {
  checkIn,
  recordAttendance,
  recordProxy,
  removeAttendance,
  recordSheet,
} from './commands/attendance.ts';
import { castVote, closeMotion, openMotion, proposeMotion } from './commands/motions.ts';
import {
  createDemand,
  demandViews,
  recordPaperSignatures,
  signDemand,
} from './commands/demands.ts';
import {
  presentDemand,
  presentFinding,
  presentMeetingDetail,
  presentMeetingList,
} from './present.ts';
import {
  AgendaBody,
  AttendanceBody,
  AttendeeParams,
  CancelBody,
  CheckInBody,
  CloseMotionBody,
  ConveneBody,
  DemandBody,
  DemandParams,
  MeetingParams,
  MinutesBody,
  MotionBody,
  MotionParams,
  PaperSignaturesBody,
  ProxyBody,
  SheetBody,
  ReviewBody,
  VerdictBody,
  VoteBody,
} from './schema.ts';

const readDecisions = { access: { kind: 'village', ability: 'readDecisions' } } as const;
const runMeetings = { access: { kind: 'village', ability: 'runMeetings' } } as const;
const superviseMeetings = { access: { kind: 'village', ability: 'superviseMeetings' } } as const;
const takePart = { access: { kind: 'village', ability: 'takePart' } } as const;

const V = '/api/villages/:villageId';

/**
 * Meetings and votes (issue 3 points 5–6): convening, demands, the agenda
 * review and verdict of the supervision committee, attendance and proxies,
 * motions, named and secret votes, results and resolutions.
 */
export const meetingRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const who = (request: FastifyRequest): Who => {
      const { row } = villageOf(request);
      const { account, actor } = requireSignedIn(request);
      return {
        villageId: row.id,
        actorAccountId: account.id,
        personId: actor.home?.villageId === row.id ? actor.home.personId : null,
        locale: requestLocale(request),
      };
    };

    async function detail(request: FastifyRequest, meetingId: string) {
      const w = who(request);
      const { scope } = villageOf(request);
      const m = await requireMeeting(ctx, w.villageId, meetingId);
      return {
        ...(await presentMeetingDetail(ctx.db, w.villageId, m, w.locale, {
          personId: w.personId,
          abilities: villageAbilities(requireSignedIn(request).actor, scope),
        })),
        // the chain record that convened it: printed on its notice, sheet and ballots
        fingerprint: await fingerprintOf(ctx.db, w.villageId, {
          type: 'meeting',
          id: m.id,
          action: 'meeting.convened',
        }),
      };
    }

    // ------------------------------------------------------------ meetings

    app.get(`${V}/meetings`, { config: readDecisions }, async (request) => {
      const w = who(request);
      const { profile } = await loadVillageProfile(ctx.db, w.villageId);
      const list = await presentMeetingList(
        ctx.db,
        w.villageId,
        ctx.clock.today(),
        profile.params,
        w.locale,
        w.personId,
      );
      return {
        ...list,
        abilities: villageAbilities(requireSignedIn(request).actor, villageOf(request).scope),
      };
    });

    app.post(`${V}/meetings`, { config: runMeetings }, async (request, reply) => {
      const body = parseInput(ConveneBody, request.body);
      const { id } = await conveneMeeting(ctx, who(request), body);
      return reply.status(201).send(await detail(request, id));
    });

    app.get(`${V}/meetings/:meetingId`, { config: readDecisions }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      return detail(request, meetingId);
    });

    app.post(`${V}/meetings/:meetingId/cancel`, { config: runMeetings }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      await cancelMeeting(ctx, who(request), {
        meetingId,
        ...parseInput(CancelBody, request.body),
      });
      return detail(request, meetingId);
    });

    app.put(`${V}/meetings/:meetingId/agenda`, { config: runMeetings }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      await changeAgenda(ctx, who(request), {
        meetingId,
        ...parseInput(AgendaBody, request.body),
      });
      return detail(request, meetingId);
    });

    app.post(
      `${V}/meetings/:meetingId/agenda-review`,
      { config: superviseMeetings },
      async (request) => {
        const { meetingId } = parseInput(MeetingParams, request.params);
        await reviewAgenda(ctx, who(request), {
          meetingId,
          ...parseInput(ReviewBody, request.body),
        });
        return detail(request, meetingId);
      },
    );

    app.post(`${V}/meetings/:meetingId/open`, { config: runMeetings }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      await openMeeting(ctx, who(request), { meetingId });
      return detail(request, meetingId);
    });

    app.post(`${V}/meetings/:meetingId/close`, { config: runMeetings }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      await closeMeeting(ctx, who(request), { meetingId });
      return detail(request, meetingId);
    });

    app.put(`${V}/meetings/:meetingId/minutes`, { config: runMeetings }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      await saveMinutes(ctx, who(request), {
        meetingId,
        ...parseInput(MinutesBody, request.body),
      });
      return detail(request, meetingId);
    });

    app.post(`${V}/meetings/:meetingId/verdict`, { config: superviseMeetings }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      const body = parseInput(VerdictBody, request.body);
      await recordVerdict(ctx, who(request), { meetingId, ...body });
      return detail(request, meetingId);
    });

    // ---------------------------------------------------------- attendance

    app.post(`${V}/meetings/:meetingId/check-in`, { config: takePart }, async (request, reply) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      const body = parseInput(CheckInBody, request.body);
      const { attendance, created } = await checkIn(ctx, who(request), { meetingId, ...body });
      return reply.status(created ? 201 : 200).send({
        attendance: attendance && {
          personId: attendance.person_id,
          name: attendance.name,
          capacity: attendance.capacity,
          method: attendance.method,
          checkedInAt: attendance.checked_in_at,
        },
        created,
      });
    });

    app.post(
      `${V}/meetings/:meetingId/attendance`,
      { config: runMeetings },
      async (request, reply) => {
        const { meetingId } = parseInput(MeetingParams, request.params);
        await recordAttendance(ctx, who(request), {
          meetingId,
          ...parseInput(AttendanceBody, request.body),
        });
        return reply.status(201).send(await detail(request, meetingId));
      },
    );

    app.post(
      `${V}/meetings/:meetingId/attendance/sheet`,
      { config: runMeetings },
      async (request, reply) => {
        const { meetingId } = parseInput(MeetingParams, request.params);
        const entered = await recordSheet(ctx, who(request), {
          meetingId,
          ...parseInput(SheetBody, request.body),
        });
        return reply.status(201).send({ ...entered, meeting: await detail(request, meetingId) });
      },
    );

    // the sign-in sheet: everyone due on the meeting date, with household and group, and who is in
    app.get(`${V}/meetings/:meetingId/eligible`, { config: runMeetings }, async (request) => {
      const { meetingId } = parseInput(MeetingParams, request.params);
      const w = who(request);
      const m = await requireMeeting(ctx, w.villageId, meetingId);
      return { items: await sheetRows(ctx.db, w.villageId, facts(m)) };
    });

    app.delete(
      `${V}/meetings/:meetingId/attendance/:personId`,
      { config: runMeetings },
      async (request) => {
        const { meetingId, personId } = parseInput(AttendeeParams, request.params);
        await removeAttendance(ctx, who(request), { meetingId, personId });
        return detail(request, meetingId);
      },
    );

    app.post(
      `${V}/meetings/:meetingId/proxies`,
      { config: runMeetings },
      async (request, reply) => {
        const { meetingId } = parseInput(MeetingParams, request.params);
        const proxy = await recordProxy(ctx, who(request), {
          meetingId,
          ...parseInput(ProxyBody, request.body),
        });
        return reply.status(201).send({ proxy });
      },
    );

    // ------------------------------------------------------------- motions

    app.post(
      `${V}/meetings/:meetingId/motions`,
      { config: runMeetings },
      async (request, reply) => {
        const { meetingId } = parseInput(MeetingParams, request.params);
        const { id } = await proposeMotion(ctx, who(request), {
          meetingId,
          ...parseInput(MotionBody, request.body),
        });
        const d = await detail(request, meetingId);
        return reply.status(201).send({ motion: d.motions.find((x) => x.id === id), meeting: d });
      },
    );

    app.post(`${V}/motions/:motionId/open`, { config: runMeetings }, async (request) => {
      const { motionId } = parseInput(MotionParams, request.params);
      await openMotion(ctx, who(request), { motionId });
      return { ok: true };
    });

    app.post(`${V}/motions/:motionId/votes`, { config: takePart }, async (request, reply) => {
      const { motionId } = parseInput(MotionParams, request.params);
      const body = parseInput(VoteBody, request.body);
      const cast = await castVote(ctx, who(request), { motionId, ...body });
      return reply.status(201).send({ ok: true, ...cast });
    });

    app.post(`${V}/motions/:motionId/close`, { config: runMeetings }, async (request) => {
      const { motionId } = parseInput(MotionParams, request.params);
      const w = who(request);
      const closed = await closeMotion(ctx, w, {
        motionId,
        ...parseInput(CloseMotionBody, request.body),
      });
      return {
        motionId: closed.motionId,
        passed: closed.result.passed,
        result: {
          ...closed.result,
          text: w.locale === 'en' ? closed.result.text.en : closed.result.text.zh,
        },
        resolution: closed.resolution,
        matterStep:
          closed.matterStep && 'refused' in closed.matterStep
            ? { refused: presentFinding(closed.matterStep.refused, w.locale) }
            : closed.matterStep,
      };
    });

    // ------------------------------------------------------------- demands

    app.post(`${V}/meetings/demands`, { config: takePart }, async (request, reply) => {
      const w = who(request);
      const { id } = await createDemand(ctx, w, parseInput(DemandBody, request.body));
      return reply.status(201).send({ demand: await demandView(w, id) });
    });

    async function demandView(w: Who, demandId: string) {
      const { profile } = await loadVillageProfile(ctx.db, w.villageId);
      const [d] = await demandViews(
        ctx.db,
        w.villageId,
        ctx.clock.today(),
        profile.params,
        w.personId,
        demandId,
      );
      return d ? presentDemand(d, w.locale) : null;
    }

    app.get(`${V}/demands`, { config: readDecisions }, async (request) => {
      const w = who(request);
      const { profile } = await loadVillageProfile(ctx.db, w.villageId);
      const items = await demandViews(
        ctx.db,
        w.villageId,
        ctx.clock.today(),
        profile.params,
        w.personId,
      );
      return { items: items.map((d) => presentDemand(d, w.locale)) };
    });

    app.post(`${V}/demands/:demandId/signatures`, { config: takePart }, async (request) => {
      const { demandId } = parseInput(DemandParams, request.params);
      const w = who(request);
      await signDemand(ctx, w, { demandId });
      return { demand: await demandView(w, demandId) };
    });

    app.post(
      `${V}/demands/:demandId/paper-signatures`,
      { config: runMeetings },
      async (request) => {
        const { demandId } = parseInput(DemandParams, request.params);
        const w = who(request);
        await recordPaperSignatures(ctx, w, {
          demandId,
          ...parseInput(PaperSignaturesBody, request.body),
        });
        return { demand: await demandView(w, demandId) };
      },
    );
  };
