import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/points';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { dateField } from '../../platform/fields.ts';
// an award's photos and documents live in the attachments store, under this kind
import './attachments.ts';
import { checkAward, proposeAward } from './commands/awards.ts';
import { decidePointsContest, lodgeContest } from './commands/contest.ts';
import { publishNotice } from './commands/notice.ts';
import { adoptSchemeVersion, draftScheme } from './commands/scheme.ts';
import {
  awardOf,
  awardOfContest,
  ledgerOf,
  noticeOf,
  noticeSheetOf,
  overviewOf,
  ownHouseholdOf,
  rankingOf,
  schemesToday,
} from './reads.ts';

const read = { kind: 'village', ability: 'readPoints' } as const;
const manage = { kind: 'village', ability: 'managePointsScheme' } as const;
const propose = { kind: 'village', ability: 'proposePointsAwards' } as const;
const check = { kind: 'village', ability: 'checkPointsAwards' } as const;
const publish = { kind: 'village', ability: 'publishPoints' } as const;
const own = { kind: 'village', ability: 'ownPoints' } as const;

const dayOf = (ctx: AppContext, on: string | undefined) =>
  on ? dateField('on', on) : ctx.clock.today();

/** Scheme versions and their adoption. */
const schemeRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getPoints, read, async (request) => {
      const { row, scope } = villageOf(request);
      const abilities = villageAbilities(requireSignedIn(request).actor, scope);
      return overviewOf(ctx, row.id, abilities);
    });
    endpoint(app, contract.draftScheme, manage, async (request) =>
      draftScheme(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.adoptScheme, manage, async (request) => {
      const cmd = commandContext(ctx, request);
      await adoptSchemeVersion(cmd, request.params.schemeId, request.body);
      const schemes = await schemesToday(ctx, cmd.villageId);
      return { scheme: schemes.find((s) => s.id === request.params.schemeId)! };
    });
  };

/** Awards, notices, contests, the ledger and the ranking. */
const awardRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.proposeAward, propose, async (request) => {
      const cmd = commandContext(ctx, request);
      const { id } = await proposeAward(cmd, request.body);
      return { award: await awardOf(ctx, cmd.villageId, id) };
    });
    endpoint(app, contract.checkAward, check, async (request) => {
      const cmd = commandContext(ctx, request);
      await checkAward(cmd, request.params.awardId, request.body);
      return { award: await awardOf(ctx, cmd.villageId, request.params.awardId) };
    });
    endpoint(app, contract.publishNotice, publish, async (request) => {
      const cmd = commandContext(ctx, request);
      const { id } = await publishNotice(cmd);
      return { notice: await noticeOf(ctx, cmd.villageId, id) };
    });
    endpoint(app, contract.getNoticeSheet, read, async (request) =>
      noticeSheetOf(ctx, villageOf(request).row, request.params.noticeId),
    );
    endpoint(app, contract.lodgePaperContest, publish, async (request) => {
      const cmd = commandContext(ctx, request);
      const { awardId } = request.params;
      await lodgeContest(cmd, { ...request.body, awardId, channel: 'paper' });
      return { award: await awardOf(ctx, cmd.villageId, awardId) };
    });
    endpoint(app, contract.decideContest, publish, async (request) => {
      const cmd = commandContext(ctx, request);
      await decidePointsContest(cmd, request.params.contestId, request.body);
      return { award: await awardOfContest(ctx, cmd.villageId, request.params.contestId) };
    });
    endpoint(app, contract.getHouseholdLedger, read, async (request) =>
      ledgerOf(
        ctx,
        villageOf(request).row.id,
        request.params.householdId,
        dayOf(ctx, request.query.on),
      ),
    );
    endpoint(app, contract.getRanking, read, async (request) =>
      rankingOf(ctx, villageOf(request).row.id, dayOf(ctx, request.query.on)),
    );
  };

/** The villager's own household on the phone. */
async function ownHousehold(ctx: AppContext, request: FastifyRequest) {
  const cmd = commandContext(ctx, request);
  return { cmd, person: await ownHouseholdOf(ctx, cmd.villageId, cmd.personId) };
}

const ownRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getOwnPoints, own, async (request) => {
      const { cmd, person } = await ownHousehold(ctx, request);
      const ledger = await ledgerOf(ctx, cmd.villageId, person.household_id, ctx.clock.today());
      const inForce = (await schemesToday(ctx, cmd.villageId)).find((s) => s.inForce);
      return { ...ledger, contestBody: inForce?.contestBody ?? null };
    });
    endpoint(app, contract.contestOwn, own, async (request) => {
      const { cmd, person } = await ownHousehold(ctx, request);
      await lodgeContest(cmd, {
        awardId: request.params.awardId,
        grounds: request.body.grounds,
        lodgedByPersonId: person.id,
        channel: 'phone',
      });
      return { ok: true as const };
    });
  };

export const pointsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    await app.register(schemeRoutes(ctx));
    await app.register(awardRoutes(ctx));
    await app.register(ownRoutes(ctx));
  };
