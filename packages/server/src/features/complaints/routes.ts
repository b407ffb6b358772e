import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { visibleHandlers, mayAnswerFor } from '@cunzhi/core/complaints/complaints';
import { DomainError } from '@cunzhi/core/errors';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/complaints';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { answerComplaint } from './commands/answerComplaint.ts';
import { fileOwnComplaint } from './commands/fileOwnComplaint.ts';
import { recordComplaint } from './commands/recordComplaint.ts';
import { revealComplainant } from './commands/revealComplainant.ts';
import { routeReceivedComplaint } from './commands/routeComplaint.ts';
import { cadreOptions, ownComplaints, stationComplaint, stationComplaints } from './queries.ts';
import {
  presentComplaintDetail,
  presentComplaintSummary,
  presentOwnComplaint,
  seatName,
} from './present.ts';

const read = { kind: 'village', ability: 'readComplaints' } as const;
const receive = { kind: 'village', ability: 'receiveComplaints' } as const;
const answer = { kind: 'village', ability: 'answerComplaints' } as const;
const reveal = { kind: 'village', ability: 'revealComplainants' } as const;
const own = { kind: 'village', ability: 'fileOwnComplaints' } as const;
const cadres = { kind: 'village', ability: 'nameComplaintCadres' } as const;

/** The reader's view of the station: their roles, seats and abilities here. */
function viewer(request: FastifyRequest) {
  const { row, scope } = villageOf(request);
  const { actor } = requireSignedIn(request);
  const posts = actor.posts.filter((p) => p.villageId === row.id);
  const roles = rolesIn(actor, scope);
  return {
    villageId: row.id,
    community: row.kind === 'community',
    posts,
    abilities: villageAbilities(actor, scope),
    view: { handlers: visibleHandlers(roles, posts) },
  };
}

/** A complaint's page as this reader sees it, with what they may do now; 404 if not theirs to see. */
async function detail(ctx: AppContext, request: FastifyRequest, complaintId: string) {
  const v = viewer(request);
  const row = await stationComplaint(ctx, v.villageId, complaintId, v.view);
  if (!row) throw new DomainError('not_found', { what: 'complaint' });
  return presentComplaintDetail(
    row,
    ctx.clock.today(),
    {
      route: v.abilities.receiveComplaints && row.status === 'received',
      answer:
        v.abilities.answerComplaints &&
        row.status === 'assigned' &&
        row.handler !== null &&
        mayAnswerFor(row.handler, v.posts),
      revealComplainant: v.abilities.revealComplainants && !row.anonymous,
    },
    v.community,
  );
}

export const complaintsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listComplaints, read, async (request) => {
      const v = viewer(request);
      const rows = await stationComplaints(ctx, v.villageId, v.view);
      const today = ctx.clock.today();
      const items = rows.map((r) => presentComplaintSummary(r, today, v.community));
      return { items, abilities: v.abilities };
    });
    endpoint(app, contract.getComplaint, read, async (request) => ({
      complaint: await detail(ctx, request, request.params.complaintId),
    }));
    endpoint(app, contract.recordComplaint, receive, async (request) =>
      recordComplaint(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.routeComplaint, receive, async (request) => {
      const cmd = commandContext(ctx, request);
      const { complaintId } = request.params;
      return { routed: await routeReceivedComplaint(cmd, { complaintId, ...request.body }) };
    });
    endpoint(app, contract.answerComplaint, answer, async (request) => {
      const { complaintId } = request.params;
      // only a complaint the reader can see can be answered: the same 404 as reading it
      await detail(ctx, request, complaintId);
      await answerComplaint(commandContext(ctx, request), { complaintId, ...request.body });
      return { complaint: await detail(ctx, request, complaintId) };
    });
    endpoint(app, contract.revealComplainant, reveal, async (request) =>
      revealComplainant(commandContext(ctx, request), request.params.complaintId, false),
    );
    endpoint(app, contract.listComplaintCadres, cadres, async (request) => {
      const { row: village } = villageOf(request);
      const community = village.kind === 'community';
      const rows = await cadreOptions(ctx, village.id, ctx.clock.today());
      return {
        items: rows.map((r) => ({
          personId: r.person_id,
          name: r.name,
          seats: r.seats.map((s) => seatName(s.kind, s.role, community)),
        })),
      };
    });
    endpoint(app, contract.listOwnComplaints, own, async (request) => {
      const cmd = commandContext(ctx, request);
      if (!cmd.personId) return { items: [] };
      const rows = await ownComplaints(ctx, cmd.villageId, cmd.personId);
      const community = villageOf(request).row.kind === 'community';
      return { items: rows.map(({ row, town }) => presentOwnComplaint(row, town, community)) };
    });
    endpoint(app, contract.fileOwnComplaint, own, async (request) =>
      fileOwnComplaint(commandContext(ctx, request), request.body),
    );
  };
