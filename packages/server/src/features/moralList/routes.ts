import type { FastifyPluginAsync } from 'fastify';
import { can, villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/moralList';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { formCouncil } from './commands/council.ts';
import { adoptRules } from './commands/rules.ts';
import { proposeListing } from './commands/propose.ts';
import { stepListing } from './commands/step.ts';
import { presentRules } from './present.ts';
import { listingView, moralBoard, moralListConsole, ownListings } from './queries.ts';

const board = { kind: 'village', ability: 'readMoralBoard' } as const;
const read = { kind: 'village', ability: 'readMoralListings' } as const;
const propose = { kind: 'village', ability: 'proposeMoralListing' } as const;
const record = { kind: 'village', ability: 'recordMoralListing' } as const;
const own = { kind: 'village', ability: 'answerOwnMoralListing' } as const;

/** 道德红黑榜: the console, the rules, proposals and steps, the board, and the person's own. */
export const moralListRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const answer = (
      villageId: string,
      row: Awaited<ReturnType<typeof stepListing>>,
      role: 'recorder' | 'subject',
    ) => listingView(ctx, villageId, row, ctx.clock.today(), role);
    endpoint(app, contract.getMoralList, read, async (request) => {
      const { row, scope } = villageOf(request);
      const { actor } = requireSignedIn(request);
      const canRecord = can(actor, 'recordMoralListing', scope);
      return {
        ...(await moralListConsole(ctx, row.id, ctx.clock.today(), canRecord)),
        abilities: villageAbilities(actor, scope),
      };
    });
    endpoint(app, contract.adoptMoralListRules, record, async (request) => ({
      rules: presentRules(await adoptRules(commandContext(ctx, request), request.body)),
    }));
    endpoint(app, contract.formCouncil, record, async (request) =>
      formCouncil(commandContext(ctx, request)),
    );
    endpoint(app, contract.proposeListing, propose, async (request) => {
      const cmd = commandContext(ctx, request);
      return answer(cmd.villageId, await proposeListing(cmd, request.body), 'recorder');
    });
    endpoint(app, contract.stepListing, record, async (request) => {
      const cmd = commandContext(ctx, request);
      const row = await stepListing(cmd, request.params.listingId, request.body, 'recorder');
      return answer(cmd.villageId, row, 'recorder');
    });
    endpoint(app, contract.getMoralBoard, board, async (request) =>
      moralBoard(ctx, villageOf(request).row.id, ctx.clock.today()),
    );
    endpoint(app, contract.listOwnListings, own, async (request) => {
      const cmd = commandContext(ctx, request);
      return { items: await ownListings(ctx, cmd.villageId, cmd.personId, ctx.clock.today()) };
    });
    endpoint(app, contract.answerOwnListing, own, async (request) => {
      const cmd = commandContext(ctx, request);
      const row = await stepListing(
        cmd,
        request.params.listingId,
        { action: 'answer', answer: request.body.answer },
        'subject',
      );
      return answer(cmd.villageId, row, 'subject');
    });
  };
