import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError, errorMessage } from '@cunzhi/core/errors';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/evaluations';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { countRound } from './commands/countRound.ts';
import { createRound } from './commands/createRound.ts';
import { enterPaperSheets } from './commands/enterPaperSheets.ts';
import { handInSheet } from './commands/handInSheet.ts';
import { publishRound } from './commands/publishRound.ts';
import { notEvaluator } from './commands/shared.ts';
import { presentRound, presentRoundList } from './present.ts';
import { evaluatorList, roundList, roundPage, sheetOf, villageName } from './queries.ts';
import { memberRoleName } from '@cunzhi/core/bodies/bodyKinds';
import { evaluatorBodyName } from '@cunzhi/core/evaluations/ratings';

const readEvaluations = { kind: 'village', ability: 'readEvaluations' } as const;
const hostEvaluations = { kind: 'village', ability: 'hostEvaluations' } as const;
const rateEvaluations = { kind: 'village', ability: 'rateEvaluations' } as const;

/** A round's page as this reader sees it (what the host may do now included). */
async function detail(ctx: AppContext, request: FastifyRequest, roundId: string) {
  const { row, scope } = villageOf(request);
  const { actor } = requireSignedIn(request);
  const data = await roundPage(ctx, row.id, roundId);
  if (!data) throw new DomainError('not_found', { what: 'evaluationRound' });
  const roles = rolesIn(actor, scope);
  const host = roles.has('supervisionChair') || roles.has('supervisionMember');
  return presentRound(data, { host }, villageAbilities(actor, scope), row.kind);
}

/** The evaluator's own sheet: whom to rate, whether they may, and why not in words. */
async function mySheet(ctx: AppContext, request: FastifyRequest, roundId: string) {
  const cmd = commandContext(ctx, request);
  const data = await sheetOf(ctx, cmd.villageId, roundId, cmd.personId);
  if (!data) throw new DomainError('not_found', { what: 'evaluationRound' });
  const refusal = data.evaluator
    ? null
    : notEvaluator(cmd, data.round, villageOf(request).row.kind);
  return {
    round: {
      id: data.round.id,
      title: data.round.title,
      heldOn: data.round.held_on,
      status: data.round.status,
      evaluatorsName: evaluatorBodyName(data.round.evaluators, villageOf(request).row.kind),
    },
    village: { name: await villageName(ctx, cmd.villageId) },
    cadres: data.cadres.map((c) => ({
      membershipId: c.membership_id,
      name: c.name,
      post: memberRoleName(c.body_kind, c.role),
    })),
    evaluator: data.evaluator,
    rated: data.rated,
    refusal: refusal
      ? errorMessage('evaluation_not_evaluator', requestLocale(request), refusal.params)
      : null,
  };
}

export const evaluationsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listRounds, readEvaluations, async (request) => {
      const { row, scope } = villageOf(request);
      const rows = await roundList(ctx, row.id);
      return presentRoundList(
        rows,
        ctx.clock.today(),
        villageAbilities(requireSignedIn(request).actor, scope),
        row.kind,
      );
    });

    endpoint(app, contract.createRound, hostEvaluations, async (request) => {
      const created = await createRound(commandContext(ctx, request), request.body);
      return detail(ctx, request, created.id);
    });

    endpoint(app, contract.getRound, readEvaluations, async (request) =>
      detail(ctx, request, request.params.roundId),
    );

    endpoint(app, contract.enterPaperSheets, hostEvaluations, async (request) => {
      const { roundId } = request.params;
      await enterPaperSheets(commandContext(ctx, request), { ...request.body, roundId });
      return detail(ctx, request, roundId);
    });

    endpoint(app, contract.countRound, hostEvaluations, async (request) => {
      const { roundId } = request.params;
      await countRound(commandContext(ctx, request), { roundId });
      return detail(ctx, request, roundId);
    });

    endpoint(app, contract.publishRound, hostEvaluations, async (request) => {
      const { roundId } = request.params;
      await publishRound(commandContext(ctx, request), { ...request.body, roundId });
      return detail(ctx, request, roundId);
    });

    endpoint(app, contract.listEvaluators, hostEvaluations, async (request) => {
      const evaluators = await evaluatorList(
        ctx,
        villageOf(request).row.id,
        request.params.roundId,
      );
      if (!evaluators) throw new DomainError('not_found', { what: 'evaluationRound' });
      return { evaluators };
    });

    endpoint(app, contract.getMySheet, rateEvaluations, async (request) =>
      mySheet(ctx, request, request.params.roundId),
    );

    endpoint(app, contract.handInSheet, rateEvaluations, async (request) =>
      handInSheet(commandContext(ctx, request), {
        ...request.body,
        roundId: request.params.roundId,
      }),
    );
  };
