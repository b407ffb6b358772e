import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/reconciliation';
import type { AppContext } from '../../platform/http/context.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { enterRollSigns } from './commands/enterRoll.ts';
import { signElectionReconciliation, signReconciliation } from './commands/sign.ts';
import { withdrawRollSign } from './commands/withdrawRollSign.ts';
import { electionView, view } from './reads.ts';

const read = { kind: 'village', ability: 'readReconciliation' } as const;
const sign = { kind: 'village', ability: 'signReconciliation' } as const;
/** Any villager passes; the view lets in the readers and this election's committee only. */
const readElection = { kind: 'village', ability: 'readElectionReconciliation' } as const;
/** Any villager passes; the command checks a seat on this election's committee. */
const runElections = { kind: 'village', ability: 'runElections' } as const;

/**
 * A meeting's or an election round's reconciliation report: read by the cadres, the supervisors
 * and the town; signed by the supervisors. The election committee enters the printed roll's
 * signatures and withdraws a line entered by mistake (a seat on the committee is checked in the
 * command) and reads the round's report.
 */
export const reconciliationRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getReconciliation, read, (request) => view(ctx, request));
    endpoint(app, contract.signReconciliation, sign, async (request) => {
      await signReconciliation(commandContext(ctx, request), request.params.meetingId);
      return view(ctx, request);
    });

    endpoint(app, contract.getElectionReconciliation, readElection, (request) =>
      electionView(ctx, request),
    );
    endpoint(app, contract.enterRollSigns, runElections, async (request) => {
      const { electionId, round } = request.params;
      await enterRollSigns(commandContext(ctx, request), {
        ...{ electionId, round },
        ...request.body,
      });
      return electionView(ctx, request);
    });
    endpoint(app, contract.withdrawRollSign, runElections, async (request) => {
      await withdrawRollSign(commandContext(ctx, request), {
        ...request.params,
        ...request.body,
      });
      return electionView(ctx, request);
    });
    endpoint(app, contract.signElectionReconciliation, sign, async (request) => {
      const { electionId, round } = request.params;
      await signElectionReconciliation(commandContext(ctx, request), electionId, round);
      return electionView(ctx, request);
    });
  };
