import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/collectiveBooks';
import { villageAbilities } from '@cunzhi/core/policies/village';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { AppContext } from '../../../platform/http/context.ts';
import { villageOf } from '../../../platform/http/access.ts';
import { commandContext } from '../../../platform/http/commandContext.ts';
import { endpoint } from '../../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../../platform/http/session.ts';
import { closeBankAccount, openBankAccount } from './commands/bankAccounts.ts';
import { bookOrgVoucher } from './commands/bookOrgVoucher.ts';
import { answerDerivativeRequest, recordDerivativeRequest } from './commands/derivative.ts';
import { mine, overview } from './reads.ts';

const read = { kind: 'village', ability: 'readCollectiveBooks' } as const;
const keep = { kind: 'village', ability: 'keepCollectiveBooks' } as const;
const requests = { kind: 'village', ability: 'recordDerivativeRequests' } as const;
const own = { kind: 'village', ability: 'ownCollective' } as const;

/** The organisation's bank accounts, its own book, the members' requests to sue, a member's page. */
export const collectiveBooksRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.booksOverview, read, async (request) => {
      const { row, scope } = villageOf(request);
      const can = villageAbilities(requireSignedIn(request).actor, scope);
      return overview(ctx.db, row.id, request.query.orgId, ctx.clock.today(), {
        keep: can.keepCollectiveBooks,
        recordRequests: can.recordDerivativeRequests,
      });
    });
    endpoint(app, contract.openAccount, keep, async (request) =>
      openBankAccount(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.closeAccount, keep, async (request) => {
      await closeBankAccount(commandContext(ctx, request), request.params.accountId, request.body);
      return { ok: true as const };
    });
    endpoint(app, contract.bookOrgVoucher, keep, async (request) => {
      const { orgId, ...voucher } = request.body;
      // core's voucher check reads the date and names the field when it is not one
      return bookOrgVoucher(commandContext(ctx, request), orgId, {
        ...voucher,
        on: voucher.on as CalendarDate,
      });
    });
    endpoint(app, contract.recordDerivativeRequest, requests, async (request) =>
      recordDerivativeRequest(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.answerDerivativeRequest, requests, async (request) => {
      const { requestId } = request.params;
      await answerDerivativeRequest(commandContext(ctx, request), requestId, request.body);
      return { ok: true as const };
    });
    endpoint(app, contract.myCollective, own, async (request) => {
      const cmd = commandContext(ctx, request);
      if (!cmd.personId) return { memberships: [] };
      return mine(ctx.db, villageOf(request).row.id, cmd.personId, ctx.clock.today());
    });
  };
