import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/reconciliation';
import type { AppContext } from '../../platform/http/context.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { signReconciliation } from './commands/sign.ts';
import { view } from './reads.ts';

/** A meeting's reconciliation report: read by the cadres, the supervisors and the town; signed by the supervisors. */
export const reconciliationRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(
      app,
      contract.getReconciliation,
      { kind: 'village', ability: 'readReconciliation' },
      (request) => view(ctx, request),
    );
    endpoint(
      app,
      contract.signReconciliation,
      { kind: 'village', ability: 'signReconciliation' },
      async (request) => {
        await signReconciliation(commandContext(ctx, request), request.params.meetingId);
        return view(ctx, request);
      },
    );
  };
