import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { DisputeRole } from '@cunzhi/core/disputes/machine';
import { DomainError } from '@cunzhi/core/errors';
import { memberRoleName } from '@cunzhi/core/bodies/bodyKinds';
import { villageAbilities } from '@cunzhi/core/policies/village';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import * as contract from '@cunzhi/contract/disputes';
import { XLSX } from '@cunzhi/contract/finance';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { sendFile } from '../../platform/http/download.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import type { CommandContext } from '../../platform/command.ts';
import { acceptDispute, recordConsent } from './commands/consent.ts';
import { reachAgreement, signAgreement } from './commands/agreement.ts';
import { applyConfirmation, recordCourtPapers } from './commands/confirmation.ts';
import { exportDisputeLedger, exportTownDisputeLedger } from './commands/exportLedger.ts';
import { assignMediators, keepRecord } from './commands/mediation.ts';
import { registerDispute } from './commands/register.ts';
import {
  closeDispute,
  recordJudgment,
  recordSuit,
  referToTown,
  terminateMediation,
} from './commands/stages.ts';
import { presentDisputeDetail, presentDisputeSummary } from './present.ts';
import {
  committeeFindings,
  disputeCounts,
  disputeDetail,
  disputeList,
  mediationOptions,
} from './queries.ts';

const read = { kind: 'village', ability: 'readDisputes' } as const;
const mediate = { kind: 'village', ability: 'mediateDisputes' } as const;
/** The town's combined 台账: any signed-in reader; the command keeps it to government officials. */
const signedIn = { kind: 'signedIn' } as const;

/** The reader's roles in the dispute's machine (the town acts through its inbox, not here). */
function readerRoles(request: FastifyRequest): DisputeRole[] {
  const { scope } = villageOf(request);
  return villageAbilities(requireSignedIn(request).actor, scope).mediateDisputes
    ? ['mediator']
    : [];
}

/** The committee's name as its papers carry it: 花乡村人民调解委员会. */
const committeeName = (request: FastifyRequest) => `${villageOf(request).row.name}人民调解委员会`;

async function detail(ctx: AppContext, request: FastifyRequest, disputeId: string) {
  const rows = await disputeDetail(ctx, villageOf(request).row.id, disputeId);
  if (!rows) throw new DomainError('not_found', { what: 'dispute' });
  return { dispute: presentDisputeDetail(rows, readerRoles(request), requestLocale(request)) };
}

type Step<B> = (cmd: CommandContext, disputeId: string, body: B) => Promise<void>;

export const disputesRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    /** A step's route: the command, then the dispute as it now stands. */
    const step = <B>(route: Parameters<typeof endpoint>[1] & { body: unknown }, command: Step<B>) =>
      endpoint(app, route as typeof contract.acceptDispute, mediate, async (request) => {
        const { disputeId } = request.params;
        await command(commandContext(ctx, request), disputeId, request.body as B);
        return detail(ctx, request, disputeId);
      });

    endpoint(app, contract.listDisputes, read, async (request) => {
      const { row, scope } = villageOf(request);
      const today = ctx.clock.today();
      const committee = await committeeFindings(ctx, row.id, today);
      const locale = requestLocale(request);
      return {
        items: (await disputeList(ctx, row.id, request.query.view ?? 'open')).map(
          presentDisputeSummary,
        ),
        counts: await disputeCounts(ctx, row.id),
        abilities: villageAbilities(requireSignedIn(request).actor, scope),
        committee: {
          members: committee.members,
          findings: committee.findings.map((f) => findingWithCitation(f, locale)),
        },
      };
    });
    endpoint(app, contract.getDispute, read, async (request) =>
      detail(ctx, request, request.params.disputeId),
    );
    endpoint(app, contract.listMediatorOptions, mediate, async (request) => {
      const options = await mediationOptions(ctx, villageOf(request).row.id, ctx.clock.today());
      return {
        mediators: options.mediators.map((m) => ({
          personId: m.personId,
          name: m.name,
          role: memberRoleName('mediationCommittee', m.role as 'chair'),
        })),
        departments: options.departments,
      };
    });
    endpoint(app, contract.registerDispute, mediate, async (request) => {
      const id = await registerDispute(
        commandContext(ctx, request),
        request.body,
        committeeName(request),
      );
      return detail(ctx, request, id);
    });
    step(contract.recordConsent, recordConsent);
    step(contract.acceptDispute, acceptDispute);
    step(contract.assignMediators, assignMediators);
    step(contract.keepRecord, keepRecord);
    step(contract.reachAgreement, reachAgreement);
    step(contract.signAgreement, signAgreement);
    step(contract.terminateMediation, terminateMediation);
    step(contract.applyConfirmation, applyConfirmation);
    step(contract.recordCourtPapers, recordCourtPapers);
    step(contract.referToTown, referToTown);
    step(contract.recordSuit, recordSuit);
    step(contract.recordJudgment, recordJudgment);
    step(contract.closeDispute, closeDispute);
    endpoint(app, contract.exportTownDisputeLedger, signedIn, async (request, reply) => {
      const { actor, account } = requireSignedIn(request);
      const by = { actor, accountId: account.id };
      const file = await exportTownDisputeLedger(ctx, by, request.query);
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
    endpoint(app, contract.exportDisputeLedger, read, async (request, reply) => {
      const cmd = commandContext(ctx, request);
      const file = await exportDisputeLedger(cmd, villageOf(request).row, request.query);
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
  };
