import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import type { RoundKind } from '@cunzhi/core/elections/count';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { ReplyOf } from '@cunzhi/contract/route';
import * as contract from '@cunzhi/contract/elections';
import type { AppContext } from '../../platform/http/context.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { castBallot, issueBallots } from './commands/ballots.ts';
import { certifyResult, handOver } from './commands/certify.ts';
import { countRound, scheduleRound } from './commands/countRound.ts';
import { approveBox, recordMobileBox } from './commands/mobileBoxes.ts';
import { openPolling } from './commands/openPolling.ts';
import { enterPaperBallots, signTallySheet } from './commands/paperBallots.ts';
import { publishPollingNotice } from './commands/publishPollingNotice.ts';
import { approveElectionProxies, lodgeProxy } from './commands/proxies.ts';
import { nextRound } from './commands/rounds.ts';
import { presentBulletin, presentResult, presentRounds } from './presentRounds.ts';
import { womenCheckOf } from './commands/womenCheck.ts';
import { electionById, paramsOf } from './queries.ts';
import type { ElectionRow } from './repository.ts';
import { bulletinPage, resultPage, roundsPage } from './queries/polling.ts';

const readElections = { kind: 'village', ability: 'readElections' } as const;
const runElections = { kind: 'village', ability: 'runElections' } as const;
const fileElectionCommittee = { kind: 'village', ability: 'fileElectionCommittee' } as const;

type Answer = (
  request: FastifyRequest,
  done: { id: string; findings: readonly Finding[] },
) => Promise<ReplyOf<typeof contract.getElection>>;

/** The women check while the result waits: the women's runoff due (or scheduled) until certified. */
async function womenDue(
  ctx: AppContext,
  villageId: string,
  election: ElectionRow,
  next: RoundKind | null,
) {
  const settled = ['certified', 'handedOver'].includes(election.record.stage);
  if (settled || (next && next !== 'women')) return null;
  const today = ctx.clock.today();
  return womenCheckOf(ctx.db, villageId, election, today, await paramsOf(ctx, villageId, today));
}

/**
 * The second half's routes (issue 12 items 6–10): each step a command answered with the
 * election's page (`answer`, from routes.ts); the rounds, the bulletin and the result read.
 * An electronic ballot is cast by a reader on the roll (checked in the command).
 */
export function pollingRoutes(ctx: AppContext, app: FastifyInstance, answer: Answer): void {
  const cmd = (request: FastifyRequest) => commandContext(ctx, request);
  const step = <B extends object>(r: { body: B; params: { electionId: string } }) => ({
    ...r.body,
    electionId: r.params.electionId,
  });
  endpoint(app, contract.publishPollingNotice, runElections, async (r) =>
    answer(r, await publishPollingNotice(cmd(r), step(r))),
  );
  endpoint(app, contract.lodgeProxy, runElections, async (r) =>
    answer(r, await lodgeProxy(cmd(r), step(r))),
  );
  endpoint(app, contract.approveProxies, runElections, async (r) =>
    answer(r, await approveElectionProxies(cmd(r), step(r))),
  );
  endpoint(app, contract.recordMobileBox, runElections, async (r) =>
    answer(r, await recordMobileBox(cmd(r), step(r))),
  );
  endpoint(app, contract.approveMobileBox, fileElectionCommittee, async (r) =>
    answer(r, await approveBox(cmd(r), step(r))),
  );
  endpoint(app, contract.openPolling, runElections, async (r) =>
    answer(r, await openPolling(cmd(r), step(r))),
  );
  endpoint(app, contract.issueBallots, runElections, async (r) =>
    answer(r, await issueBallots(cmd(r), step(r))),
  );
  endpoint(app, contract.enterPaperBallots, runElections, async (r) =>
    answer(r, await enterPaperBallots(cmd(r), step(r))),
  );
  endpoint(app, contract.signTallySheet, runElections, async (r) =>
    answer(r, await signTallySheet(cmd(r), step(r))),
  );
  endpoint(app, contract.countRound, runElections, async (r) =>
    answer(r, await countRound(cmd(r), step(r))),
  );
  endpoint(app, contract.scheduleRound, runElections, async (r) =>
    answer(r, await scheduleRound(cmd(r), step(r))),
  );
  endpoint(app, contract.certifyResult, runElections, async (r) =>
    answer(r, await certifyResult(cmd(r), step(r))),
  );
  endpoint(app, contract.handOver, runElections, async (r) =>
    answer(r, await handOver(cmd(r), step(r))),
  );
  endpoint(app, contract.castBallot, readElections, async (r) => castBallot(cmd(r), step(r)));
  endpoint(app, contract.getRounds, readElections, async (r) => {
    const c = cmd(r);
    const page = await roundsPage(ctx, c.villageId, r.params.electionId, c.personId);
    return presentRounds(page, c.locale);
  });
  endpoint(app, contract.getBulletin, readElections, async (r) => {
    const { villageId, electionId, round } = r.params;
    const page = await bulletinPage(ctx, villageId, electionId, round);
    if (!page) throw new DomainError('not_found', { what: 'electionRound' });
    return presentBulletin(page);
  });
  endpoint(app, contract.getResult, readElections, async (r) => {
    const { villageId, electionId } = r.params;
    const election = await electionById(ctx, villageId, electionId);
    if (!election) throw new DomainError('not_found', { what: 'election' });
    const next = nextRound(election.record);
    const women = await womenDue(ctx, villageId, election, next.posts.length ? next.kind : null);
    return presentResult(
      await resultPage(ctx, villageId, electionId),
      next.posts.length ? next.kind : null,
      women,
    );
  });
}
