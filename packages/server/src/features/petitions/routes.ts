import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/petitions';
import { XLSX } from '@cunzhi/contract/finance';
import { villageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { sendFile } from '../../platform/http/download.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { registerPetition } from './commands/registerPetition.ts';
import { stepPetition } from './commands/stepPetition.ts';
import {
  departmentsOf,
  detail,
  earlierOf,
  ledgerWorkbook,
  letterOf,
  officeLedgerWorkbook,
  officeList,
  villageList,
} from './views.ts';

const read = { kind: 'village', ability: 'readPetitions' } as const;
const register = { kind: 'village', ability: 'registerPetitions' } as const;
const handle = { kind: 'village', ability: 'handlePetitions' } as const;
const signedIn = { kind: 'signedIn' } as const;

/**
 * 信访 (features/petitions): the village registers and forwards; the town's petition office and
 * the department it hands a petition to take the other steps through the same village routes
 * (the guard lets town and county officials in; the machine checks each step's role). The office
 * reads every village's forwarded petitions at /api/petitions/office.
 */
export const petitionsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listPetitions, read, async (request) => {
      const { row, scope } = villageOf(request);
      const { actor } = requireSignedIn(request);
      const abilities = villageAbilities(actor, scope);
      return {
        ...(await villageList(ctx, actor, row.id, request.query.status ?? 'open')),
        may: { register: abilities.registerPetitions, export: abilities.readPetitions },
      };
    });
    endpoint(app, contract.officePetitions, signedIn, async (request) =>
      officeList(ctx, requireSignedIn(request).actor, request.query.status ?? 'open'),
    );
    endpoint(app, contract.exportOfficePetitions, signedIn, async (request, reply) => {
      const { actor, account } = requireSignedIn(request);
      const file = await officeLedgerWorkbook(ctx, { actor, accountId: account.id }, request.query);
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
    endpoint(app, contract.registerPetition, register, async (request) => {
      const { id } = await registerPetition(commandContext(ctx, request), request.body);
      return { petition: (await detail(ctx, request, id)).petition };
    });
    endpoint(app, contract.earlierPetitions, register, async (request) => ({
      items: await earlierOf(ctx, villageOf(request).row.id, request.query.idNumber),
    }));
    endpoint(app, contract.petitionDepartments, handle, async (request) => ({
      items: await departmentsOf(ctx, villageOf(request).scope.townId),
    }));
    endpoint(app, contract.getPetition, read, async (request) => ({
      petition: (await detail(ctx, request, request.params.petitionId)).petition,
    }));
    endpoint(app, contract.stepPetition, read, async (request) => {
      await stepPetition(commandContext(ctx, request), request.params.petitionId, request.body);
      return { petition: (await detail(ctx, request, request.params.petitionId)).petition };
    });
    endpoint(app, contract.getPetitionLetter, read, async (request) => ({
      letter: await letterOf(ctx, request, request.params.petitionId, request.params.kind),
    }));
    endpoint(app, contract.exportPetitions, read, async (request, reply) => {
      const { row } = villageOf(request);
      const { actor, account } = requireSignedIn(request);
      const file = await ledgerWorkbook(ctx, { actor, accountId: account.id }, row, request.query);
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
  };
