import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/matters';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { createMatter } from './commands/createMatter.ts';
import { recordManualStep } from './commands/recordManualStep.ts';
import { withdrawMatter } from './commands/withdrawMatter.ts';
import { createAuthorisation } from './commands/createAuthorisation.ts';
import { revokeAuthorisation } from './commands/revokeAuthorisation.ts';
import {
  authorisationList,
  createdMatter,
  matterList,
  matterPage,
  noticeList,
  noticePage,
  resolutionList,
  resolutionPage,
} from './queries.ts';
import {
  presentAuthorisations,
  presentMatterDetail,
  presentMatterList,
  presentMatterSummary,
  presentNoticeDetail,
  presentNotices,
  presentRecordedSteps,
  presentResolutionDetail,
  presentResolutionList,
} from './present.ts';
import { todaysCheckpoint } from '../../platform/audit/checkpoints.ts';

const readDecisions = { kind: 'village', ability: 'readDecisions' } as const;
const manageMatters = { kind: 'village', ability: 'manageMatters' } as const;

/** What the reader may do here, sent with the page so the UI offers only that. */
const abilities = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

export const matterRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listMatters, readDecisions, async (request) => {
      const village = villageOf(request).row;
      const list = await matterList(ctx, village.id);
      return presentMatterList(list, village.kind, ctx.clock.today(), abilities(request));
    });

    endpoint(app, contract.createMatter, manageMatters, async (request) => {
      const village = villageOf(request).row;
      const created = await createMatter(commandContext(ctx, request), request.body);
      const matter = await createdMatter(ctx, village.id, created.id);
      return { matter: presentMatterSummary(matter, [], village.kind) };
    });

    endpoint(app, contract.getMatter, readDecisions, async (request) => {
      const village = villageOf(request).row;
      const page = await matterPage(ctx, village.id, request.params.matterId, ctx.clock.today());
      return presentMatterDetail(page, village, ctx.config.TIME_ZONE, abilities(request));
    });

    endpoint(app, contract.recordStep, manageMatters, async (request) => {
      const result = await recordManualStep(commandContext(ctx, request), {
        ...request.body,
        matterId: request.params.matterId,
      });
      return presentRecordedSteps(result);
    });

    endpoint(app, contract.withdrawMatter, manageMatters, async (request) => ({
      matter: await withdrawMatter(commandContext(ctx, request), {
        matterId: request.params.matterId,
        reason: request.body.reason,
      }),
    }));

    endpoint(app, contract.listNotices, readDecisions, async (request) => {
      const village = villageOf(request).row;
      const { notices, links } = await noticeList(ctx, village.id, request.query.limit);
      return { items: presentNotices(notices, village, links) };
    });

    endpoint(app, contract.getNotice, readDecisions, async (request) => {
      const village = villageOf(request).row;
      const page = await noticePage(ctx, village.id, request.params.noticeId);
      return presentNoticeDetail(page, village, await todaysCheckpoint(ctx, village.id));
    });

    endpoint(app, contract.listResolutions, readDecisions, async (request) => {
      const village = villageOf(request).row;
      return presentResolutionList(
        await resolutionList(ctx, village.id, request.query.limit),
        village,
      );
    });

    endpoint(app, contract.getResolution, readDecisions, async (request) => {
      const village = villageOf(request).row;
      const page = await resolutionPage(ctx, village.id, request.params.resolutionId);
      return presentResolutionDetail(page, village);
    });

    endpoint(app, contract.listAuthorisations, readDecisions, async (request) => {
      const village = villageOf(request).row;
      const list = await authorisationList(ctx, village.id);
      return presentAuthorisations(list, village, ctx.clock.today(), abilities(request));
    });

    endpoint(app, contract.createAuthorisation, manageMatters, async (request) => {
      const authorisation = await createAuthorisation(commandContext(ctx, request), request.body);
      return { authorisation };
    });

    endpoint(app, contract.revokeAuthorisation, manageMatters, async (request) => ({
      authorisation: await revokeAuthorisation(commandContext(ctx, request), {
        authorisationId: request.params.authorisationId,
        revokedOn: request.body.revokedOn,
      }),
    }));
  };
