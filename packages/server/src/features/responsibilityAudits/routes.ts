import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/responsibilityAudits';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { arrangeAudit } from './commands/arrangeAudit.ts';
import { createAuditDemand } from './commands/createAuditDemand.ts';
import { publishAudit } from './commands/publishAudit.ts';
import { recordAuditPaperSignatures } from './commands/recordAuditPaperSignatures.ts';
import { reportAudit } from './commands/reportAudit.ts';
import { signAuditDemand } from './commands/signAuditDemand.ts';
import { auditsPage, demandState } from './queries.ts';
import { presentAudit, presentAuditDemand, presentAuditsPage } from './present.ts';

const readAudits = { kind: 'village', ability: 'readAudits' } as const;
const recordAudits = { kind: 'village', ability: 'recordAudits' } as const;
const demandAudits = { kind: 'village', ability: 'demandAudits' } as const;
const collect = { kind: 'village', ability: 'collectAuditSignatures' } as const;

const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

/** The reader's own person in this village (a villager's), for "signed by me". */
function personOf(request: FastifyRequest): string | null {
  const { actor } = requireSignedIn(request);
  return actor.home?.villageId === villageOf(request).row.id ? actor.home.personId : null;
}

/** A demand as it stands after a change, with today's base. */
async function demandAnswer(ctx: AppContext, request: FastifyRequest, demandId: string) {
  const villageId = villageOf(request).row.id;
  const today = ctx.clock.today();
  const s = await demandState(ctx, villageId, demandId, today, personOf(request));
  return { demand: presentAuditDemand(s.demand, s.base, s.signedByMe) };
}

/** 经济责任审计 (VCOL-35-AUDIT): audits of the committee's terms and of what villagers demand. */
export const responsibilityAuditRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listAudits, readAudits, async (request) => {
      const today = ctx.clock.today();
      const abilities = abilitiesOf(request);
      const page = await auditsPage(ctx, villageOf(request).row.id, today, {
        personId: personOf(request),
        seesUnpublished: abilities.readUnpublishedAudits,
      });
      return presentAuditsPage(page, today, requestLocale(request), abilities);
    });

    endpoint(app, contract.arrangeAudit, recordAudits, async (request) => ({
      audit: presentAudit(await arrangeAudit(commandContext(ctx, request), request.body)),
    }));

    endpoint(app, contract.reportAudit, recordAudits, async (request) => ({
      audit: presentAudit(
        await reportAudit(commandContext(ctx, request), {
          auditId: request.params.auditId,
          ...request.body,
        }),
      ),
    }));

    endpoint(app, contract.publishAudit, recordAudits, async (request) => ({
      audit: presentAudit(
        await publishAudit(commandContext(ctx, request), {
          auditId: request.params.auditId,
          ...request.body,
        }),
      ),
    }));

    endpoint(app, contract.createAuditDemand, demandAudits, async (request) => {
      const demand = await createAuditDemand(commandContext(ctx, request), request.body);
      return demandAnswer(ctx, request, demand.id);
    });

    endpoint(app, contract.signAuditDemand, demandAudits, async (request) => {
      await signAuditDemand(commandContext(ctx, request), request.params);
      return demandAnswer(ctx, request, request.params.demandId);
    });

    endpoint(app, contract.recordAuditPaperSignatures, collect, async (request) => {
      const { demandId } = request.params;
      await recordAuditPaperSignatures(commandContext(ctx, request), {
        demandId,
        personIds: request.body.personIds,
      });
      return demandAnswer(ctx, request, demandId);
    });
  };
