import type { FastifyPluginAsync } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/collectiveDistribution';
import type { AppContext } from '../../../platform/http/context.ts';
import { villageOf } from '../../../platform/http/access.ts';
import { commandContext } from '../../../platform/http/commandContext.ts';
import { endpoint } from '../../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../../platform/http/session.ts';
import { adoptPlan } from './commands/adoptPlan.ts';
import { draftPlan } from './commands/draftPlan.ts';
import { payDividend } from './commands/payDividend.ts';
import { publishPlan } from './commands/publishPlan.ts';
import {
  dividendOf,
  dividendView,
  planDetailOf,
  planSheetOf,
  overviewOf,
  receiptOf,
} from './reads.ts';

const read = { kind: 'village', ability: 'readCollectiveDistribution' } as const;
const plan = { kind: 'village', ability: 'planCollectiveDistribution' } as const;
const pay = { kind: 'village', ability: 'payCollectiveDividends' } as const;

/** Income distribution: plans, their publication and adoption, payments and the prints. */
export const collectiveDistributionRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listPlans, read, async (request) => {
      const { row, scope } = villageOf(request);
      const abilities = villageAbilities(requireSignedIn(request).actor, scope);
      return overviewOf(ctx.db, row.id, request.query.orgId, {
        plan: abilities.planCollectiveDistribution,
        pay: abilities.payCollectiveDividends,
      });
    });
    endpoint(app, contract.getPlan, read, async (request) =>
      planDetailOf(ctx.db, villageOf(request).row.id, request.params.planId),
    );
    endpoint(app, contract.draftPlan, plan, async (request) => {
      const cmd = commandContext(ctx, request);
      const { id } = await draftPlan(cmd, request.params.orgId, request.body);
      return planDetailOf(ctx.db, cmd.villageId, id);
    });
    endpoint(app, contract.publishPlan, plan, async (request) => {
      const cmd = commandContext(ctx, request);
      await publishPlan(cmd, request.params.planId, request.body);
      return planDetailOf(ctx.db, cmd.villageId, request.params.planId);
    });
    endpoint(app, contract.adoptPlan, plan, async (request) => {
      const cmd = commandContext(ctx, request);
      await adoptPlan(cmd, request.params.planId, request.body);
      return planDetailOf(ctx.db, cmd.villageId, request.params.planId);
    });
    endpoint(app, contract.payDividend, pay, async (request) => {
      const cmd = commandContext(ctx, request);
      await payDividend(cmd, request.params.dividendId, request.body);
      return {
        dividend: dividendView(await dividendOf(ctx.db, cmd.villageId, request.params.dividendId)),
      };
    });
    endpoint(app, contract.getPlanSheet, read, async (request) =>
      planSheetOf(ctx.db, villageOf(request).row, request.params.planId),
    );
    endpoint(app, contract.getReceipt, read, async (request) =>
      receiptOf(ctx.db, villageOf(request).row, request.params.dividendId),
    );
  };
