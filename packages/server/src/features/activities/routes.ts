import type { FastifyPluginAsync } from 'fastify';
import { can, villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/activities';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
// photos of activities and nominations live in the attachments store, under these kinds
import './attachments.ts';
import { recordActivity, saveUnit } from './commands/register.ts';
import {
  nominate,
  openSelection,
  publishSelection,
  recordVote,
  reviewSelection,
} from './commands/selection.ts';
import { presentActivity, presentUnit } from './present.ts';
import { activitiesPage, honoursRoll, selectionView } from './queries.ts';

const read = { kind: 'village', ability: 'readActivities' } as const;
const manage = { kind: 'village', ability: 'manageActivities' } as const;
const run = { kind: 'village', ability: 'runSelections' } as const;
const nominating = { kind: 'village', ability: 'nominateForSelection' } as const;

/** 一领四微: the register, the activity log, the quarterly selections and the honours roll. */
export const activitiesRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const selection = async (villageId: string, id: string) => ({
      selection: await selectionView(ctx, villageId, id),
    });
    endpoint(app, contract.getActivities, read, async (request) => {
      const { row, scope } = villageOf(request);
      const { actor } = requireSignedIn(request);
      return { ...(await activitiesPage(ctx, row.id)), abilities: villageAbilities(actor, scope) };
    });
    endpoint(app, contract.createUnit, manage, async (request) => ({
      unit: presentUnit(await saveUnit(commandContext(ctx, request), null, request.body)),
    }));
    endpoint(app, contract.updateUnit, manage, async (request) => ({
      unit: presentUnit(
        await saveUnit(commandContext(ctx, request), request.params.unitId, request.body),
      ),
    }));
    endpoint(app, contract.recordActivity, manage, async (request) => ({
      activity: presentActivity(await recordActivity(commandContext(ctx, request), request.body)),
    }));
    endpoint(app, contract.openSelection, run, async (request) => {
      const cmd = commandContext(ctx, request);
      return selection(cmd.villageId, await openSelection(cmd, request.body));
    });
    endpoint(app, contract.nominate, nominating, async (request) => {
      const cmd = commandContext(ctx, request);
      const runs = can(cmd.actor!, 'runSelections', villageOf(request).scope);
      const { selectionId } = request.params;
      await nominate(cmd, selectionId, request.body, runs);
      return selection(cmd.villageId, selectionId);
    });
    endpoint(app, contract.recordSelectionVote, run, async (request) => {
      const cmd = commandContext(ctx, request);
      await recordVote(cmd, request.params.selectionId, request.body);
      return selection(cmd.villageId, request.params.selectionId);
    });
    endpoint(app, contract.reviewSelection, run, async (request) => {
      const cmd = commandContext(ctx, request);
      await reviewSelection(cmd, request.params.selectionId, request.body);
      return selection(cmd.villageId, request.params.selectionId);
    });
    endpoint(app, contract.publishSelection, run, async (request) => {
      const cmd = commandContext(ctx, request);
      await publishSelection(cmd, request.params.selectionId);
      return selection(cmd.villageId, request.params.selectionId);
    });
    endpoint(app, contract.getHonoursRoll, read, async (request) =>
      honoursRoll(ctx, villageOf(request).row.id, request.query.year),
    );
  };
