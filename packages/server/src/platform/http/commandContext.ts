import type { FastifyRequest } from 'fastify';
import type { CommandContext } from '../command.ts';
import type { AppContext } from './context.ts';
import { villageOf } from './access.ts';
import { requestLocale } from './locale.ts';
import { requireSignedIn } from './session.ts';

/** The command context of a guarded village route: its village, the signed-in actor, the reader's language. */
export function commandContext(app: AppContext, request: FastifyRequest): CommandContext {
  const { row } = villageOf(request);
  const { account, actor } = requireSignedIn(request);
  return {
    ...app,
    villageId: row.id,
    actorAccountId: account.id,
    personId: actor.home?.villageId === row.id ? actor.home.personId : null,
    actor,
    locale: requestLocale(request),
  };
}
