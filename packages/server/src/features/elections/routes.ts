import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { rolesIn } from '@cunzhi/core/policies/actor';
import type { Finding } from '@cunzhi/core/rules/findings';
import * as contract from '@cunzhi/contract/elections';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { adoptRules } from './commands/adoptRules.ts';
import { buildRoll } from './commands/buildRoll.ts';
import { chooseCommittee } from './commands/chooseCommittee.ts';
import { createElection } from './commands/createElection.ts';
import { decideObjection } from './commands/decideObjection.ts';
import { fileCommittee } from './commands/fileCommittee.ts';
import { fileObjection, objectToRoll } from './commands/fileObjection.ts';
import { nominate } from './commands/nominate.ts';
import { enterNominationSheets } from './commands/enterNominationSheets.ts';
import { openNominations } from './commands/openNominations.ts';
import { publishCandidates } from './commands/publishCandidates.ts';
import { publishCommittee } from './commands/publishCommittee.ts';
import { publishRoll } from './commands/publishRoll.ts';
import { publishRulesDraft } from './commands/publishRulesDraft.ts';
import { registerVoter } from './commands/registerVoter.ts';
import { withdrawCandidate } from './commands/withdrawCandidate.ts';
import { pollingRoutes } from './pollingRoutes.ts';
import {
  presentElection,
  presentRegistration,
  presentRoll,
  presentSummary,
  type Viewer,
} from './present.ts';
import {
  electionById,
  electionList,
  electionPage,
  paramsOf,
  registrationOf,
  rollOf,
  seatedOnCommittee,
} from './queries.ts';

const readElections = { kind: 'village', ability: 'readElections' } as const;
const organiseElections = { kind: 'village', ability: 'organiseElections' } as const;
const runElections = { kind: 'village', ability: 'runElections' } as const;
const fileElectionCommittee = { kind: 'village', ability: 'fileElectionCommittee' } as const;
const objectToRollAccess = { kind: 'village', ability: 'objectToRoll' } as const;

/** A seated member of this election's committee; personal data to them and the town only. */
async function viewerOf(
  ctx: AppContext,
  request: FastifyRequest,
  electionId: string,
): Promise<Viewer> {
  const cmd = commandContext(ctx, request);
  const committeeMember = await seatedOnCommittee(ctx, cmd.villageId, electionId, cmd.personId);
  const town = rolesIn(cmd.actor!, villageOf(request).scope).has('townOfficial');
  return { committeeMember, seesPersonalData: committeeMember || town };
}

async function detail(
  ctx: AppContext,
  request: FastifyRequest,
  id: string,
  findings: readonly Finding[] = [],
) {
  const cmd = commandContext(ctx, request);
  const page = await electionPage(ctx, cmd.villageId, id);
  if (!page) throw new DomainError('not_found', { what: 'election' });
  const params = await paramsOf(ctx, cmd.villageId, ctx.clock.today());
  return presentElection(page, await viewerOf(ctx, request, id), params, findings, cmd.locale);
}

async function electionOr404(ctx: AppContext, villageId: string, id: string) {
  const election = await electionById(ctx, villageId, id);
  if (!election) throw new DomainError('not_found', { what: 'election' });
  return election;
}

/** The steps: each a command, answered with the election's page and the findings the act recorded. */
function stepRoutes(ctx: AppContext, app: FastifyInstance): void {
  const answer = async (
    request: FastifyRequest,
    done: { id: string; findings: readonly Finding[] },
  ) => detail(ctx, request, done.id, done.findings);
  const cmd = (request: FastifyRequest) => commandContext(ctx, request);
  endpoint(app, contract.chooseCommittee, organiseElections, async (r) =>
    answer(r, await chooseCommittee(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.publishCommittee, runElections, async (r) =>
    answer(r, await publishCommittee(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.fileCommittee, fileElectionCommittee, async (r) =>
    answer(r, await fileCommittee(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.fileObjection, runElections, async (r) =>
    answer(r, await fileObjection(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.publishRulesDraft, runElections, async (r) =>
    answer(r, await publishRulesDraft(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.adoptRules, runElections, async (r) =>
    answer(r, await adoptRules(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.registerVoter, runElections, async (r) =>
    answer(r, await registerVoter(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.buildRoll, runElections, async (r) =>
    answer(r, await buildRoll(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.publishRoll, runElections, async (r) =>
    answer(r, await publishRoll(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.openNominations, runElections, async (r) =>
    answer(r, await openNominations(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.publishCandidates, runElections, async (r) =>
    answer(r, await publishCandidates(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.withdrawCandidate, runElections, async (r) =>
    answer(r, await withdrawCandidate(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.decideObjection, runElections, async (r) =>
    answer(r, await decideObjection(cmd(r), { ...r.body, ...r.params })),
  );
  endpoint(app, contract.enterNominationSheets, runElections, async (r) =>
    answer(r, await enterNominationSheets(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  endpoint(app, contract.nominate, runElections, async (r) =>
    answer(r, await nominate(cmd(r), { ...r.body, electionId: r.params.electionId })),
  );
  pollingRoutes(ctx, app, answer);
}

export const electionsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listElections, readElections, async (request) => {
      const rows = await electionList(ctx, villageOf(request).row.id);
      return { elections: rows.map(presentSummary) };
    });
    endpoint(app, contract.getElection, readElections, async (request) =>
      detail(ctx, request, request.params.electionId),
    );
    endpoint(app, contract.createElection, organiseElections, async (request) => {
      const done = await createElection(commandContext(ctx, request), request.body);
      return detail(ctx, request, done.id);
    });
    stepRoutes(ctx, app);
    endpoint(app, contract.objectToRoll, objectToRollAccess, async (request) => {
      const done = await objectToRoll(commandContext(ctx, request), {
        ...request.body,
        electionId: request.params.electionId,
      });
      return { ok: true as const, receivedOn: done.receivedOn, decideBy: done.decideBy };
    });
    endpoint(app, contract.getRoll, readElections, async (request) => {
      const { villageId, electionId } = request.params;
      const election = await electionOr404(ctx, villageId, electionId);
      const viewer = await viewerOf(ctx, request, electionId);
      // before publication the roll is the committee's working list
      const visible = viewer.seesPersonalData || election.roll_published_on !== null;
      const rows = visible ? await rollOf(ctx, villageId, electionId) : [];
      return presentRoll(election, rows, viewer);
    });
    endpoint(app, contract.getMyRegistration, readElections, async (request) => {
      const cmd = commandContext(ctx, request);
      const election = await electionOr404(ctx, cmd.villageId, request.params.electionId);
      const mine = await registrationOf(ctx, cmd.villageId, election.id, cmd.personId);
      const params = await paramsOf(ctx, cmd.villageId, ctx.clock.today());
      return presentRegistration(election, mine, params);
    });
  };
