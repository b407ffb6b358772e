import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { can } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/notifications';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { retryDelivery } from './commands/retryDelivery.ts';
import { retryMessage } from './commands/retryMessage.ts';
import { setOfficePhone } from './commands/setOfficePhone.ts';
import {
  presentFailedMessage,
  presentHousehold,
  presentNoticeDelivery,
  presentOwnMessage,
  presentTexts,
} from './present.ts';
import {
  failedMessages,
  householdDeliveries,
  noticeDeliveries,
  officePhoneOf,
  noticeDelivery,
  ownMessages,
} from './queries.ts';

const read = { kind: 'village', ability: 'readOutbox' } as const;
const retry = { kind: 'village', ability: 'retryOutbox' } as const;
const own = { kind: 'village', ability: 'readOwnMessages' } as const;

const mayRetry = (request: FastifyRequest) =>
  can(requireSignedIn(request).actor, 'retryOutbox', villageOf(request).scope);

/** The outbox's pages: each notice's delivery for those who publish and oversee, 我的消息 for villagers. */
export const notificationsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listNoticeDeliveries, read, async (request) => {
      const villageId = villageOf(request).row.id;
      const [rows, officePhone] = await Promise.all([
        noticeDeliveries(ctx, villageId),
        officePhoneOf(ctx, villageId),
      ]);
      return { items: rows.map(presentNoticeDelivery), retry: mayRetry(request), officePhone };
    });
    endpoint(app, contract.setOfficePhone, retry, async (request) =>
      setOfficePhone(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.getNoticeDelivery, read, async (request) => {
      const villageId = villageOf(request).row.id;
      const notice = await noticeDelivery(ctx, villageId, request.params.noticeId);
      if (!notice) throw new DomainError('not_found', { what: 'notice' });
      const rows = await householdDeliveries(ctx, villageId, request.params.noticeId);
      return {
        notice: presentNoticeDelivery(notice),
        texts: presentTexts(rows),
        households: rows.map(presentHousehold),
        retry: mayRetry(request),
      };
    });
    endpoint(app, contract.retryNoticeDelivery, retry, async (request) =>
      retryDelivery(commandContext(ctx, request), request.params.noticeId),
    );
    endpoint(app, contract.listFailedMessages, read, async (request) => ({
      items: (await failedMessages(ctx, villageOf(request).row.id)).map(presentFailedMessage),
      retry: mayRetry(request),
    }));
    endpoint(app, contract.retryMessage, retry, async (request) =>
      retryMessage(commandContext(ctx, request), request.params.messageId),
    );
    endpoint(app, contract.listOwnMessages, own, async (request) => {
      const cmd = commandContext(ctx, request);
      if (!cmd.personId) return { items: [] };
      return {
        items: (await ownMessages(ctx, cmd.villageId, cmd.personId)).map(presentOwnMessage),
      };
    });
  };
