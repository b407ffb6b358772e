import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/villageRules';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { addOpinion, saveClauses, startVersion } from './commands/draft.ts';
import { closeReviewFlag, raiseFlag } from './commands/flags.ts';
import { stepVersion } from './commands/step.ts';
import { rulesActors, townRules, versionDetail, versionsOf } from './queries.ts';

const read = { kind: 'village', ability: 'readVillageRules' } as const;
const draft = { kind: 'village', ability: 'draftVillageRules' } as const;
const review = { kind: 'village', ability: 'reviewVillageRules' } as const;

const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

/** A version as the reader sees it after a change or on opening. */
async function detail(ctx: AppContext, request: FastifyRequest, versionId: string) {
  const cmd = commandContext(ctx, request);
  const version = await versionDetail(ctx, villageOf(request).row, versionId, {
    abilities: abilitiesOf(request),
    locale: cmd.locale,
  });
  return { version };
}

/** 村规民约: the two committees draft and carry a version; the township reviews and oversees. */
export const villageRulesRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listRulesVersions, read, async (request) => ({
      items: await versionsOf(ctx, villageOf(request).row.id),
      abilities: abilitiesOf(request),
    }));
    endpoint(app, contract.getRulesVersion, read, async (request) =>
      detail(ctx, request, request.params.versionId),
    );
    endpoint(app, contract.startRulesVersion, draft, async (request) => {
      const v = await startVersion(commandContext(ctx, request), request.body);
      return detail(ctx, request, v.id);
    });
    endpoint(app, contract.saveRulesClauses, draft, async (request) => {
      const { versionId } = request.params;
      await saveClauses(commandContext(ctx, request), versionId, request.body);
      return detail(ctx, request, versionId);
    });
    endpoint(app, contract.addRulesOpinion, draft, async (request) => {
      const { versionId } = request.params;
      await addOpinion(commandContext(ctx, request), versionId, request.body);
      return detail(ctx, request, versionId);
    });
    // the committees' steps and the township's: the machine says which the reader may take
    endpoint(app, contract.stepRulesVersion, read, async (request) => {
      const { versionId } = request.params;
      const { revision, on, ...step } = request.body;
      await stepVersion(commandContext(ctx, request), {
        versionId,
        roles: rulesActors(abilitiesOf(request)),
        revision,
        on,
        step,
      });
      return detail(ctx, request, versionId);
    });
    endpoint(app, contract.raiseRulesFlag, review, async (request) => {
      const { versionId } = request.params;
      await raiseFlag(commandContext(ctx, request), versionId, request.body);
      return detail(ctx, request, versionId);
    });
    endpoint(app, contract.townRulesVersions, { kind: 'signedIn' }, async (request) => {
      const { actor } = requireSignedIn(request);
      // town and county officials only: a village's own rules are on its own page
      if (actor.staffScopes.length === 0) throw new DomainError('forbidden');
      return townRules(ctx, actor);
    });
    endpoint(app, contract.closeRulesFlag, review, async (request) => {
      const { versionId, flagId } = request.params;
      await closeReviewFlag(commandContext(ctx, request), versionId, flagId, request.body);
      return detail(ctx, request, versionId);
    });
  };
