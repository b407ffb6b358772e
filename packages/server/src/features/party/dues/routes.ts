import type { FastifyPluginAsync } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/partyDues';
import { XLSX } from '@cunzhi/contract/finance';
import type { AppContext } from '../../../platform/http/context.ts';
import { villageOf } from '../../../platform/http/access.ts';
import { commandContext } from '../../../platform/http/commandContext.ts';
import { sendFile } from '../../../platform/http/download.ts';
import { endpoint } from '../../../platform/http/endpoint.ts';
import { requestLocale } from '../../../platform/http/locale.ts';
import { requireSignedIn } from '../../../platform/http/session.ts';
import { DomainError } from '@cunzhi/core/errors';
import { exportStatement, exportTownStatement } from './commands/exportStatement.ts';
import { publishDuesNotice } from './commands/publishDuesNotice.ts';
import { recordBasis } from './commands/recordBasis.ts';
import { recordPayment } from './commands/recordPayment.ts';
import { duesOverview, ownDues, statementOf } from './reads.ts';

const read = { kind: 'village', ability: 'readPartyDues' } as const;
const manage = { kind: 'village', ability: 'managePartyDues' } as const;
const own = { kind: 'village', ability: 'ownPartyDues' } as const;

/** 党费: the branch's page, bases and payments, the year's statement, 党务公开, a member's own. */
export const partyDuesRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getDues, read, async (request) => {
      const { row, scope } = villageOf(request);
      const abilities = villageAbilities(requireSignedIn(request).actor, scope);
      const overview = await duesOverview(
        ctx.db,
        row.id,
        ctx.clock.today(),
        requestLocale(request),
      );
      return { ...overview, canManage: abilities.managePartyDues };
    });
    endpoint(app, contract.recordDuesBasis, manage, async (request) =>
      recordBasis(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.recordDuesPayment, manage, async (request) =>
      recordPayment(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.getDuesStatement, read, async (request) =>
      statementOf(ctx.db, villageOf(request).row, request.query.year, ctx.clock.today()),
    );
    endpoint(app, contract.exportDuesStatement, read, async (request, reply) => {
      const file = await exportStatement(
        commandContext(ctx, request),
        villageOf(request).row,
        request.query.year,
      );
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
    endpoint(
      app,
      contract.exportTownDuesStatement,
      { kind: 'signedIn' },
      async (request, reply) => {
        const { actor, account } = requireSignedIn(request);
        // the town's officials stand for the town Party committee; a village reads its own page
        if (actor.staffScopes.length === 0) throw new DomainError('forbidden');
        const file = await exportTownStatement(
          ctx,
          { actor, accountId: account.id },
          request.query.year,
        );
        return sendFile(reply, { ...file, mediaType: XLSX });
      },
    );
    endpoint(app, contract.publishDuesNotice, manage, async (request) =>
      publishDuesNotice(commandContext(ctx, request), villageOf(request).row, request.body),
    );
    endpoint(app, contract.getOwnDues, own, async (request) =>
      ownDues(
        ctx.db,
        villageOf(request).row.id,
        commandContext(ctx, request).personId,
        ctx.clock.today(),
      ),
    );
  };
