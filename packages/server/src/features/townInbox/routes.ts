import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { canReadReferral, hasTownInbox, inboxFilters } from '@cunzhi/core/policies/townInbox';
import { referralActions, type ReferralStep } from '@cunzhi/core/townInbox/referrals';
import * as contract from '@cunzhi/contract/townInbox';
import type { AppContext } from '../../platform/http/context.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { revealComplainant } from '../complaints/commands/revealComplainant.ts';
import { seatName } from '../complaints/present.ts';
import { cadreOptions } from '../complaints/queries.ts';
import { resendComplainantSms } from './commands/resendComplainantSms.ts';
import { stepReferral, type StepInput } from './commands/stepReferral.ts';
import { presentCasesOverview, presentReferralDetail, presentReferralSummary } from './present.ts';
import {
  casesOverview,
  complaintFacts,
  departmentsOfScopes,
  departmentsOfTown,
  inboxReferral,
  inboxReferrals,
  personNames,
  referralSteps,
} from './queries.ts';

const signedIn = { kind: 'signedIn' } as const;

const text = (value: string | undefined): StepInput => (value ? { text: value } : {});

/** The signed-in official; anyone without a town or county post is refused (a villager has no inbox). */
function official(request: FastifyRequest) {
  const signed = requireSignedIn(request);
  if (!hasTownInbox(signed.actor)) throw new DomainError('forbidden');
  return signed;
}

/** A referral the official may read, with its page's data; 404 for one of another unit or place. */
async function detail(
  ctx: AppContext,
  request: FastifyRequest,
  p: { villageId: string; referralId: string },
  transferredFrom: string | null = null,
) {
  const { actor } = official(request);
  const today = ctx.clock.today();
  const row = await inboxReferral(ctx, today, p.villageId, p.referralId);
  const scope = row && { townId: row.town_id, countyId: row.county_id };
  if (
    !row ||
    !scope ||
    !(
      canReadReferral(actor, scope, row.addressee, row.department_id) ||
      (transferredFrom && canReadReferral(actor, scope, row.addressee, transferredFrom))
    )
  )
    throw new DomainError('not_found', { what: 'townReferral' });
  const [names, serving, complaint, steps, departments] = await Promise.all([
    personNames(ctx, row.village_id, row.concerns_person_ids),
    cadreOptions(ctx, row.village_id, today),
    row.source_kind === 'complaint' ? complaintFacts(ctx, row.village_id, row.source_id) : null,
    referralSteps(ctx, row.village_id, row.id),
    row.addressee === 'department' ? departmentsOfTown(ctx, row.town_id) : [],
  ]);
  const seats = new Map(serving.map((s) => [s.person_id, s.seats]));
  const concerns = names.map((n) => ({
    personId: n.id,
    name: n.name,
    seats: (seats.get(n.id) ?? []).map((s) =>
      seatName(s.kind, s.role, row.village_kind === 'community'),
    ),
  }));
  const actions = referralActions(row.status, 'town', row.addressee === 'department');
  const view = presentReferralDetail(row, {
    concerns,
    complaint: complaint && {
      number: complaint.number,
      channel: complaint.channel,
      anonymous: complaint.anonymous,
      receivedOn: complaint.received_on,
      sms: complaint.sms_status && {
        status: complaint.sms_status,
        attempts: complaint.sms_attempts ?? 0,
      },
    },
    steps,
    actions,
    departments,
  });
  return { row, view };
}

/**
 * The town's inbox (features/townInbox): referrals from the villages, read and handled by the
 * staff of the addressee's unit only (core/policies/townInbox). The routes are `signedIn` (no
 * village guard: a referral is the town's), and each checks the official's scopes and unit.
 */
export const townInboxRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listReferrals, signedIn, async (request) => {
      const { actor } = official(request);
      const on = ctx.clock.today();
      const rows = await inboxReferrals(ctx, on, inboxFilters(actor), {
        status: request.query.status ?? 'open',
        departmentId: request.query.departmentId,
      });
      return { on, items: rows.map(presentReferralSummary) };
    });
    endpoint(app, contract.listDepartments, signedIn, async (request) => {
      const { actor } = official(request);
      const rows = await departmentsOfScopes(ctx, actor.staffScopes);
      return {
        items: rows.map((d) => ({ id: d.id, name: d.name, kind: d.kind, townName: d.town_name })),
      };
    });
    endpoint(app, contract.casesOverview, signedIn, async (request) => {
      const { actor } = official(request);
      const on = ctx.clock.today();
      // the government's officials (a department's too): counts only, no names
      const scopes = actor.staffScopes.filter((s) => s.unit === 'government');
      return presentCasesOverview(on, await casesOverview(ctx, on, scopes));
    });
    endpoint(app, contract.getReferral, signedIn, async (request) => ({
      referral: (await detail(ctx, request, request.params)).view,
    }));
    stepRoutes(ctx, app);
    endpoint(app, contract.resendComplainantSms, signedIn, async (request) => {
      const { actor, account } = official(request);
      const { requeued } = await resendComplainantSms(
        ctx,
        { actor, accountId: account.id },
        request.params,
      );
      return { requeued, referral: (await detail(ctx, request, request.params)).view };
    });
    endpoint(app, contract.revealReferralComplainant, signedIn, async (request) => {
      const { actor, account } = official(request);
      const { row } = await detail(ctx, request, request.params);
      if (row.source_kind !== 'complaint')
        throw new DomainError('not_found', { what: 'complaint' });
      const cmd = {
        ...ctx,
        villageId: row.village_id,
        actorAccountId: account.id,
        personId: null,
        actor,
        locale: requestLocale(request),
      };
      return revealComplainant(cmd, row.source_id, true);
    });
  };

/** The steps an official takes on a referral: each answers the referral as it now stands. */
function stepRoutes(ctx: AppContext, app: FastifyInstance): void {
  const step =
    (verb: ReferralStep, input: (body: Record<string, string | undefined>) => StepInput) =>
    async (request: FastifyRequest) => {
      const p = request.params as { villageId: string; referralId: string };
      const { actor, account } = official(request);
      const body = (request.body ?? {}) as Record<string, string | undefined>;
      // the department handing it on sees it once more, as it left
      const from = verb === 'transfer' ? (await detail(ctx, request, p)).row.department_id : null;
      await stepReferral(ctx, { actor, accountId: account.id }, p, verb, input(body));
      return { referral: (await detail(ctx, request, p, from)).view };
    };
  const none = () => ({});
  endpoint(app, contract.acceptReferral, signedIn, step('accept', none));
  endpoint(app, contract.handleReferral, signedIn, step('handle', none));
  endpoint(app, contract.closeReferral, signedIn, step('close', none));
  endpoint(
    app,
    contract.answerReferral,
    signedIn,
    step('answer', (b) => text(b.answer)),
  );
  endpoint(
    app,
    contract.askReferralMaterials,
    signedIn,
    step('askMaterials', (b) => text(b.materials)),
  );
  endpoint(
    app,
    contract.referralMaterialsIn,
    signedIn,
    step('materialsIn', (b) => text(b.note)),
  );
  endpoint(
    app,
    contract.returnReferral,
    signedIn,
    step('return', (b) => text(b.reason)),
  );
  endpoint(
    app,
    contract.transferReferral,
    signedIn,
    step('transfer', (b) => ({
      ...text(b.note),
      ...(b.departmentId ? { departmentId: b.departmentId } : {}),
    })),
  );
}
