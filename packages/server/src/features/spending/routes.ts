import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/spending';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { motionsOnView } from '../supervision/views.ts';
import { approveStep } from './commands/approveStep.ts';
import { createSpendingRequest } from './commands/createSpendingRequest.ts';
import { executePayment } from './commands/executePayment.ts';
import { recordInspection } from './commands/recordInspection.ts';
import { referHoldToRepresentatives } from './commands/referHoldToRepresentatives.ts';
import { refuseStep } from './commands/refuseStep.ts';
import { releaseHold } from './commands/releaseHold.ts';
import { holdRequestId, spendingList, spendingPage } from './queries.ts';
import { presentSpendingDetail, presentSpendingList } from './present.ts';

const readSpending = { kind: 'village', ability: 'readSpending' } as const;
const manageSpending = { kind: 'village', ability: 'manageSpending' } as const;
const approveSpending = { kind: 'village', ability: 'approveSpending' } as const;
const superviseSpending = { kind: 'village', ability: 'superviseSpending' } as const;

/** The request's page as this reader sees it (what they may sign or do now included). */
async function detail(ctx: AppContext, request: FastifyRequest, requestId: string) {
  const { row, scope } = villageOf(request);
  const { actor, account } = requireSignedIn(request);
  const today = ctx.clock.today();
  const data = await spendingPage(ctx, row.id, requestId, today);
  if (!data) throw new DomainError('not_found', { what: 'spendingRequest' });
  const personId = actor.home?.villageId === row.id ? actor.home.personId : null;
  const viewer = { roles: rolesIn(actor, scope), personId, accountId: account.id };
  const abilities = villageAbilities(actor, scope);
  // the committee's motions on the holds, as its own pages show them
  const motions = await motionsOnView(
    ctx,
    { villageId: row.id, personId, locale: requestLocale(request), abilities },
    data.holds.map((h) => h.id),
  );
  return presentSpendingDetail({ ...data, motions }, row, viewer, today, abilities);
}

/** The request a hold stops, for answering a hold's write with the request's page. */
async function requestOfHold(ctx: AppContext, request: FastifyRequest, holdId: string) {
  const id = await holdRequestId(ctx, villageOf(request).row.id, holdId);
  if (!id) throw new DomainError('not_found', { what: 'spendingHold' });
  return id;
}

export const spendingRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listSpending, readSpending, async (request) => {
      const { row, scope } = villageOf(request);
      const data = await spendingList(ctx, row.id, ctx.clock.today());
      return presentSpendingList(
        data,
        row,
        villageAbilities(requireSignedIn(request).actor, scope),
      );
    });

    endpoint(app, contract.createSpending, manageSpending, async (request) => {
      const created = await createSpendingRequest(commandContext(ctx, request), request.body);
      return { request: await detail(ctx, request, created.id) };
    });

    endpoint(app, contract.getSpending, readSpending, async (request) =>
      detail(ctx, request, request.params.requestId),
    );

    endpoint(app, contract.approveStep, approveSpending, async (request) => {
      const { requestId, step } = request.params;
      await approveStep(commandContext(ctx, request), { ...request.body, requestId, step });
      return { request: await detail(ctx, request, requestId) };
    });

    endpoint(app, contract.refuseStep, approveSpending, async (request) => {
      const { requestId, step } = request.params;
      await refuseStep(commandContext(ctx, request), { ...request.body, requestId, step });
      return { request: await detail(ctx, request, requestId) };
    });

    endpoint(app, contract.executePayment, manageSpending, async (request) => {
      const { requestId } = request.params;
      const paid = await executePayment(commandContext(ctx, request), {
        ...request.body,
        requestId,
      });
      return { created: paid.created, request: await detail(ctx, request, requestId) };
    });

    endpoint(app, contract.referHold, superviseSpending, async (request) => {
      const { holdId } = request.params;
      await referHoldToRepresentatives(commandContext(ctx, request), { ...request.body, holdId });
      return { request: await detail(ctx, request, await requestOfHold(ctx, request, holdId)) };
    });

    endpoint(app, contract.recordInspection, superviseSpending, async (request) => {
      const { holdId } = request.params;
      await recordInspection(commandContext(ctx, request), { ...request.body, holdId });
      return { request: await detail(ctx, request, await requestOfHold(ctx, request, holdId)) };
    });

    endpoint(app, contract.releaseHold, superviseSpending, async (request) => {
      const { holdId } = request.params;
      await releaseHold(commandContext(ctx, request), { ...request.body, holdId });
      return { request: await detail(ctx, request, await requestOfHold(ctx, request, holdId)) };
    });
  };
