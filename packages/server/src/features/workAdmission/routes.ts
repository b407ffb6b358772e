import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { publishingCounties, sendingTowns } from '@cunzhi/core/workAdmission/staff';
import * as contract from '@cunzhi/contract/workAdmission';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { decideTask } from './commands/decideTask.ts';
import { publishLists } from './commands/publishLists.ts';
import { sendTask } from './commands/sendTask.ts';
import type { StaffAct } from './commands/staffAct.ts';
import { byTownFor, overviewFor, tasksFor, versionsWithItems, villageView } from './reads.ts';

const signedIn = { kind: 'signedIn' } as const;

/**
 * The county's and the towns' side: officials only (a villager is refused before the body is
 * read); publishing needs the county's government, sending a town's (core/workAdmission/staff).
 */
const staffRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const act = (request: FastifyRequest): StaffAct => {
      const { actor, account } = requireSignedIn(request);
      return { ...ctx, actor, accountId: account.id };
    };
    app.addHook('preValidation', async (request) => {
      const { actor } = requireSignedIn(request);
      if (actor.kind !== 'staff' || actor.staffScopes.length === 0)
        throw new DomainError('forbidden');
      const post = request.method === 'POST';
      if (post && request.url.endsWith('/lists') && publishingCounties(actor).length === 0)
        throw new DomainError('forbidden');
      if (post && request.url.endsWith('/tasks') && sendingTowns(actor).length === 0)
        throw new DomainError('forbidden');
    });
    endpoint(app, contract.getOverview, signedIn, async (request) =>
      overviewFor(ctx, act(request).actor),
    );
    endpoint(app, contract.publishLists, signedIn, async (request) => {
      const { versionId, countyId } = await publishLists(act(request), request.body);
      const version = (await versionsWithItems(ctx, [countyId])).find((v) => v.id === versionId);
      if (!version) throw new Error('published version not found');
      return { version };
    });
    endpoint(app, contract.sendTask, signedIn, async (request) =>
      sendTask(act(request), request.body),
    );
    endpoint(app, contract.listTasks, signedIn, async (request) =>
      tasksFor(ctx, act(request).actor, request.query.decision ?? 'all'),
    );
    endpoint(app, contract.countsByTown, signedIn, async (request) =>
      byTownFor(ctx, act(request).actor, request.query.year),
    );
  };

/**
 * Work-item admission (features/workAdmission): the county's lists and counts, the town's
 * sending and its refused tasks, and in each village the tasks with the committee's decision.
 */
export const workAdmissionRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    await app.register(staffRoutes(ctx));
    endpoint(
      app,
      contract.listVillageTasks,
      { kind: 'village', ability: 'readWorkTasks' },
      async (request) => {
        const { row, scope } = villageOf(request);
        const { actor } = requireSignedIn(request);
        return {
          ...(await villageView(ctx, row.id, scope.countyId)),
          abilities: { decide: villageAbilities(actor, scope).decideWorkTasks },
        };
      },
    );
    endpoint(
      app,
      contract.decideTask,
      { kind: 'village', ability: 'decideWorkTasks' },
      async (request) => ({
        task: await decideTask(commandContext(ctx, request), request.params.taskId, request.body),
      }),
    );
  };
