import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/party';
import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { abilitiesOf } from '../liaison/reader.ts';
import { createUnit } from './commands/createUnit.ts';
import { memberLeave, recordMember, seatCommittee } from './commands/members.ts';
import { recordMeeting } from './commands/recordMeeting.ts';
import { ownPartyRecord, partyBoard, partyMeetingDetail, townParty } from './queries.ts';
import './attachments.ts';

const read = { kind: 'village', ability: 'readParty' } as const;
const manage = { kind: 'village', ability: 'manageParty' } as const;
const own = { kind: 'village', ability: 'ownParty' } as const;

/** The village Party organisation: units, members, seats, 三会一课; the town's overdue list. */
export const partyRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.partyBoard, read, async (request) => ({
      ...(await partyBoard(ctx, villageOf(request).row.id, requestLocale(request))),
      abilities: abilitiesOf(request),
    }));
    endpoint(app, contract.createPartyUnit, manage, async (request) =>
      createUnit(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.recordPartyMember, manage, async (request) => {
      await recordMember(commandContext(ctx, request), request.params.personId, request.body);
      return { ok: true as const };
    });
    endpoint(app, contract.removePartyMember, manage, async (request) => {
      await memberLeave(commandContext(ctx, request), request.params.personId, request.body);
      return { ok: true as const };
    });
    endpoint(app, contract.seatPartyCommittee, manage, async (request) =>
      seatCommittee(commandContext(ctx, request), request.params.unitId, request.body),
    );
    endpoint(app, contract.recordPartyMeeting, manage, async (request) =>
      recordMeeting(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.partyMeeting, read, async (request) =>
      partyMeetingDetail(ctx, villageOf(request).row.id, request.params.meetingId),
    );
    endpoint(app, contract.ownPartyRecord, own, async (request) => {
      const cmd = commandContext(ctx, request);
      if (!cmd.personId) return { member: null, meetings: [] };
      return ownPartyRecord(ctx, cmd.villageId, cmd.personId);
    });
    endpoint(app, contract.townParty, { kind: 'signedIn' }, async (request) => {
      const { actor } = requireSignedIn(request);
      // the town's officials stand for the town Party committee; a village's own page is its board
      if (actor.staffScopes.length === 0) throw new DomainError('forbidden');
      return townParty(ctx, actor, requestLocale(request));
    });
  };
