import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/supervision';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { answerCorrection } from './commands/answerCorrection.ts';
import { closeMotion } from './commands/closeMotion.ts';
import { draftPlan } from './commands/draftPlan.ts';
import { draftReport } from './commands/draftReport.ts';
import { editReport } from './commands/editReport.ts';
import { openInspection } from './commands/openInspection.ts';
import { recordFinding } from './commands/recordFinding.ts';
import { recordInspectionAttendance } from './commands/recordInspectionAttendance.ts';
import { tableMotion } from './commands/tableMotion.ts';
import { verifyCorrection } from './commands/verifyCorrection.ts';
import { voteOnMotion } from './commands/voteOnMotion.ts';
import {
  correctionView,
  inboxView,
  inspectionView,
  motionView,
  overviewView,
  planView,
  reportView,
  type Viewer,
} from './views.ts';

const readSupervision = { kind: 'village', ability: 'readSupervision' } as const;
const supervise = { kind: 'village', ability: 'supervise' } as const;
const answerCorrections = { kind: 'village', ability: 'answerCorrection' } as const;

/** Who reads, from the request: the village, their own person there, language, abilities. */
export function viewerOf(request: FastifyRequest): Viewer {
  const { row, scope } = villageOf(request);
  const { actor } = requireSignedIn(request);
  return {
    villageId: row.id,
    personId: actor.home?.villageId === row.id ? actor.home.personId : null,
    locale: requestLocale(request),
    abilities: villageAbilities(actor, scope),
  };
}

/** The committee's page, a member's phone, and its motions: tabled, voted, counted. */
function committeeRoutes(app: FastifyInstance, ctx: AppContext): void {
  endpoint(app, contract.getSupervision, readSupervision, async (request) =>
    overviewView(ctx, viewerOf(request)),
  );

  endpoint(app, contract.getSupervisionInbox, supervise, async (request) =>
    inboxView(ctx, viewerOf(request)),
  );

  endpoint(app, contract.tableMotion, supervise, async (request, reply) => {
    const { id } = await tableMotion(commandContext(ctx, request), request.body);
    reply.status(201);
    return motionView(ctx, viewerOf(request), id);
  });

  endpoint(app, contract.getMotion, readSupervision, async (request) =>
    motionView(ctx, viewerOf(request), request.params.motionId),
  );

  endpoint(app, contract.voteOnMotion, supervise, async (request) => {
    const { motionId } = request.params;
    await voteOnMotion(commandContext(ctx, request), { motionId, ...request.body });
    return motionView(ctx, viewerOf(request), motionId);
  });

  endpoint(app, contract.closeMotion, supervise, async (request) => {
    const { motionId } = request.params;
    await closeMotion(commandContext(ctx, request), { motionId });
    return motionView(ctx, viewerOf(request), motionId);
  });
}

/** What the committee works on: its plan, inspections, corrections and reports. */
function workRoutes(app: FastifyInstance, ctx: AppContext): void {
  endpoint(app, contract.draftPlan, supervise, async (request, reply) => {
    const { id } = await draftPlan(commandContext(ctx, request), request.body);
    reply.status(201);
    return planView(ctx, viewerOf(request), id);
  });

  endpoint(app, contract.openInspection, supervise, async (request, reply) => {
    const { id } = await openInspection(commandContext(ctx, request), request.body);
    reply.status(201);
    return { inspection: await inspectionView(ctx, viewerOf(request), id) };
  });

  endpoint(app, contract.getInspection, readSupervision, async (request) =>
    inspectionView(ctx, viewerOf(request), request.params.inspectionId),
  );

  endpoint(app, contract.recordInspectionAttendance, supervise, async (request) => {
    const { inspectionId } = request.params;
    await recordInspectionAttendance(commandContext(ctx, request), {
      inspectionId,
      ...request.body,
    });
    return { inspection: await inspectionView(ctx, viewerOf(request), inspectionId) };
  });

  endpoint(app, contract.recordFinding, supervise, async (request, reply) => {
    const { inspectionId } = request.params;
    await recordFinding(commandContext(ctx, request), { inspectionId, ...request.body });
    reply.status(201);
    return { inspection: await inspectionView(ctx, viewerOf(request), inspectionId) };
  });

  endpoint(app, contract.answerCorrection, answerCorrections, async (request) => {
    const { correctionId } = request.params;
    await answerCorrection(commandContext(ctx, request), { correctionId, ...request.body });
    return correctionView(ctx, viewerOf(request), correctionId);
  });

  endpoint(app, contract.verifyCorrection, supervise, async (request) => {
    const { correctionId } = request.params;
    await verifyCorrection(commandContext(ctx, request), { correctionId, ...request.body });
    return correctionView(ctx, viewerOf(request), correctionId);
  });

  endpoint(app, contract.draftReport, supervise, async (request, reply) => {
    const body = request.body;
    const { id } = await draftReport(commandContext(ctx, request), {
      ...body,
      inspectionIds: body.inspectionIds ?? [],
    });
    reply.status(201);
    return { report: await reportView(ctx, viewerOf(request), id) };
  });

  endpoint(app, contract.editReport, supervise, async (request) => {
    const { reportId } = request.params;
    const body = request.body;
    await editReport(commandContext(ctx, request), {
      ...body,
      reportId,
      inspectionIds: body.inspectionIds ?? [],
    });
    return { report: await reportView(ctx, viewerOf(request), reportId) };
  });

  endpoint(app, contract.getReport, readSupervision, async (request) =>
    reportView(ctx, viewerOf(request), request.params.reportId),
  );
}

export const supervisionRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    committeeRoutes(app, ctx);
    workRoutes(app, ctx);
  };
