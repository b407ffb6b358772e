import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { hashSessionToken, SESSION_COOKIE } from '../auth/sessionToken.ts';
import { loadActor, type SignedIn } from '../auth/loadActor.ts';
import { findAccountBySession } from '../auth/repository/accounts.ts';
import type { AppContext } from './context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
    sessionTokenHash: string | null;
  }
}

/** Resolves the session cookie to an account and its roles for today, once per request. */
export function installSessionLoader(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('signedIn', null);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('preValidation', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashSessionToken(token);
    const account = await findAccountBySession(ctx.db, tokenHash, ctx.clock.now());
    if (!account) return;
    request.sessionTokenHash = tokenHash;
    request.signedIn = await loadActor(ctx.db, account, ctx.clock.today());
  });
}

export function requireSignedIn(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw new DomainError('not_signed_in');
  return request.signedIn;
}

export function setSessionCookie(
  reply: FastifyReply,
  ctx: AppContext,
  token: string,
  expiresAt: Date,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: ctx.config.COOKIE_SECURE,
    sameSite: 'lax',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    secure: ctx.config.COOKIE_SECURE,
    sameSite: 'lax',
  });
}
