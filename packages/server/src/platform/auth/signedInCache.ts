import type { SignedIn } from './loadActor.ts';

/**
 * A few seconds' memory of who is behind a session, so that a page's burst of
 * requests (a meeting view asks for four things at once) costs one session
 * statement, not one each.
 *
 * What is remembered is only as good as its invalidation. Everything that can
 * change a signed-in actor goes through one of two doors:
 * - sign-out deletes the session: the route calls `forgetSignedIn({ tokenHash })`;
 * - everything else is a change with an audit event (password change or reset,
 *   an account opened or locked, a term opened, a member appointed or their
 *   seat ended, a hierarchy or roster set up): `appendAuditEvent` calls
 *   `noteAuditedChange`, and an action of those families forgets every actor
 *   of that chain (the village's villagers and cadres) and every staff actor.
 * Driving it from the audit append means no feature has to remember to
 * invalidate — a new command that changes seats must append an event anyway.
 * A term simply running out needs nothing: the date is part of the key.
 *
 * The memory is per process. With several server processes another
 * process's change reaches this one's cache only when its entries expire
 * (TTL_MS), which is why the TTL stays short.
 */
export const SIGNED_IN_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/** Audit actions whose changes can alter a session, an account or its roles. */
const ACTOR_FAMILIES = [
  'account.',
  'session.',
  'membership.',
  'bodyTerm.',
  'body.',
  'staffScope.',
  'county.',
  'town.',
  'village.',
  'roster.',
  'demo.',
];

export function changesActors(action: string): boolean {
  return ACTOR_FAMILIES.some((family) => action.startsWith(family));
}

interface Entry {
  signedIn: SignedIn;
  today: string;
  sessionExpiresAt: number;
  storedAt: number;
}

export type SignedInChange =
  { tokenHash: string } | { accountId: string } | { chainId: string; accountId?: string };

export class SignedInCache {
  private readonly entries = new Map<string, Entry>();
  /**
   * Chains and accounts changed recently, until when: an entry read from the
   * database while the change was still uncommitted (the audit append comes
   * before COMMIT) must not be kept, so nothing of theirs is stored until then.
   */
  private readonly unsettled = new Map<string, number>();

  constructor(
    private readonly ttlMs = SIGNED_IN_TTL_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(tokenHash: string, today: string, now: Date): SignedIn | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (
      entry.today !== today ||
      entry.sessionExpiresAt <= now.getTime() ||
      this.clock() - entry.storedAt > this.ttlMs
    ) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.signedIn;
  }

  set(tokenHash: string, today: string, sessionExpiresAt: Date, signedIn: SignedIn): void {
    const t = this.clock();
    if (this.isUnsettled(signedIn, t)) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Map iterates in insertion order: drop the oldest
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, {
      signedIn,
      today,
      sessionExpiresAt: sessionExpiresAt.getTime(),
      storedAt: t,
    });
  }

  forget(change: SignedInChange): void {
    if ('tokenHash' in change) {
      this.entries.delete(change.tokenHash);
      return;
    }
    const until = this.clock() + this.ttlMs;
    if (change.accountId) this.unsettled.set(`account:${change.accountId}`, until);
    const chainId = 'chainId' in change ? change.chainId : null;
    if (chainId) {
      this.unsettled.set(`chain:${chainId}`, until);
      this.unsettled.set('staff', until);
    }
    for (const [key, { signedIn }] of this.entries) {
      const { account } = signedIn;
      if (
        account.id === change.accountId ||
        (chainId !== null && (account.village_id === chainId || account.kind === 'staff'))
      )
        this.entries.delete(key);
    }
  }

  private isUnsettled({ account }: SignedIn, t: number): boolean {
    const keys = [
      `account:${account.id}`,
      account.kind === 'staff' ? 'staff' : `chain:${account.village_id ?? ''}`,
    ];
    for (const key of keys) {
      const until = this.unsettled.get(key);
      if (until === undefined) continue;
      if (until > t) return true;
      this.unsettled.delete(key);
    }
    return false;
  }
}

/** Every live cache in this process (one per running app), told about every change. */
const caches = new Set<SignedInCache>();

export function registerSignedInCache(cache: SignedInCache): () => void {
  caches.add(cache);
  return () => caches.delete(cache);
}

export function forgetSignedIn(change: SignedInChange): void {
  for (const cache of caches) cache.forget(change);
}

/** Called by the audit append for every event: forgets the actors an event of an actor-changing family may have changed. */
export function noteAuditedChange(event: {
  chainId: string;
  action: string;
  targetType: string;
  targetId: string;
}): void {
  if (!changesActors(event.action)) return;
  forgetSignedIn({
    chainId: event.chainId,
    ...(event.targetType === 'account' ? { accountId: event.targetId } : {}),
  });
}
