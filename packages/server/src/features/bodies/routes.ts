import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { parseInput } from '../../platform/http/errors.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { appointMember, endMembership, openTerm } from './commands/bodyTerms.ts';

const TermBody = z.object({
  startsOn: z.string().min(1).max(10),
  endsOn: z.string().min(1).max(10),
});
const MemberBody = z.object({
  personId: z.uuid(),
  termId: z.uuid(),
  role: z.string().min(1).max(30),
  startsOn: z.string().min(1).max(10),
});
const EndBody = z.object({ endedOn: z.string().min(1).max(10) });
const BodyParams = z.object({ villageId: z.uuid(), bodyId: z.uuid() });
const MembershipParams = BodyParams.extend({ membershipId: z.uuid() });

const writeBodies = { access: { kind: 'village', ability: 'writeBodies' } } as const;

export const bodyRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const who = (request: Parameters<typeof requireSignedIn>[0]) => ({
      villageId: villageOf(request).row.id,
      actorAccountId: requireSignedIn(request).account.id,
    });

    app.post(
      '/api/villages/:villageId/bodies/:bodyId/terms',
      { config: writeBodies },
      async (request, reply) => {
        const { bodyId } = parseInput(BodyParams, request.params);
        const term = await openTerm(ctx, who(request), {
          bodyId,
          ...parseInput(TermBody, request.body),
        });
        return reply.status(201).send({ term });
      },
    );

    app.post(
      '/api/villages/:villageId/bodies/:bodyId/members',
      { config: writeBodies },
      async (request, reply) => {
        const { bodyId } = parseInput(BodyParams, request.params);
        const membership = await appointMember(ctx, who(request), {
          bodyId,
          ...parseInput(MemberBody, request.body),
        });
        return reply.status(201).send({ membership });
      },
    );

    app.post(
      '/api/villages/:villageId/bodies/:bodyId/members/:membershipId/end',
      { config: writeBodies },
      async (request) => {
        const { bodyId, membershipId } = parseInput(MembershipParams, request.params);
        const membership = await endMembership(ctx, who(request), {
          bodyId,
          membershipId,
          ...parseInput(EndBody, request.body),
        });
        return { membership };
      },
    );
  };
