import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { can, canReadHousehold, villageAbilities } from '@cunzhi/core/policies/village';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { closeRelativesOf, loadKinNeighbourhood } from './queries/kinGraph.ts';
import { recordKinTie } from './commands/recordKinTie.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { parseInput } from '../../platform/http/errors.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { addPerson, createHousehold, updateHousehold, updatePerson } from './commands/registry.ts';
import { resetPassword } from '../auth/commands/resetPassword.ts';
import { findHousehold, searchHouseholds } from './repository/households.ts';
import { findPerson, listHouseholdMembers, searchPersons } from './repository/persons.ts';
import { auditEventsFor } from '../../platform/audit/repository.ts';
import { maskChanges, presentPerson } from './present.ts';
import {
  HouseholdInput,
  HouseholdParams,
  HouseholdPatch,
  HouseholdQuery,
  PersonInput,
  PersonParams,
  PersonPatch,
  PersonQuery,
  KinTieInput,
  RelativesQuery,
} from './schema.ts';

const readVillage = { access: { kind: 'village', ability: 'readVillage' } } as const;
const readRegistry = { access: { kind: 'village', ability: 'readRegistry' } } as const;
const writeRegistry = { access: { kind: 'village', ability: 'writeRegistry' } } as const;

export const registryRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const who = (request: FastifyRequest) => ({
      villageId: villageOf(request).row.id,
      actorAccountId: requireSignedIn(request).account.id,
    });
    const mayViewIds = (request: FastifyRequest) =>
      can(requireSignedIn(request).actor, 'viewResidentIdNumbers', villageOf(request).scope);

    /** A household's page: the registry readers, or a villager for their own household. */
    async function readableHousehold(request: FastifyRequest, householdId: string) {
      const { row, scope } = villageOf(request);
      const household = await findHousehold(ctx.db, row.id, householdId);
      if (!household) throw new DomainError('not_found', { what: 'household' });
      const members = await listHouseholdMembers(ctx.db, row.id, householdId);
      if (
        !canReadHousehold(requireSignedIn(request).actor, scope, {
          id: householdId,
          memberIds: members.map((m) => m.id),
        })
      ) {
        throw new DomainError('forbidden');
      }
      return { household, members };
    }

    app.get('/api/villages/:villageId/households', { config: readRegistry }, async (request) => {
      const s = parseInput(HouseholdQuery, request.query);
      const { rows, total } = await searchHouseholds(ctx.db, villageOf(request).row.id, {
        q: s.q,
        groupId: s.groupId ?? null,
        gridId: s.gridId ?? null,
        limit: s.pageSize,
        offset: (s.page - 1) * s.pageSize,
      });
      return {
        total,
        items: rows.map((h) => ({
          id: h.id,
          number: h.number,
          headName: h.head_name,
          groupName: h.group_name,
          gridName: h.grid_name,
          address: h.address,
          memberCount: h.member_count,
        })),
      };
    });

    app.get(
      '/api/villages/:villageId/households/:householdId',
      { config: readVillage },
      async (request) => {
        const { householdId } = parseInput(HouseholdParams, request.params);
        const { household, members } = await readableHousehold(request, householdId);
        const today = ctx.clock.today();
        const own = members.some((m) => m.id === requireSignedIn(request).actor.home?.personId);
        return {
          household: {
            id: household.id,
            number: household.number,
            villagerGroupId: household.villager_group_id,
            gridId: household.grid_id,
            address: household.address,
            version: household.version,
          },
          // a villager sees the full ID numbers of their own household
          members: members.map((m) => presentPerson(m, today, mayViewIds(request) || own)),
          abilities: villageAbilities(requireSignedIn(request).actor, villageOf(request).scope),
        };
      },
    );

    app.post(
      '/api/villages/:villageId/households',
      { config: writeRegistry },
      async (request, reply) => {
        const body = parseInput(HouseholdInput, request.body);
        const result = await createHousehold(ctx, who(request), {
          ...body,
          gridId: body.gridId ?? null,
        });
        return reply.status(201).send(result);
      },
    );

    app.patch(
      '/api/villages/:villageId/households/:householdId',
      { config: writeRegistry },
      async (request) => {
        const { householdId } = parseInput(HouseholdParams, request.params);
        return {
          household: await updateHousehold(
            ctx,
            who(request),
            householdId,
            parseInput(HouseholdPatch, request.body),
          ),
        };
      },
    );

    app.post(
      '/api/villages/:villageId/households/:householdId/persons',
      { config: writeRegistry },
      async (request, reply) => {
        const { householdId } = parseInput(HouseholdParams, request.params);
        const person = await addPerson(
          ctx,
          who(request),
          householdId,
          parseInput(PersonInput, request.body),
        );
        return reply.status(201).send({
          person: { id: person.id, householdId: person.householdId, version: person.version },
        });
      },
    );

    app.get('/api/villages/:villageId/persons', { config: readRegistry }, async (request) => {
      const s = parseInput(PersonQuery, request.query);
      const { rows, total } = await searchPersons(ctx.db, villageOf(request).row.id, {
        q: s.q,
        residenceStatus: s.residenceStatus ?? null,
        partyMember: s.partyMember === undefined ? null : s.partyMember === 'true',
        limit: s.pageSize,
        offset: (s.page - 1) * s.pageSize,
      });
      const today = ctx.clock.today();
      return { total, items: rows.map((p) => presentPerson(p, today, mayViewIds(request))) };
    });

    async function readablePerson(request: FastifyRequest) {
      const { personId } = parseInput(PersonParams, request.params);
      const person = await findPerson(ctx.db, villageOf(request).row.id, personId);
      if (!person) throw new DomainError('not_found', { what: 'person' });
      const { members } = await readableHousehold(request, person.household_id);
      const own = members.some((m) => m.id === requireSignedIn(request).actor.home?.personId);
      return { person, showIds: mayViewIds(request) || own };
    }

    app.get(
      '/api/villages/:villageId/persons/:personId',
      { config: readVillage },
      async (request) => {
        const { person, showIds } = await readablePerson(request);
        return {
          person: presentPerson(person, ctx.clock.today(), showIds),
          abilities: villageAbilities(requireSignedIn(request).actor, villageOf(request).scope),
        };
      },
    );

    app.patch(
      '/api/villages/:villageId/persons/:personId',
      { config: writeRegistry },
      async (request) => {
        const { personId } = parseInput(PersonParams, request.params);
        const updated = await updatePerson(
          ctx,
          who(request),
          personId,
          parseInput(PersonPatch, request.body),
        );
        const row = await findPerson(ctx.db, villageOf(request).row.id, updated.id);
        if (!row) throw new DomainError('not_found', { what: 'person' });
        return { person: presentPerson(row, ctx.clock.today(), mayViewIds(request)) };
      },
    );

    app.get(
      '/api/villages/:villageId/persons/:personId/history',
      { config: readVillage },
      async (request) => {
        const { person, showIds } = await readablePerson(request);
        const events = await auditEventsFor(ctx.db, villageOf(request).row.id, 'person', person.id);
        return {
          items: events.map((e) => {
            const data = (e.data ?? {}) as {
              changes?: Record<string, { from: unknown; to: unknown }>;
            };
            return {
              seq: e.seq,
              action: e.action,
              actorName: e.actor_name,
              occurredAt: e.occurred_at,
              changes: data.changes ? maskChanges(data.changes, showIds) : {},
            };
          }),
        };
      },
    );

    app.get(
      '/api/villages/:villageId/close-relatives',
      { config: readRegistry },
      async (request) => {
        const { a, b } = parseInput(RelativesQuery, request.query);
        const { graph } = await loadKinNeighbourhood(ctx.db, villageOf(request).row.id, [a, b]);
        return { relation: closeRelation(graph, a, b) };
      },
    );

    app.get(
      '/api/villages/:villageId/persons/:personId/relatives',
      { config: readVillage },
      async (request) => {
        const { person } = await readablePerson(request);
        const relatives = await closeRelativesOf(ctx.db, villageOf(request).row.id, person.id);
        return {
          items: relatives.map((r) => ({
            personId: r.person.id,
            name: r.person.name,
            householdId: r.person.household_id,
            relation: r.relation,
          })),
        };
      },
    );

    app.post(
      '/api/villages/:villageId/kin-ties',
      { config: writeRegistry },
      async (request, reply) => {
        const tie = await recordKinTie(ctx, who(request), parseInput(KinTieInput, request.body));
        return reply.status(201).send({ tie });
      },
    );

    app.post(
      '/api/villages/:villageId/persons/:personId/reset-password',
      { config: { access: { kind: 'village', ability: 'resetPasswords' } } },
      async (request) => {
        const { personId } = parseInput(PersonParams, request.params);
        return resetPassword(ctx, { ...who(request), personId });
      },
    );
  };
