import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/services';
import { XLSX } from '@cunzhi/contract/finance';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { sendFile } from '../../platform/http/download.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
// a request's photos and papers live in the attachments store, under this kind
import './attachments.ts';
import { saveServiceItem, saveServiceWindow } from './commands/catalogue.ts';
import { exportServiceLedger, exportTownServiceLedger } from './commands/exportLedger.ts';
import { orderAtCounter, orderOwnService } from './commands/order.ts';
import { stepServiceRequest } from './commands/step.ts';
import { rateOwnRequest, withdrawOwnRequest } from './commands/villager.ts';
import { presentItem, presentWindow } from './present.ts';
import {
  catalogueOf,
  consoleRequest,
  departmentsOf,
  offeredCatalogue,
  ownListOf,
  ownRequest,
  queueOf,
  requestersLike,
  stationOf,
} from './reads.ts';

const read = { kind: 'village', ability: 'readServices' } as const;
const manage = { kind: 'village', ability: 'manageServiceCatalogue' } as const;
const handle = { kind: 'village', ability: 'handleServiceRequests' } as const;
const own = { kind: 'village', ability: 'orderOwnServices' } as const;
// the town's combined sheet: the command answers 403 to any but a government official
const signedIn = { kind: 'signedIn' } as const;

function reader(request: FastifyRequest) {
  const { row, scope } = villageOf(request);
  const { actor, account } = requireSignedIn(request);
  return { village: row, abilities: villageAbilities(actor, scope), accountId: account.id };
}

/** Windows and the catalogue: read by the station and its overseers, kept by the station. */
const catalogueRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getCatalogue, read, async (request) => {
      const r = reader(request);
      const departments = await departmentsOf(ctx, r.village.id);
      return { ...(await catalogueOf(ctx, r.village)), departments, abilities: r.abilities };
    });
    endpoint(app, contract.createWindow, manage, async (request) => ({
      window: presentWindow(
        await saveServiceWindow(commandContext(ctx, request), null, request.body),
      ),
    }));
    endpoint(app, contract.updateWindow, manage, async (request) => ({
      window: presentWindow(
        await saveServiceWindow(
          commandContext(ctx, request),
          request.params.windowId,
          request.body,
        ),
      ),
    }));
    endpoint(app, contract.createItem, manage, async (request) => ({
      item: presentItem(await saveServiceItem(commandContext(ctx, request), null, request.body)),
    }));
    endpoint(app, contract.updateItem, manage, async (request) => ({
      item: presentItem(
        await saveServiceItem(commandContext(ctx, request), request.params.itemId, request.body),
      ),
    }));
  };

/** The queue, a request and its steps, the counter's orders, the 台账. */
const requestRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listRequests, read, async (request) => {
      const r = reader(request);
      const items = await queueOf(ctx, r.village.id, request.query.show ?? 'open');
      return { items, abilities: r.abilities };
    });
    endpoint(app, contract.getRequest, read, async (request) => {
      const r = reader(request);
      return {
        request: await consoleRequest(ctx, r.village.id, request.params.requestId, r),
        stationName: await stationOf(ctx, r.village),
      };
    });
    endpoint(app, contract.orderAtCounter, handle, async (request) =>
      orderAtCounter(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.stepRequest, handle, async (request) => {
      const r = reader(request);
      const { requestId } = request.params;
      await stepServiceRequest(commandContext(ctx, request), requestId, request.body);
      return { request: await consoleRequest(ctx, r.village.id, requestId, r) };
    });
    endpoint(app, contract.listRequesterOptions, handle, async (request) => ({
      items: await requestersLike(ctx, villageOf(request).row.id, request.query.q),
    }));
    endpoint(app, contract.exportTownLedger, signedIn, async (request, reply) => {
      const { actor, account } = requireSignedIn(request);
      const by = { actor, accountId: account.id };
      const file = await exportTownServiceLedger(ctx, by, request.query);
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
    endpoint(app, contract.exportLedger, read, async (request, reply) => {
      const cmd = commandContext(ctx, request);
      const file = await exportServiceLedger(cmd, villageOf(request).row, request.query);
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
  };

/** A villager's own requests on the phone. */
const ownRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getOwnCatalogue, own, async (request) =>
      offeredCatalogue(ctx, villageOf(request).row),
    );
    endpoint(app, contract.listOwnRequests, own, async (request) => {
      const cmd = commandContext(ctx, request);
      return { items: await ownListOf(ctx, cmd.villageId, cmd.personId) };
    });
    endpoint(app, contract.getOwnRequest, own, async (request) => {
      const cmd = commandContext(ctx, request);
      return {
        request: await ownRequest(ctx, cmd.villageId, request.params.requestId, cmd.personId),
      };
    });
    endpoint(app, contract.orderOwn, own, async (request) =>
      orderOwnService(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.rateOwn, own, async (request) => {
      const cmd = commandContext(ctx, request);
      await rateOwnRequest(cmd, request.params.requestId, request.body);
      return {
        request: await ownRequest(ctx, cmd.villageId, request.params.requestId, cmd.personId),
      };
    });
    endpoint(app, contract.withdrawOwn, own, async (request) => {
      const cmd = commandContext(ctx, request);
      await withdrawOwnRequest(cmd, request.params.requestId);
      return {
        request: await ownRequest(ctx, cmd.villageId, request.params.requestId, cmd.personId),
      };
    });
  };

export const servicesRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    await app.register(catalogueRoutes(ctx));
    await app.register(requestRoutes(ctx));
    await app.register(ownRoutes(ctx));
  };
