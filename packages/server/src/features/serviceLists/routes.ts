import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { projectActors } from '@cunzhi/core/serviceLists/projects';
import { quarterContaining, type Quarter } from '@cunzhi/core/serviceLists/quarters';
import * as contract from '@cunzhi/contract/serviceLists';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { addNeed } from './commands/addNeed.ts';
import { amendProject } from './commands/amendProject.ts';
import { addResource } from './commands/addResource.ts';
import { designProject } from './commands/designProject.ts';
import { publishLists } from './commands/publishLists.ts';
import { removeListItem } from './commands/removeListItem.ts';
import { stepProject } from './commands/stepProject.ts';
import { listsPage, publishedLists, townLists } from './queries.ts';

const read = { kind: 'village', ability: 'readServiceLists' } as const;
const manage = { kind: 'village', ability: 'manageServiceLists' } as const;
const readPublished = { kind: 'village', ability: 'readPublishedServiceLists' } as const;

const actorOf = (request: FastifyRequest) => requireSignedIn(request).actor;

/** The quarter asked for (?year=2026&quarter=4), else today's. */
function askedQuarter(ctx: AppContext, query: { year?: number; quarter?: number }): Quarter {
  const { year, quarter } = query;
  return year && quarter ? { year, quarter } : quarterContaining(ctx.clock.today());
}

/** The quarter's lists as the reader sees them after a change or on opening. */
function page(ctx: AppContext, request: FastifyRequest, q: Quarter) {
  return listsPage(ctx, villageOf(request).row, q, actorOf(request));
}

/** 三清单 (seed 004): the village's lists and projects, and the town's view of them. */
export const serviceListsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getServiceLists, read, async (request) => {
      const { year, quarter } = request.query;
      const q = year && quarter ? { year, quarter } : quarterContaining(ctx.clock.today());
      return page(ctx, request, q);
    });

    endpoint(app, contract.getPublishedServiceLists, readPublished, async (request) => {
      const q = askedQuarter(ctx, request.query);
      return publishedLists(ctx, villageOf(request).row, q, actorOf(request));
    });

    endpoint(app, contract.addServiceNeed, manage, async (request) => {
      await addNeed(commandContext(ctx, request), request.body);
      return page(ctx, request, request.body);
    });

    endpoint(app, contract.removeServiceNeed, manage, async (request) => {
      const q = await removeListItem(commandContext(ctx, request), {
        list: 'need',
        id: request.params.needId,
      });
      return page(ctx, request, q);
    });

    endpoint(app, contract.addServiceResource, manage, async (request) => {
      await addResource(commandContext(ctx, request), request.body);
      return page(ctx, request, request.body);
    });

    endpoint(app, contract.removeServiceResource, manage, async (request) => {
      const q = await removeListItem(commandContext(ctx, request), {
        list: 'resource',
        id: request.params.resourceId,
      });
      return page(ctx, request, q);
    });

    endpoint(app, contract.publishServiceLists, manage, async (request) => {
      await publishLists(commandContext(ctx, request), request.body);
      return page(ctx, request, request.body);
    });

    endpoint(app, contract.designServiceProject, manage, async (request) => {
      const p = await designProject(commandContext(ctx, request), request.body);
      return { project: await projectView(ctx, request, p) };
    });

    endpoint(app, contract.amendServiceProject, manage, async (request) => {
      const { version, ...design } = request.body;
      const p = await amendProject(commandContext(ctx, request), {
        projectId: request.params.projectId,
        roles: projectActors(actorOf(request), villageOf(request).scope),
        version,
        design,
      });
      return { project: await projectView(ctx, request, p) };
    });

    // the committees' steps and the town's: the machine says which the reader may take
    endpoint(app, contract.stepServiceProject, read, async (request) => {
      const { version, on, ...step } = request.body;
      const p = await stepProject(commandContext(ctx, request), {
        projectId: request.params.projectId,
        roles: projectActors(actorOf(request), villageOf(request).scope),
        version,
        on,
        step,
      });
      return { project: await projectView(ctx, request, p) };
    });

    endpoint(app, contract.townServiceLists, { kind: 'signedIn' }, async (request) => {
      const { actor } = requireSignedIn(request);
      // town and county officials only: a village's own lists are on its own page
      if (actor.staffScopes.length === 0) throw new DomainError('forbidden');
      return townLists(ctx, actor);
    });
  };

/** A project as it stands after a change, presented with its quarter's lists. */
async function projectView(
  ctx: AppContext,
  request: FastifyRequest,
  p: { id: string; year: number; quarter: number },
) {
  const lists = await page(ctx, request, p);
  const project = lists.projects.find((x) => x.id === p.id);
  if (!project) throw new DomainError('not_found', { what: 'serviceProject' });
  return project;
}
