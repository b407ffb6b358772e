import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import * as contract from '@cunzhi/contract/assistance';
import { DomainError } from '@cunzhi/core/errors';
import { can, villageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { smsGateway, type SmsMessage } from '../../platform/sms.ts';
import { presentQuestion } from '../disclosure/present.ts';
// a paper consent's photographed form lives in the attachments store, under this kind
import './attachments.ts';
import { agentOf } from './commands/agent.ts';
import { assistCheckIn, assistQuestion, assistServiceOrder } from './commands/acts.ts';
import { recordConsent, revokeConsent, sendConsentCode } from './commands/consent.ts';
import { presentConsent } from './present.ts';
import { actView, ownAssistance, villageAssistance } from './reads.ts';

// every villager may act for their household (the command checks the register and the consent);
// a cadre's acts for any villager are told apart by the policy table's assistVillagers
const own = { kind: 'village', ability: 'ownAssistance' } as const;
const cadres = { kind: 'village', ability: 'assistVillagers' } as const;

function acting(ctx: AppContext, request: FastifyRequest) {
  const cmd = commandContext(ctx, request);
  const asCadre = can(requireSignedIn(request).actor, 'assistVillagers', villageOf(request).scope);
  return { cmd, agent: agentOf(cmd, asCadre) };
}

/** Sends the text once the answer has gone out; a failure is logged, the agent can send again. */
function deliverer(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const gateway = smsGateway(ctx.config);
  if (!gateway) throw new DomainError('phone_codes_off');
  return (message: SmsMessage) =>
    reply.raw.once('close', () => {
      gateway.send(message).catch((err: unknown) => {
        request.log.warn({ err }, 'consent code not delivered');
      });
    });
}

const consentRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.sendConsentCode, own, async (request, reply) => {
      const { cmd, agent } = acting(ctx, request);
      const deliver = deliverer(ctx, request, reply);
      const input = {
        ...request.body,
        address: request.ip,
        villageName: villageOf(request).row.name,
      };
      return sendConsentCode(cmd, agent, input, deliver);
    });
    endpoint(app, contract.recordConsent, own, async (request) => {
      const { cmd, agent } = acting(ctx, request);
      const consent = await recordConsent(cmd, agent, request.body);
      return { consent: presentConsent(consent, ctx.clock.today()) };
    });
    endpoint(app, contract.revokeConsent, own, async (request) => {
      const { cmd, agent } = acting(ctx, request);
      const consent = await revokeConsent(cmd, agent, request.params.consentId);
      return { consent: presentConsent(consent, ctx.clock.today()) };
    });
    endpoint(app, contract.getAssistance, cadres, async (request) => {
      const { row, scope } = villageOf(request);
      const abilities = villageAbilities(requireSignedIn(request).actor, scope);
      return { ...(await villageAssistance(ctx, row.id)), abilities };
    });
    endpoint(app, contract.getOwnAssistance, own, async (request) => {
      const personId = commandContext(ctx, request).personId;
      if (!personId) throw new DomainError('forbidden');
      return ownAssistance(ctx, villageOf(request).row.id, personId);
    });
  };

const actRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.assistCheckIn, own, async (request) => {
      const { cmd, agent } = acting(ctx, request);
      const actId = await assistCheckIn(cmd, agent, request.body);
      return { act: await actView(ctx, cmd.villageId, request.body.personId, actId) };
    });
    endpoint(app, contract.assistServiceOrder, own, async (request) => {
      const { cmd, agent } = acting(ctx, request);
      const { request: ordered, actId } = await assistServiceOrder(cmd, agent, request.body);
      const act = await actView(ctx, cmd.villageId, request.body.personId, actId);
      return { act, request: ordered };
    });
    endpoint(app, contract.assistQuestion, own, async (request) => {
      const { cmd, agent } = acting(ctx, request);
      const { question, actId } = await assistQuestion(cmd, agent, request.body);
      const act = await actView(ctx, cmd.villageId, request.body.personId, actId);
      // the agent sees the question as the cadres do: its asker named
      const viewer = { personId: cmd.personId, seesAskers: true };
      return { act, question: presentQuestion(question, viewer, ctx.clock.today()) };
    });
  };

/** 代办: consents (paper or code), the acts done for a villager, the lists of both. */
export const assistanceRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    await app.register(consentRoutes(ctx));
    await app.register(actRoutes(ctx));
  };
