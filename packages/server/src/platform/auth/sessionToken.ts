import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cunzhi_session';

/** A random bearer token; only its SHA-256 is stored, so a database leak yields no usable sessions. */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
