import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { hashSessionToken, SESSION_COOKIE } from '../auth/sessionToken.ts';
import { signedInOf, type SignedIn } from '../auth/loadActor.ts';
import { findSignedInBySession } from '../auth/repository/signedIn.ts';
import { registerSignedInCache, SignedInCache } from '../auth/signedInCache.ts';
import type { AppContext } from './context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
    sessionTokenHash: string | null;
  }
}

/**
 * Resolves the session cookie to an account and its roles for today, once per
 * request: from the app's short-lived cache (see signedInCache.ts for what
 * invalidates it), else in one statement.
 */
export function installSessionLoader(app: FastifyInstance, ctx: AppContext): void {
  const cache = new SignedInCache();
  const unregister = registerSignedInCache(cache);
  app.addHook('onClose', async () => {
    unregister();
  });
  app.decorateRequest('signedIn', null);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('preValidation', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashSessionToken(token);
    const now = ctx.clock.now();
    const today = ctx.clock.today();
    let signedIn = cache.get(tokenHash, today, now);
    if (!signedIn) {
      const row = await findSignedInBySession(ctx.db, tokenHash, now, today);
      if (!row) return;
      signedIn = signedInOf(row);
      cache.set(tokenHash, today, row.session_expires_at, signedIn);
    }
    request.sessionTokenHash = tokenHash;
    request.signedIn = signedIn;
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
