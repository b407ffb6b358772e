import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { fieldError } from '../matters/commands/shared.ts';
import { canReadReferral, hasTownInbox, inboxFilters } from '@cunzhi/core/policies/townInbox';
import * as contract from '@cunzhi/contract/townInbox';
import type { AppContext } from '../../platform/http/context.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { revealComplainant } from '../complaints/commands/revealComplainant.ts';
import { seatName } from '../complaints/present.ts';
import { cadreOptions } from '../complaints/queries.ts';
import { stepReferral } from './commands/stepReferral.ts';
import { presentReferralDetail, presentReferralSummary } from './present.ts';
import { complaintFacts, inboxReferral, inboxReferrals, personNames } from './queries.ts';

const signedIn = { kind: 'signedIn' } as const;

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
) {
  const { actor } = official(request);
  const today = ctx.clock.today();
  const row = await inboxReferral(ctx, today, p.villageId, p.referralId);
  if (
    !row ||
    !canReadReferral(actor, { townId: row.town_id, countyId: row.county_id }, row.addressee)
  )
    throw new DomainError('not_found', { what: 'townReferral' });
  const [names, serving, complaint] = await Promise.all([
    personNames(ctx, row.village_id, row.concerns_person_ids),
    cadreOptions(ctx, row.village_id, today),
    row.source_kind === 'complaint' ? complaintFacts(ctx, row.village_id, row.source_id) : null,
  ]);
  const seats = new Map(serving.map((s) => [s.person_id, s.seats]));
  const concerns = names.map((n) => ({
    personId: n.id,
    name: n.name,
    seats: (seats.get(n.id) ?? []).map((s) =>
      seatName(s.kind, s.role, row.village_kind === 'community'),
    ),
  }));
  const view = presentReferralDetail(
    row,
    concerns,
    complaint && {
      number: complaint.number,
      channel: complaint.channel,
      anonymous: complaint.anonymous,
      receivedOn: complaint.received_on,
    },
  );
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
      const rows = await inboxReferrals(
        ctx,
        on,
        inboxFilters(actor),
        request.query.status ?? 'open',
      );
      return { on, items: rows.map(presentReferralSummary) };
    });
    endpoint(app, contract.getReferral, signedIn, async (request) => ({
      referral: (await detail(ctx, request, request.params)).view,
    }));
    const step = (verb: 'accept' | 'handle' | 'close') => async (request: FastifyRequest) => {
      const p = request.params as { villageId: string; referralId: string };
      const { actor, account } = official(request);
      await stepReferral(
        ctx,
        { actor, accountId: account.id, locale: requestLocale(request) },
        p,
        verb,
      );
      return { referral: (await detail(ctx, request, p)).view };
    };
    endpoint(app, contract.acceptReferral, signedIn, step('accept'));
    endpoint(app, contract.handleReferral, signedIn, step('handle'));
    endpoint(app, contract.closeReferral, signedIn, step('close'));
    endpoint(app, contract.answerReferral, signedIn, async (request) => {
      const p = request.params;
      const { actor, account } = official(request);
      const by = { actor, accountId: account.id, locale: requestLocale(request) };
      const answer = request.body.answer ?? '';
      if (!answer) fieldError('answer', 'field_required');
      await stepReferral(ctx, by, p, 'answer', answer);
      return { referral: (await detail(ctx, request, p)).view };
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
