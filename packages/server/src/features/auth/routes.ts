import type { FastifyPluginAsync } from 'fastify';
import { rolesIn } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../platform/http/context.ts';
import { parseInput } from '../../platform/http/errors.ts';
import {
  clearSessionCookie,
  requireSignedIn,
  setSessionCookie,
} from '../../platform/http/session.ts';
import { signIn } from './commands/signIn.ts';
import { changePassword } from './commands/changePassword.ts';
import { deleteSession } from '../../platform/auth/repository/sessions.ts';
import { listVillagesFor, scopeOf } from '../../platform/tenancy/repository.ts';
import { findPerson } from '../registry/repository/persons.ts';
import type { AccountRow } from '../../platform/auth/repository/accounts.ts';
import { ChangePasswordBody, SignInBody } from './schema.ts';

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
    app.post(
      '/api/auth/sign-in',
      // guessing is slowed by the account lockout; this limit also slows spraying one password over many phones
      {
        config: {
          access: { kind: 'public' },
          rateLimit: { max: ctx.config.SIGN_IN_RATE_PER_MINUTE, timeWindow: '1 minute' },
        },
      },
      async (request, reply) => {
        const body = parseInput(SignInBody, request.body);
        const { account, token, expiresAt } = await signIn(ctx, body);
        setSessionCookie(reply, ctx, token, expiresAt);
        return { account: presentAccount(account) };
      },
    );

    app.post(
      '/api/auth/sign-out',
      { config: { access: { kind: 'public' } } },
      async (request, reply) => {
        if (request.sessionTokenHash) {
          const tokenHash = request.sessionTokenHash;
          await ctx.db.transaction((tx) => deleteSession(tx, tokenHash));
        }
        clearSessionCookie(reply, ctx);
        return { ok: true };
      },
    );

    app.get('/api/me', { config: { access: { kind: 'signedIn' } } }, async (request) => {
      const { account, actor } = requireSignedIn(request);
      const villages = await listVillagesFor(ctx.db, {
        villageIds: actor.home ? [actor.home.villageId] : [],
        townIds: actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id),
        countyIds: actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id),
      });
      const person = actor.home
        ? await findPerson(ctx.db, actor.home.villageId, actor.home.personId)
        : null;
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
      };
    });

    app.post('/api/me/password', { config: { access: { kind: 'signedIn' } } }, async (request) => {
      const { account } = requireSignedIn(request);
      const body = parseInput(ChangePasswordBody, request.body);
      await changePassword(ctx, { account, ...body, keepSessionHash: request.sessionTokenHash });
      return { ok: true };
    });
  };
