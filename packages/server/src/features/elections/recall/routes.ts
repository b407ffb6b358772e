import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { rolesIn } from '@cunzhi/core/policies/actor';
import { can } from '@cunzhi/core/policies/village';
import type { Finding } from '@cunzhi/core/rules/findings';
import * as contract from '@cunzhi/contract/recalls';
import type { AppContext } from '../../../platform/http/context.ts';
import { villageOf } from '../../../platform/http/access.ts';
import { commandContext } from '../../../platform/http/commandContext.ts';
import { endpoint } from '../../../platform/http/endpoint.ts';
import { findingViews } from '../commands/shared.ts';
import { paramsOf } from '../queries.ts';
import { certifyByElection } from './commands/certifyByElection.ts';
import { countByElection } from './commands/countByElection.ts';
import { endOffice } from './commands/endOffice.ts';
import { openByElection } from './commands/openByElection.ts';
import { openRecall } from './commands/openRecall.ts';
import { publishByElectionCandidates } from './commands/publishByElectionCandidates.ts';
import { recordReply } from './commands/recordReply.ts';
import { recordResult } from './commands/recordResult.ts';
import { scheduleVote } from './commands/scheduleVote.ts';
import { enterSignatures, signRecall } from './commands/signatures.ts';
import { submitRecall } from './commands/submitRecall.ts';
import { voidWin } from './commands/voidWin.ts';
import { signatureCounts, type ElectedBody } from './commands/shared.ts';
import {
  presentByElection,
  presentByElectionSummary,
  presentRecall,
  presentRecallSummary,
  requestOf,
} from './present.ts';
import { byElectionList, byElectionPage, recallList, recallPage } from './queries.ts';

const readElections = { kind: 'village', ability: 'readElections' } as const;
const organiseElections = { kind: 'village', ability: 'organiseElections' } as const;
const requestRecall = { kind: 'village', ability: 'requestRecall' } as const;
const signRecallAccess = { kind: 'village', ability: 'signRecall' } as const;
const findElectionFraud = { kind: 'village', ability: 'findElectionFraud' } as const;

const byTown = (request: FastifyRequest, ctx: AppContext) => {
  const cmd = commandContext(ctx, request);
  return rolesIn(cmd.actor!, villageOf(request).scope).has('townOfficial');
};

/** A recall's page; the findings its steps recorded are on it (kept with the recall). */
async function recallDetail(ctx: AppContext, request: FastifyRequest, id: string) {
  const cmd = commandContext(ctx, request);
  const page = await recallPage(ctx, cmd.villageId, id);
  if (!page) throw new DomainError('not_found', { what: 'recall' });
  const r = page.recall;
  // counted and dated by the law of the day the request was received; until then, of today
  const on = r.received_on ?? ctx.clock.today();
  const params = await paramsOf(ctx, cmd.villageId, on);
  const counted =
    requestOf(r) ??
    (await signatureCounts(
      ctx.db,
      cmd.villageId,
      page.signatures.map((s) => s.person_id),
      on,
    ));
  const organiser = can(cmd.actor!, 'organiseElections', villageOf(request).scope);
  return presentRecall(
    page,
    { personId: cmd.personId, organiser },
    params,
    { on, ...counted },
    cmd.locale,
  );
}

async function byElectionDetail(
  ctx: AppContext,
  request: FastifyRequest,
  id: string,
  findings: readonly Finding[] = [],
) {
  const cmd = commandContext(ctx, request);
  const page = await byElectionPage(ctx, cmd.villageId, id);
  if (!page) throw new DomainError('not_found', { what: 'byElection' });
  return presentByElection(page, findings, cmd.locale);
}

/** The recall's steps: each a command, answered with the recall's page and the findings recorded. */
function recallRoutes(ctx: AppContext, app: FastifyInstance): void {
  const cmd = (request: FastifyRequest) => commandContext(ctx, request);
  const answer = async (r: FastifyRequest, done: { id: string }) => recallDetail(ctx, r, done.id);
  endpoint(app, contract.listRecalls, readElections, async (r) => ({
    recalls: (await recallList(ctx, villageOf(r).row.id)).map(presentRecallSummary),
  }));
  endpoint(app, contract.getRecall, readElections, async (r) =>
    recallDetail(ctx, r, r.params.recallId),
  );
  endpoint(app, contract.openRecall, requestRecall, async (r) =>
    answer(r, await openRecall(cmd(r), r.body)),
  );
  endpoint(app, contract.enterSignatures, organiseElections, async (r) =>
    answer(r, await enterSignatures(cmd(r), { ...r.body, recallId: r.params.recallId })),
  );
  endpoint(app, contract.signRecall, signRecallAccess, async (r) =>
    answer(r, await signRecall(cmd(r), { recallId: r.params.recallId })),
  );
  endpoint(app, contract.submitRecall, organiseElections, async (r) =>
    answer(r, await submitRecall(cmd(r), { ...r.body, recallId: r.params.recallId })),
  );
  endpoint(app, contract.recordReply, organiseElections, async (r) =>
    answer(r, await recordReply(cmd(r), { ...r.body, recallId: r.params.recallId })),
  );
  endpoint(app, contract.scheduleRecallVote, organiseElections, async (r) =>
    answer(
      r,
      await scheduleVote(cmd(r), {
        ...r.body,
        recallId: r.params.recallId,
        byTown: byTown(r, ctx),
      }),
    ),
  );
  endpoint(app, contract.recordRecallResult, organiseElections, async (r) =>
    answer(r, await recordResult(cmd(r), { ...r.body, recallId: r.params.recallId })),
  );
}

/** Offices ended without a vote, and by-elections of the seats left vacant. */
function officeRoutes(ctx: AppContext, app: FastifyInstance): void {
  const cmd = (request: FastifyRequest) => commandContext(ctx, request);
  const answer = async (r: FastifyRequest, done: { id: string; findings: readonly Finding[] }) =>
    byElectionDetail(ctx, r, done.id, done.findings);
  const ended = <T extends { findings: readonly Finding[] }>(r: FastifyRequest, done: T) => ({
    ...done,
    findings: findingViews(done.findings, cmd(r).locale),
  });
  endpoint(app, contract.endOffice, organiseElections, async (r) =>
    ended(r, await endOffice(cmd(r), r.body)),
  );
  endpoint(app, contract.voidWin, findElectionFraud, async (r) =>
    ended(r, await voidWin(cmd(r), r.body)),
  );
  endpoint(app, contract.listByElections, readElections, async (r) => ({
    byElections: (await byElectionList(ctx, villageOf(r).row.id)).map((b) =>
      presentByElectionSummary(b, b.body_kind as ElectedBody),
    ),
  }));
  endpoint(app, contract.getByElection, readElections, async (r) =>
    byElectionDetail(ctx, r, r.params.byElectionId),
  );
  endpoint(app, contract.openByElection, organiseElections, async (r) =>
    answer(r, await openByElection(cmd(r), r.body)),
  );
  endpoint(app, contract.publishByElectionCandidates, organiseElections, async (r) =>
    answer(
      r,
      await publishByElectionCandidates(cmd(r), {
        ...r.body,
        byElectionId: r.params.byElectionId,
      }),
    ),
  );
  endpoint(app, contract.countByElection, organiseElections, async (r) =>
    answer(r, await countByElection(cmd(r), { ...r.body, byElectionId: r.params.byElectionId })),
  );
  endpoint(app, contract.certifyByElection, organiseElections, async (r) =>
    answer(r, await certifyByElection(cmd(r), { ...r.body, byElectionId: r.params.byElectionId })),
  );
}

export const recallRoutesPlugin =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    recallRoutes(ctx, app);
    officeRoutes(ctx, app);
  };
