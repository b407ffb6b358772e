import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import { requiredFigures } from '@cunzhi/core/supervision/committee';
import { checkInspectionAttendance } from '@cunzhi/core/supervision/inspections';
import * as contract from '@cunzhi/contract/supervision';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { compositionPage } from '../rules/queries/composition.ts';
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
  correctionData,
  inspectionData,
  motionData,
  reportData,
  supervisionInbox,
  supervisionOverview,
} from './queries.ts';
import {
  presentCorrection,
  presentInspection,
  presentInspectionSummary,
  presentMotion,
  presentOverview,
  presentPlan,
  presentReport,
  presentStationComplaint,
  type Reader,
} from './present.ts';
import { findPlan, supervisionMembersOn } from './repository.ts';

const readSupervision = { kind: 'village', ability: 'readSupervision' } as const;
const supervise = { kind: 'village', ability: 'supervise' } as const;
const answerCorrections = { kind: 'village', ability: 'answerCorrection' } as const;

/** Who reads, on what day, with what they may do; the committee as it stands today. */
async function readerOf(ctx: AppContext, request: FastifyRequest): Promise<Reader> {
  const { row, scope } = villageOf(request);
  const { actor } = requireSignedIn(request);
  const today = ctx.clock.today();
  const [members, { profile }] = await Promise.all([
    supervisionMembersOn(ctx.db, row.id, today),
    loadVillageProfile(ctx.db, row.id, today),
  ]);
  return {
    personId: actor.home?.villageId === row.id ? actor.home.personId : null,
    locale: requestLocale(request),
    today,
    abilities: villageAbilities(actor, scope),
    committee: { members, ...requiredFigures(members.length, profile.params) },
  };
}

async function motionView(ctx: AppContext, request: FastifyRequest, motionId: string) {
  const villageId = villageOf(request).row.id;
  const [reader, data] = await Promise.all([
    readerOf(ctx, request),
    motionData(ctx.db, villageId, motionId),
  ]);
  if (!data) throw new DomainError('not_found', { what: 'supervisionMotion' });
  return { motion: presentMotion(data, reader) };
}

async function inspectionView(ctx: AppContext, request: FastifyRequest, inspectionId: string) {
  const villageId = villageOf(request).row.id;
  const reader = await readerOf(ctx, request);
  const data = await inspectionData(ctx.db, villageId, inspectionId, reader.today);
  if (!data) throw new DomainError('not_found', { what: 'supervisionInspection' });
  const { profile } = await loadVillageProfile(ctx.db, villageId, reader.today);
  const serving = new Set(data.members.map((m) => m.person_id));
  const short = checkInspectionAttendance(
    data.inspection.subject,
    data.inspection.present.filter((id) => serving.has(id)).length,
    data.members.length,
    reader.today,
    profile.params,
  );
  const finding = short ? findingWithCitation(short, reader.locale) : null;
  return presentInspection(data, reader, finding);
}

async function reportView(ctx: AppContext, request: FastifyRequest, reportId: string) {
  const villageId = villageOf(request).row.id;
  const [reader, data, fingerprint] = await Promise.all([
    readerOf(ctx, request),
    reportData(ctx.db, villageId, reportId),
    fingerprintOf(ctx.db, villageId, {
      type: 'supervisionReport',
      id: reportId,
      action: 'supervision.reportPublished',
    }),
  ]);
  if (!data) throw new DomainError('not_found', { what: 'supervisionReport' });
  return presentReport(data, reader, fingerprint);
}

async function correctionView(ctx: AppContext, request: FastifyRequest, correctionId: string) {
  const row = await correctionData(ctx.db, villageOf(request).row.id, correctionId);
  if (!row) throw new DomainError('not_found', { what: 'supervisionCorrection' });
  return { correction: presentCorrection(row, ctx.clock.today()) };
}

export const supervisionRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getSupervision, readSupervision, async (request) => {
      const villageId = villageOf(request).row.id;
      const reader = await readerOf(ctx, request);
      const data = await supervisionOverview(ctx.db, villageId, reader.today);
      const composition = data.committeeBodyId
        ? (await compositionPage(ctx, villageId, data.committeeBodyId, reader.today)).findings
        : [];
      return presentOverview(
        data,
        reader,
        composition.map((f) => ({
          severity: f.severity,
          message: findingWithCitation(f, reader.locale),
        })),
      );
    });

    endpoint(app, contract.getSupervisionInbox, supervise, async (request) => {
      const villageId = villageOf(request).row.id;
      const reader = await readerOf(ctx, request);
      if (!reader.personId) throw new DomainError('not_supervision_member');
      const data = await supervisionInbox(ctx.db, villageId, reader.personId, reader.today);
      return {
        on: reader.today,
        toVote: data.motions.map((m) => presentMotion(m, reader)).filter((m) => m.canVote),
        inspections: data.inspections.map(presentInspectionSummary),
        overdue: data.overdue.map((c) => presentCorrection(c, reader.today)),
        complaints: data.complaints.map(presentStationComplaint),
      };
    });

    endpoint(app, contract.tableMotion, supervise, async (request, reply) => {
      const { id } = await tableMotion(commandContext(ctx, request), request.body);
      reply.status(201);
      return motionView(ctx, request, id);
    });

    endpoint(app, contract.getMotion, readSupervision, async (request) =>
      motionView(ctx, request, request.params.motionId),
    );

    endpoint(app, contract.voteOnMotion, supervise, async (request) => {
      const { motionId } = request.params;
      await voteOnMotion(commandContext(ctx, request), { motionId, ...request.body });
      return motionView(ctx, request, motionId);
    });

    endpoint(app, contract.closeMotion, supervise, async (request) => {
      const { motionId } = request.params;
      await closeMotion(commandContext(ctx, request), { motionId });
      return motionView(ctx, request, motionId);
    });

    endpoint(app, contract.draftPlan, supervise, async (request, reply) => {
      const { id } = await draftPlan(commandContext(ctx, request), request.body);
      const plan = await findPlan(ctx.db, villageOf(request).row.id, id);
      reply.status(201);
      return { plan: presentPlan(plan!) };
    });

    endpoint(app, contract.openInspection, supervise, async (request, reply) => {
      const { id } = await openInspection(commandContext(ctx, request), request.body);
      reply.status(201);
      return { inspection: await inspectionView(ctx, request, id) };
    });

    endpoint(app, contract.getInspection, readSupervision, async (request) =>
      inspectionView(ctx, request, request.params.inspectionId),
    );

    endpoint(app, contract.recordInspectionAttendance, supervise, async (request) => {
      const { inspectionId } = request.params;
      await recordInspectionAttendance(commandContext(ctx, request), {
        inspectionId,
        ...request.body,
      });
      return { inspection: await inspectionView(ctx, request, inspectionId) };
    });

    endpoint(app, contract.recordFinding, supervise, async (request, reply) => {
      const { inspectionId } = request.params;
      await recordFinding(commandContext(ctx, request), { inspectionId, ...request.body });
      reply.status(201);
      return { inspection: await inspectionView(ctx, request, inspectionId) };
    });

    endpoint(app, contract.answerCorrection, answerCorrections, async (request) => {
      const { correctionId } = request.params;
      await answerCorrection(commandContext(ctx, request), { correctionId, ...request.body });
      return correctionView(ctx, request, correctionId);
    });

    endpoint(app, contract.verifyCorrection, supervise, async (request) => {
      const { correctionId } = request.params;
      await verifyCorrection(commandContext(ctx, request), { correctionId, ...request.body });
      return correctionView(ctx, request, correctionId);
    });

    endpoint(app, contract.draftReport, supervise, async (request, reply) => {
      const body = request.body;
      const { id } = await draftReport(commandContext(ctx, request), {
        ...body,
        inspectionIds: body.inspectionIds ?? [],
      });
      reply.status(201);
      return { report: await reportView(ctx, request, id) };
    });

    endpoint(app, contract.editReport, supervise, async (request) => {
      const { reportId } = request.params;
      const body = request.body;
      await editReport(commandContext(ctx, request), {
        ...body,
        reportId,
        inspectionIds: body.inspectionIds ?? [],
      });
      return { report: await reportView(ctx, request, reportId) };
    });

    endpoint(app, contract.getReport, readSupervision, async (request) =>
      reportView(ctx, request, request.params.reportId),
    );
  };
