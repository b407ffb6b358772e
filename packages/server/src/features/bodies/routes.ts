import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/bodies';
import type { AppContext } from '../../platform/http/context.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { appointMember } from './commands/appointMember.ts';
import { endMembership } from './commands/endMembership.ts';
import { openTerm } from './commands/openTerm.ts';

const writeBodies = { kind: 'village', ability: 'writeBodies' } as const;

export const bodyRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.openTerm, writeBodies, async (request) => {
      const term = await openTerm(commandContext(ctx, request), {
        bodyId: request.params.bodyId,
        ...request.body,
      });
      return { term };
    });

    endpoint(app, contract.appointMember, writeBodies, async (request) => {
      const membership = await appointMember(commandContext(ctx, request), {
        bodyId: request.params.bodyId,
        ...request.body,
      });
      return { membership };
    });

    endpoint(app, contract.endMembership, writeBodies, async (request) => {
      const { bodyId, membershipId } = request.params;
      const membership = await endMembership(commandContext(ctx, request), {
        bodyId,
        membershipId,
        ...request.body,
      });
      return { membership };
    });
  };
