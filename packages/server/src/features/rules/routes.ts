import type { FastifyPluginAsync } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/rules';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { villageRules } from './queries/rules.ts';
import { compositionPage } from './queries/composition.ts';
import { repealCharterOverride } from './commands/repealCharterOverride.ts';
import { setCharterOverride } from './commands/setCharterOverride.ts';
import { setQualifications } from './commands/setQualifications.ts';
import { presentComposition, presentRules } from './present.ts';

export const ruleRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(
      app,
      contract.getRules,
      { kind: 'village', ability: 'readDecisions' },
      async (request) => {
        const { row, scope } = villageOf(request);
        const profile = await villageRules(ctx, row.id);
        return presentRules(profile, villageAbilities(requireSignedIn(request).actor, scope));
      },
    );

    endpoint(
      app,
      contract.setCharterOverride,
      { kind: 'village', ability: 'manageMatters' },
      async (request) => ({
        override: await setCharterOverride(commandContext(ctx, request), {
          ...request.body,
          ruleId: request.params.ruleId,
        }),
      }),
    );

    endpoint(
      app,
      contract.repealCharterOverride,
      { kind: 'village', ability: 'manageMatters' },
      async (request) => ({
        repealed: await repealCharterOverride(commandContext(ctx, request), {
          ...request.body,
          ruleId: request.params.ruleId,
        }),
      }),
    );

    endpoint(
      app,
      contract.getComposition,
      { kind: 'village', ability: 'readVillage' },
      async (request) => {
        const villageId = villageOf(request).row.id;
        const page = await compositionPage(
          ctx,
          villageId,
          request.params.bodyId,
          ctx.clock.today(),
        );
        return presentComposition(page);
      },
    );

    endpoint(
      app,
      contract.setQualifications,
      { kind: 'village', ability: 'writeBodies' },
      async (request) => ({
        membership: await setQualifications(commandContext(ctx, request), {
          bodyId: request.params.bodyId,
          membershipId: request.params.membershipId,
          qualifications: request.body.qualifications,
        }),
      }),
    );
  };
