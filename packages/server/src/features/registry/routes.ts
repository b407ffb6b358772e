import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/registry';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { resetPassword } from '../auth/commands/resetPassword.ts';
import { addPerson } from './commands/addPerson.ts';
import { createHousehold } from './commands/createHousehold.ts';
import { recordKinTie } from './commands/recordKinTie.ts';
import { updateHousehold } from './commands/updateHousehold.ts';
import { updatePerson } from './commands/updatePerson.ts';
import {
  closeRelation,
  householdList,
  householdPage,
  mayViewIds,
  personHistory,
  personList,
  personNow,
  personPage,
  personRelatives,
  type Reader,
} from './queries/pages.ts';
import {
  presentHistoryItem,
  presentHousehold,
  presentHouseholdListItem,
  presentPerson,
  presentRelative,
} from './present.ts';

const readVillage = { kind: 'village', ability: 'readVillage' } as const;
const readRegistry = { kind: 'village', ability: 'readRegistry' } as const;
const writeRegistry = { kind: 'village', ability: 'writeRegistry' } as const;

const readerOf = (request: FastifyRequest): Reader => ({
  actor: requireSignedIn(request).actor,
  scope: villageOf(request).scope,
});
const abilitiesOf = (request: FastifyRequest) => {
  const { actor, scope } = readerOf(request);
  return villageAbilities(actor, scope);
};

function householdEndpoints(app: FastifyInstance, ctx: AppContext) {
  endpoint(app, contract.listHouseholds, readRegistry, async (request) => {
    const { rows, total } = await householdList(ctx, readerOf(request), request.query);
    return { total, items: rows.map(presentHouseholdListItem) };
  });

  endpoint(app, contract.getHousehold, readVillage, async (request) => {
    const { household, members } = await householdPage(
      ctx,
      readerOf(request),
      request.params.householdId,
    );
    const today = ctx.clock.today();
    return {
      household: presentHousehold(household),
      // a table serves with masked numbers, whoever reads it (the person's page has the rest)
      members: members.map((m) => presentPerson(m, today, false)),
      abilities: abilitiesOf(request),
    };
  });

  endpoint(app, contract.createHousehold, writeRegistry, async (request) => {
    const { gridId, ...household } = request.body;
    const result = await createHousehold(commandContext(ctx, request), {
      ...household,
      gridId: gridId ?? null,
    });
    return result;
  });

  endpoint(app, contract.updateHousehold, writeRegistry, async (request) => ({
    household: await updateHousehold(commandContext(ctx, request), {
      ...request.body,
      householdId: request.params.householdId,
    }),
  }));

  endpoint(app, contract.addPerson, writeRegistry, async (request) => {
    const person = await addPerson(commandContext(ctx, request), {
      householdId: request.params.householdId,
      person: request.body,
    });
    return { person: { id: person.id, householdId: person.householdId, version: person.version } };
  });
}

function personEndpoints(app: FastifyInstance, ctx: AppContext) {
  endpoint(app, contract.listPersons, readRegistry, async (request) => {
    const { rows, total } = await personList(ctx, readerOf(request), request.query);
    const today = ctx.clock.today();
    return { total, items: rows.map((p) => presentPerson(p, today, false)) };
  });

  endpoint(app, contract.getPerson, readVillage, async (request) => {
    const { person, showIds } = await personPage(ctx, readerOf(request), request.params.personId);
    return {
      person: presentPerson(person, ctx.clock.today(), showIds),
      abilities: abilitiesOf(request),
    };
  });

  endpoint(app, contract.updatePerson, writeRegistry, async (request) => {
    const updated = await updatePerson(commandContext(ctx, request), {
      ...request.body,
      personId: request.params.personId,
      editorSeesIds: mayViewIds(readerOf(request)),
    });
    const { person, showIds } = await personNow(ctx, readerOf(request), updated.id);
    return { person: presentPerson(person, ctx.clock.today(), showIds) };
  });

  endpoint(app, contract.personHistory, readVillage, async (request) => {
    const { events, showIds } = await personHistory(
      ctx,
      readerOf(request),
      request.params.personId,
    );
    return { items: events.map((e) => presentHistoryItem(e, showIds)) };
  });

  endpoint(
    app,
    contract.resetPassword,
    { kind: 'village', ability: 'resetPasswords' },
    async (request) =>
      resetPassword(ctx, {
        villageId: villageOf(request).row.id,
        actorAccountId: requireSignedIn(request).account.id,
        personId: request.params.personId,
      }),
  );
}

function kinEndpoints(app: FastifyInstance, ctx: AppContext) {
  endpoint(app, contract.closeRelatives, readRegistry, async (request) => {
    const { a, b } = request.query;
    return { relation: await closeRelation(ctx, villageOf(request).row.id, a, b) };
  });

  endpoint(app, contract.personRelatives, readVillage, async (request) => {
    const relatives = await personRelatives(ctx, readerOf(request), request.params.personId);
    return { items: relatives.map(presentRelative) };
  });

  endpoint(app, contract.recordKinTie, writeRegistry, async (request) => {
    const tie = await recordKinTie(commandContext(ctx, request), request.body);
    return { tie };
  });
}

export const registryRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    householdEndpoints(app, ctx);
    personEndpoints(app, ctx);
    kinEndpoints(app, ctx);
  };
