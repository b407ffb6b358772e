import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { BodyOut, RouteDef } from '@cunzhi/contract/route';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/meetings';
import type { CommandContext } from '../../platform/command.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf, type Access } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint, type Handler, type RequestOf } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { loadDemands } from './queries/demands.ts';
import { loadBallots } from './queries/ballots.ts';
import {
  loadConvened,
  loadMeeting,
  loadMeetingFigures,
  loadMeetingList,
  loadMeetingPage,
  loadMotion,
  loadSheet,
} from './queries/meetingPage.ts';
import {
  presentAttendance,
  presentAttendee,
  presentClosedMotion,
  presentDemands,
  presentFigures,
  presentMeetingDetail,
  presentMeetingList,
  presentMeetingView,
  presentMotion,
  presentOneDemand,
} from './present.ts';
import { conveneMeeting } from './commands/conveneMeeting.ts';
import { cancelMeeting } from './commands/cancelMeeting.ts';
import { changeAgenda } from './commands/changeAgenda.ts';
import { openMeeting } from './commands/openMeeting.ts';
import { closeMeeting } from './commands/closeMeeting.ts';
import { saveMinutes } from './commands/saveMinutes.ts';
import { recordVerdict } from './commands/recordVerdict.ts';
import { checkIn } from './commands/checkIn.ts';
import { recordAttendance } from './commands/recordAttendance.ts';
import { recordSheet } from './commands/recordSheet.ts';
import { removeAttendance } from './commands/removeAttendance.ts';
import { recordProxy } from './commands/recordProxy.ts';
import { proposeMotion } from './commands/proposeMotion.ts';
import { openMotion } from './commands/openMotion.ts';
import { castVote } from './commands/castVote.ts';
import { closeMotion } from './commands/closeMotion.ts';
import { createDemand } from './commands/createDemand.ts';
import { signDemand } from './commands/signDemand.ts';
import { recordPaperSignatures } from './commands/recordPaperSignatures.ts';

/** A write on the meeting itself, answered with the meeting as it now stands. */
type MeetingRoute = RouteDef & {
  params: typeof contract.MeetingParams;
  response: typeof contract.MeetingChange;
};
/** The command input of such a write: the route's body (if any) and the meeting. */
type InputOf<D extends RouteDef> = (BodyOut<D> extends undefined ? unknown : BodyOut<D>) & {
  meetingId: string;
};

const readDecisions = { kind: 'village', ability: 'readDecisions' } as const;
const runMeetings = { kind: 'village', ability: 'runMeetings' } as const;
const superviseMeetings = { kind: 'village', ability: 'superviseMeetings' } as const;
const takePart = { kind: 'village', ability: 'takePart' } as const;

/** What the reader may do in the village: sent with the page so it shows only that. */
const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

/** The meeting's page as the reader sees it. */
async function detail(request: FastifyRequest, cmd: CommandContext, meetingId: string) {
  const page = await loadMeetingPage(cmd, meetingId);
  return presentMeetingDetail(page, {
    personId: cmd.personId,
    locale: cmd.locale,
    abilities: abilitiesOf(request),
  });
}

/** Presence and quorum after a write on attendance (or closing), with the meeting they belong to. */
async function figures(cmd: CommandContext, meetingId: string) {
  const { meeting, figures: f } = await loadMeetingFigures(cmd, meetingId);
  return { meeting, figures: f, view: presentFigures(meeting, f, cmd.locale) };
}

/** A demand as it stands after a change. */
async function demand(cmd: CommandContext, demandId: string) {
  return presentOneDemand(await loadDemands(cmd, demandId), cmd.locale);
}

/**
 * A write on the meeting itself (its status, agenda, reviews, minutes): the
 * command takes the route's body and the meeting, and the answer is the
 * meeting as it now stands (the page's other parts did not change).
 */
function onMeeting<D extends MeetingRoute>(
  app: FastifyInstance,
  ctx: AppContext,
  def: D,
  access: Access,
  command: (cmd: CommandContext, input: InputOf<D>) => Promise<unknown>,
): void {
  // D's params and response are the meeting's (MeetingRoute); TypeScript cannot see through the generic
  const handler = async (request: RequestOf<MeetingRoute>) => {
    const cmd = commandContext(ctx, request);
    const { meetingId } = request.params;
    await command(cmd, { ...(request.body as object), meetingId } as InputOf<D>);
    const meeting = await loadMeeting(cmd, meetingId);
    return { meeting: presentMeetingView(meeting, abilitiesOf(request)) };
  };
  endpoint(app, def, access, handler as unknown as Handler<D>);
}

/** Convening, the agenda and its review, opening, closing, the minutes and the verdict. */
function meetingEndpoints(app: FastifyInstance, ctx: AppContext): void {
  endpoint(app, contract.listMeetings, readDecisions, async (request) => {
    const cmd = commandContext(ctx, request);
    const list = await loadMeetingList(cmd);
    return presentMeetingList(list, cmd.clock.today(), cmd.locale, abilitiesOf(request));
  });

  endpoint(app, contract.conveneMeeting, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const { id } = await conveneMeeting(cmd, request.body);
    const { meeting, fingerprint } = await loadConvened(cmd, id);
    return { meeting: presentMeetingView(meeting, abilitiesOf(request)), fingerprint };
  });

  endpoint(app, contract.getMeeting, readDecisions, async (request) =>
    detail(request, commandContext(ctx, request), request.params.meetingId),
  );

  onMeeting(app, ctx, contract.cancelMeeting, runMeetings, cancelMeeting);
  onMeeting(app, ctx, contract.changeAgenda, runMeetings, changeAgenda);
  onMeeting(app, ctx, contract.openMeeting, runMeetings, openMeeting);
  endpoint(app, contract.closeMeeting, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    await closeMeeting(cmd, request.params);
    const { meeting, view } = await figures(cmd, request.params.meetingId);
    return { meeting: presentMeetingView(meeting, abilitiesOf(request)), ...view };
  });
  onMeeting(app, ctx, contract.saveMinutes, runMeetings, saveMinutes);
  onMeeting(app, ctx, contract.recordVerdict, superviseMeetings, recordVerdict);
}

/** Check-in, the clerk's attendance and sheet, the sign-in sheet, proxies. */
function attendanceEndpoints(app: FastifyInstance, ctx: AppContext): void {
  endpoint(app, contract.checkIn, takePart, async (request, reply) => {
    const cmd = commandContext(ctx, request);
    const { attendance, created } = await checkIn(cmd, {
      meetingId: request.params.meetingId,
      ...request.body,
    });
    // a second scan answers with the first check-in
    reply.status(created ? 201 : 200);
    return { attendance: attendance && presentAttendee(attendance), created };
  });

  endpoint(app, contract.recordAttendance, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const { meetingId } = request.params;
    const row = await recordAttendance(cmd, { meetingId, ...request.body });
    const now = await figures(cmd, meetingId);
    return { attendance: presentAttendance(row, now.figures), ...now.view };
  });

  endpoint(app, contract.recordSheet, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const { meetingId } = request.params;
    const entered = await recordSheet(cmd, { meetingId, ...request.body });
    return { ...entered, ...(await figures(cmd, meetingId)).view };
  });

  // the sign-in sheet: everyone due on the meeting date, with household and group, and who is in
  endpoint(app, contract.eligible, runMeetings, async (request) => {
    const items = await loadSheet(commandContext(ctx, request), request.params.meetingId);
    return { items };
  });

  endpoint(app, contract.removeAttendance, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const { meetingId, personId } = request.params;
    await removeAttendance(cmd, { meetingId, personId });
    return { personId, ...(await figures(cmd, meetingId)).view };
  });

  endpoint(app, contract.recordProxy, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const proxy = await recordProxy(cmd, {
      meetingId: request.params.meetingId,
      ...request.body,
    });
    return { proxy };
  });
}

/** Motions and votes. */
function motionEndpoints(app: FastifyInstance, ctx: AppContext): void {
  endpoint(app, contract.proposeMotion, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const { meetingId } = request.params;
    const { id } = await proposeMotion(cmd, { meetingId, ...request.body });
    return { motion: presentMotion(await loadMotion(cmd, id), cmd.locale, [], []) };
  });

  endpoint(app, contract.openMotion, runMeetings, async (request) => {
    await openMotion(commandContext(ctx, request), { motionId: request.params.motionId });
    return { ok: true as const };
  });

  endpoint(app, contract.castVote, takePart, async (request) => {
    const cmd = commandContext(ctx, request);
    const cast = await castVote(cmd, { motionId: request.params.motionId, ...request.body });
    return { ok: true as const, ...cast };
  });

  endpoint(app, contract.closeMotion, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const closed = await closeMotion(cmd, { motionId: request.params.motionId, ...request.body });
    return presentClosedMotion(closed, cmd.locale);
  });

  // a closed secret vote's ballots, for anyone who reads the meeting to recount
  endpoint(app, contract.listBallots, readDecisions, async (request) =>
    loadBallots(commandContext(ctx, request), request.params.motionId),
  );
}

/** Demands for a meeting and their signatures. */
function demandEndpoints(app: FastifyInstance, ctx: AppContext): void {
  endpoint(app, contract.createDemand, takePart, async (request) => {
    const cmd = commandContext(ctx, request);
    const { id } = await createDemand(cmd, request.body);
    return demand(cmd, id);
  });

  endpoint(app, contract.listDemands, readDecisions, async (request) => {
    const cmd = commandContext(ctx, request);
    return presentDemands(await loadDemands(cmd), cmd.locale);
  });

  endpoint(app, contract.signDemand, takePart, async (request) => {
    const cmd = commandContext(ctx, request);
    await signDemand(cmd, { demandId: request.params.demandId });
    return demand(cmd, request.params.demandId);
  });

  endpoint(app, contract.recordPaperSignatures, runMeetings, async (request) => {
    const cmd = commandContext(ctx, request);
    const { demandId } = request.params;
    await recordPaperSignatures(cmd, { demandId, ...request.body });
    return demand(cmd, demandId);
  });
}

/**
 * Meetings and votes (issue 3 points 5–6): convening, demands, the agenda
 * review and verdict of the supervision committee, attendance and proxies,
 * motions, named and secret votes, results and resolutions.
 */
export const meetingRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    meetingEndpoints(app, ctx);
    attendanceEndpoints(app, ctx);
    motionEndpoints(app, ctx);
    demandEndpoints(app, ctx);
  };
