import type { AppContext } from '../../../platform/http/context.ts';
import { deleteSession } from '../../../platform/auth/repository/sessions.ts';
import { forgetSignedIn } from '../../../platform/auth/signedInCache.ts';

/**
 * Ends the session behind the cookie. Sign-out has no audit event, so the
 * server's memory of the session is cleared here, at once, rather than by the
 * audit append (see signedInCache.ts).
 */
export async function signOut(ctx: AppContext, tokenHash: string): Promise<void> {
  await ctx.db.transaction((tx) => deleteSession(tx, tokenHash));
  forgetSignedIn({ tokenHash });
}
