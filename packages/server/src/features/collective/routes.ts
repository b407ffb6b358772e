import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/collective';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { dateField } from '../../platform/fields.ts';
import {
  importReformMembers,
  recordConfirmations,
  recordExit,
  recordRemoval,
  restoreMember,
} from './commands/membership.ts';
import { adoptCharter, createOrg } from './commands/org.ts';
import { orgDetailOf, overviewOf, registerSheetOf } from './reads.ts';

const read = { kind: 'village', ability: 'readCollective' } as const;
const manage = { kind: 'village', ability: 'manageCollective' } as const;

const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

/** The organisation, its charter, its register and each membership act. */
export const collectiveRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getCollective, read, async (request) =>
      overviewOf(ctx, villageOf(request).row.id, abilitiesOf(request)),
    );
    endpoint(app, contract.createOrg, manage, async (request) => {
      const cmd = commandContext(ctx, request);
      const { id } = await createOrg(cmd, request.body);
      const detail = await orgDetailOf(ctx, cmd.villageId, id, abilitiesOf(request));
      return { org: detail.org };
    });
    endpoint(app, contract.getOrg, read, async (request) =>
      orgDetailOf(ctx, villageOf(request).row.id, request.params.orgId, abilitiesOf(request)),
    );
    endpoint(app, contract.adoptCharter, manage, async (request) => {
      const cmd = commandContext(ctx, request);
      const { id } = await adoptCharter(cmd, request.params.orgId, request.body);
      const detail = await orgDetailOf(
        ctx,
        cmd.villageId,
        request.params.orgId,
        abilitiesOf(request),
      );
      return { charter: detail.charters.find((c) => c.id === id)! };
    });
    endpoint(app, contract.importReformMembers, manage, async (request) =>
      importReformMembers(
        commandContext(ctx, request),
        request.params.orgId,
        request.body.personIds,
      ),
    );
    endpoint(app, contract.recordConfirmations, manage, async (request) =>
      recordConfirmations(commandContext(ctx, request), request.params.orgId, request.body),
    );
    const memberAfter = async (request: FastifyRequest, orgId: string, personId: string) => {
      const detail = await orgDetailOf(ctx, villageOf(request).row.id, orgId, abilitiesOf(request));
      return { member: detail.members.find((m) => m.personId === personId)! };
    };
    endpoint(app, contract.recordRemoval, manage, async (request) => {
      const { orgId, personId } = request.params;
      await recordRemoval(commandContext(ctx, request), orgId, personId, request.body);
      return memberAfter(request, orgId, personId);
    });
    endpoint(app, contract.recordExit, manage, async (request) => {
      const { orgId, personId } = request.params;
      await recordExit(commandContext(ctx, request), orgId, personId, request.body);
      return memberAfter(request, orgId, personId);
    });
    endpoint(app, contract.restoreMember, manage, async (request) => {
      const { orgId, personId } = request.params;
      await restoreMember(commandContext(ctx, request), orgId, personId, request.body);
      return memberAfter(request, orgId, personId);
    });
    endpoint(app, contract.getRegisterSheet, read, async (request) => {
      const { row } = villageOf(request);
      const on = request.query.on ? dateField('on', request.query.on) : ctx.clock.today();
      return registerSheetOf(
        ctx,
        row,
        request.params.orgId,
        on,
        abilitiesOf(request).viewResidentIdNumbers,
      );
    });
  };
