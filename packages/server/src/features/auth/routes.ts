import type { FastifyPluginAsync } from 'fastify';
import { rolesIn } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../platform/http/context.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import * as contract from '@cunzhi/contract/auth';
import {
  clearSessionCookie,
  requireSignedIn,
  setSessionCookie,
} from '../../platform/http/session.ts';
import { signIn } from './commands/signIn.ts';
import { changePassword } from './commands/changePassword.ts';
import { signOut } from './commands/signOut.ts';
import { unlockSignIn } from './commands/unlockSignIn.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { dummyPasswordHash } from '../../platform/auth/passwords.ts';
import { loadMe } from './queries.ts';
import { scopeOf } from '../../platform/tenancy/repository.ts';
import type { AccountRow } from '../../platform/auth/repository/accounts.ts';

export const presentAccount = (a: AccountRow) => ({
  id: a.id,
  kind: a.kind,
  displayName: a.display_name,
  phone: a.phone,
  mustChangePassword: a.must_change_password,
});

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    // made now, so the first unknown phone number does not pay for it (and stand out by its time)
    await dummyPasswordHash();
    endpoint(
      app,
      contract.signIn,
      { kind: 'public' },
      async (request, reply) => {
        // request.ip is the socket's address unless it is a proxy listed in TRUST_PROXY
        const { account, token, expiresAt } = await signIn(ctx, {
          ...request.body,
          address: request.ip,
        });
        setSessionCookie(reply, ctx, token, expiresAt);
        return { account: presentAccount(account) };
      },
      // guessing one number is slowed by the per-number and per-(number, address) locks; this
      // limit per address also slows spraying one password over many numbers
      { rateLimit: { max: ctx.config.SIGN_IN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
    );

    endpoint(app, contract.signOut, { kind: 'public' }, async (request, reply) => {
      if (request.sessionTokenHash) await signOut(ctx, request.sessionTokenHash);
      clearSessionCookie(reply, ctx);
      return { ok: true as const };
    });

    endpoint(app, contract.me, { kind: 'signedIn' }, async (request) => {
      const { account, actor } = requireSignedIn(request);
      const { villages, person } = await loadMe(ctx, actor);
      return {
        account: presentAccount(account),
        // a villager's own household, for the "my household" page
        home:
          actor.home && person
            ? {
                villageId: actor.home.villageId,
                personId: actor.home.personId,
                householdId: person.household_id,
              }
            : null,
        villages: villages.map((v) => ({
          id: v.id,
          name: v.name,
          kind: v.kind,
          townName: v.town_name,
          roles: [...rolesIn(actor, scopeOf(v))],
        })),
        staffUnits: [...new Set(actor.staffScopes.map((s) => s.unit))],
      };
    });

    endpoint(app, contract.changePassword, { kind: 'signedIn' }, async (request) => {
      const { account } = requireSignedIn(request);
      await changePassword(ctx, {
        account,
        ...request.body,
        keepSessionHash: request.sessionTokenHash,
      });
      return { ok: true as const };
    });

    endpoint(
      app,
      contract.unlockSignIn,
      { kind: 'village', ability: 'resetPasswords' },
      async (request) =>
        unlockSignIn(commandContext(ctx, request), { personId: request.params.personId }),
    );
  };
