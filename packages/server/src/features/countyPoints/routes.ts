import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/countyPoints';
import type { AppContext } from '../../platform/http/context.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { awardScheme } from './commands/award.ts';
import { computeScheme } from './commands/compute.ts';
import { decideContest, fileContest } from './commands/contests.ts';
import { createScheme } from './commands/createScheme.ts';
import { reportFact, verifyFact } from './commands/facts.ts';
import { stepScheme } from './commands/publicity.ts';
import { required, type SchemeActor } from './commands/shared.ts';
import { listSchemes, schemeView, takesPart, villageScopeOf } from './reads.ts';

const signedIn = { kind: 'signedIn' } as const;
type StepRoute = typeof contract.computeScheme;

/**
 * 积分换项目 (features/countyPoints): the county's scheme is the county's, so its routes are
 * `signedIn` (no village guard) and each checks the caller's part: a county or town government
 * official, or a village's leader (core/countyPoints/access.ts). Anyone else meets 403 before
 * anything is looked up.
 */
export const countyPointsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const who = (request: FastifyRequest): SchemeActor => {
      const { account, actor } = requireSignedIn(request);
      if (!takesPart(actor)) throw new DomainError('forbidden');
      return { app: ctx, actor, accountId: account.id, locale: requestLocale(request) };
    };
    const detail = async (s: SchemeActor, schemeId: string) => ({
      scheme: await schemeView(ctx, s.actor, schemeId),
    });
    const village = (id: string | undefined) => villageScopeOf(ctx, required('villageId', id));

    endpoint(app, contract.listSchemes, signedIn, async (request) =>
      listSchemes(ctx, who(request).actor),
    );
    endpoint(app, contract.createScheme, signedIn, async (request, reply) => {
      const s = who(request);
      const id = await createScheme(s, request.body);
      reply.code(201);
      return { id };
    });
    endpoint(app, contract.getScheme, signedIn, async (request) => {
      const s = who(request);
      return (await detail(s, request.params.schemeId)).scheme;
    });
    endpoint(app, contract.reportFact, signedIn, async (request) => {
      const s = who(request);
      const scope = await village(request.body.villageId);
      await reportFact(s, request.params.schemeId, scope, request.body);
      return detail(s, request.params.schemeId);
    });
    endpoint(app, contract.verifyFact, signedIn, async (request) => {
      const s = who(request);
      const scope = await village(request.body.villageId);
      await verifyFact(s, request.params.schemeId, scope, request.body);
      return detail(s, request.params.schemeId);
    });
    // the steps on the whole scheme: each answers with the scheme's page as it now stands
    const steps: ReadonlyArray<
      readonly [StepRoute, (s: SchemeActor, schemeId: string) => Promise<void>]
    > = [
      [contract.computeScheme, computeScheme],
      [contract.reopenScheme, (s, id) => stepScheme(s, id, 'reopen')],
      [contract.publishScheme, (s, id) => stepScheme(s, id, 'publish')],
      [contract.finaliseScheme, (s, id) => stepScheme(s, id, 'finalise')],
      [contract.awardScheme, awardScheme],
    ];
    for (const [def, run] of steps)
      endpoint(app, def, signedIn, async (request) => {
        const s = who(request);
        await run(s, request.params.schemeId);
        return detail(s, request.params.schemeId);
      });
    endpoint(app, contract.fileContest, signedIn, async (request, reply) => {
      const s = who(request);
      const scope = await village(request.body.villageId);
      await fileContest(s, request.params.schemeId, scope, request.body);
      reply.code(201);
      return detail(s, request.params.schemeId);
    });
    endpoint(app, contract.decideContest, signedIn, async (request) => {
      const s = who(request);
      await decideContest(s, request.params.schemeId, request.params.contestId, request.body);
      return detail(s, request.params.schemeId);
    });
  };
