import type { FastifyPluginAsync } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/liaison';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { raiseIssueFor, raiseOwnIssue } from './commands/raiseIssue.ts';
import { rateCase } from './commands/rateCase.ts';
import { stepCase } from './commands/stepCase.ts';
import { caseDetail } from './detail.ts';
// a case's and a visit's photos: their owner kinds in the attachments store
import './attachments.ts';
import { abilitiesOf, readerOf } from './reader.ts';
import { ownCasesView, ownView, ownViewById, queueView, tracked } from './views.ts';

const read = { kind: 'village', ability: 'readLiaison' } as const;
const handle = { kind: 'village', ability: 'handleLiaisonCases' } as const;
const raiseFor = { kind: 'village', ability: 'raiseIssuesFor' } as const;
const own = { kind: 'village', ability: 'raiseOwnIssues' } as const;

/** 民情: the console's queue and a case's steps; the villager's phone: raise, follow, rate. */
export const caseRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listCases, read, async (request) => ({
      ...(await queueView(ctx, villageOf(request).row.id, readerOf(request))),
      abilities: abilitiesOf(request),
    }));
    endpoint(app, contract.getCase, read, async (request) => ({
      case: await caseDetail(
        ctx,
        villageOf(request).row.id,
        readerOf(request),
        request.params.caseId,
      ),
    }));
    endpoint(app, contract.raiseIssueFor, raiseFor, async (request) =>
      raiseIssueFor(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.stepCase, handle, async (request) => {
      const villageId = villageOf(request).row.id;
      const reader = readerOf(request);
      const { caseId } = request.params;
      // only a case the reader can see can be moved: the same 404 as reading it
      await caseDetail(ctx, villageId, reader, caseId);
      await stepCase(commandContext(ctx, request), reader, caseId, request.body);
      return { case: await caseDetail(ctx, villageId, reader, caseId) };
    });
    endpoint(app, contract.listOwnCases, own, async (request) => {
      const cmd = commandContext(ctx, request);
      if (!cmd.personId) return { items: [], openNearby: [] };
      return ownCasesView(ctx, cmd.villageId, cmd.personId);
    });
    endpoint(app, contract.raiseOwnIssue, own, async (request) =>
      raiseOwnIssue(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.rateOwnCase, own, async (request) => {
      const cmd = commandContext(ctx, request);
      if (!cmd.personId) throw new DomainError('not_found', { what: 'liaisonCase' });
      await rateCase(cmd, request.params.caseId, { personId: cmd.personId }, request.body);
      return { case: await ownViewById(ctx, cmd.villageId, request.params.caseId) };
    });
    endpoint(app, contract.trackCase, own, async (request) => {
      const t = await tracked(ctx, villageOf(request).row.id, request.body.code);
      return { case: await ownView(ctx, t.row, t.own) };
    });
    endpoint(app, contract.rateTrackedCase, own, async (request) => {
      const cmd = commandContext(ctx, request);
      const t = await tracked(ctx, cmd.villageId, request.body.code);
      if (!t.own) throw new DomainError('not_found', { what: 'liaisonCase' });
      const { rating, comment } = request.body;
      await rateCase(cmd, t.row.id, { trackingHash: t.hash }, { rating, comment });
      return { case: await ownViewById(ctx, cmd.villageId, t.row.id) };
    });
  };
